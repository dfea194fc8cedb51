import { vanishState } from "./styles";
import { unwrapped } from "./wrappers";
import { child, childVal, ownText, type XmlElement, type XmlNode } from "./xml";

/** A paragraph's text, and what is anchored in it besides text. */
export interface ParagraphContent {
  readonly text: string;
  /** Drawings, pictures and embedded objects other than text boxes. */
  readonly pictures: number;
  /** Text boxes holding text of their own, outside their tables. */
  readonly textBoxes: number;
  /** The tables inside the paragraph's text boxes, in order. */
  readonly textBoxTables: readonly XmlElement[];
}

/**
 * A paragraph's text as a reader of the final document sees it: tracked insertions in,
 * deletions and moved-away text out, field results in and field codes out; tabs "\t", breaks
 * "\n", non-breaking hyphens "-", digits inserted as symbols (w:sym) as digits. Drawings, text
 * boxes, other symbols and ruby annotations add nothing to the text; drawings and objects are counted, and the tables of text boxes listed.
 * Complex fields are tracked within the paragraph only, so one broken field cannot hide the
 * rest of the document.
 */
export function paragraphContent(paragraph: XmlElement, styles: RunStyles = NO_STYLES): ParagraphContent {
  const text = new TextCollector(styles);
  text.inline(paragraph.children);
  return {
    text: text.value,
    pictures: text.pictures,
    textBoxes: text.textBoxes,
    textBoxTables: text.textBoxTables,
  };
}

const TABLES = new Set(["w:tbl"]);

/** Elements that only wrap runs: their content counts as the paragraph's own. */
export const RUN_WRAPPERS = new Set([
  "w:ins",
  "w:moveTo",
  "w:hyperlink",
  "w:smartTag",
  "w:fldSimple",
  "w:customXml",
  "w:dir",
  "w:bdo",
]);

/**
 * The open complex fields, innermost first, as an immutable stack: `past` once past the field's
 * `separate`. Immutable, so a markup-compatibility choice can be undone by keeping a reference
 * instead of copying the stack (a copy per `mc:AlternateContent` made a paragraph of many
 * fields and alternatives take time quadratic in its length).
 */
interface OpenField {
  readonly past: boolean;
  readonly outer: OpenField | null;
}

/** What the styles say about hiding a paragraph's runs. */
export interface RunStyles {
  /** True when the paragraph's style hides its runs. */
  readonly paragraphHides: boolean;
  /** Whether the character style with this id hides the runs that name it. */
  readonly characterHides: (id: string | undefined) => boolean;
}

const NO_STYLES: RunStyles = { paragraphHides: false, characterHides: () => false };

class TextCollector {
  constructor(private readonly styles: RunStyles) {}

  value = "";
  pictures = 0;
  textBoxes = 0;
  readonly textBoxTables: XmlElement[] = [];
  private fields: OpenField | null = null;
  /** How many open fields are still in their code part; text shows only when none is. */
  private inCode = 0;

  /** Paragraph content: runs and the elements that wrap them. */
  inline(nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      if (typeof node === "string") continue;
      if (node.name === "w:r") this.run(node.children, this.hidden(node));
      else if (RUN_WRAPPERS.has(node.name)) this.inline(node.children);
      else if (node.name === "w:sdt") this.inline(child(node, "w:sdtContent")?.children ?? []);
      else if (node.name === "mc:AlternateContent") this.alternative(node, (nodes) => this.inline(nodes));
    }
  }

  /**
   * Run content: text, tabs, breaks and field characters. Hidden text (`w:vanish`) is neither
   * shown nor printed: a cell that shows 1 over a hidden 1 holds 1, not 11.
   */
  private run(nodes: readonly XmlNode[], vanish = false): void {
    const shown = (): boolean => this.inCode === 0 && !vanish;
    for (const node of nodes) {
      if (typeof node === "string") continue;
      switch (node.name) {
        case "w:t":
          if (shown()) this.value += ownText(node);
          break;
        case "w:tab":
        case "w:ptab":
          if (shown()) this.value += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (shown()) this.value += "\n";
          break;
        case "w:noBreakHyphen":
          if (shown()) this.value += "-";
          break;
        case "w:sym":
          if (shown()) this.value += symbolDigit(node);
          break;
        case "w:fldChar":
          this.fieldChar(node.attrs["w:fldCharType"]);
          break;
        case "w:ruby":
          this.inline(child(node, "w:rubyBase")?.children ?? []);
          break;
        case "mc:AlternateContent":
          this.alternative(node, (nodes) => this.run(nodes));
          break;
        case "w:drawing":
        case "w:pict":
        case "w:object":
          this.embedded(node);
          break;
      }
    }
  }

  /**
   * True when the run is hidden: its own `w:vanish` says so absolutely; otherwise its styles do.
   * `w:vanish` is a toggle property (ECMA-376 §17.7.3): a character style that hides text over a
   * paragraph style that hides it shows it again, as Word's Strong in a bold heading is not bold.
   */
  private hidden(runElement: XmlElement): boolean {
    const rPr = child(runElement, "w:rPr");
    const own = vanishState(rPr);
    if (own !== undefined) return own;
    return this.styles.paragraphHides !== this.styles.characterHides(childVal(rPr, "w:rStyle"));
  }

  /**
   * A drawing or object: a picture, unless it holds text boxes, whose tables are listed and
   * those with text of their own counted.
   */
  private embedded(element: XmlElement): void {
    const boxes: XmlElement[] = [];
    textBoxes(element, boxes);
    if (boxes.length === 0) this.pictures++;
    for (const box of boxes) {
      this.textBoxTables.push(...unwrapped(box.children, TABLES));
      if (holdsText(box)) this.textBoxes++;
    }
  }

  private fieldChar(type: string | undefined): void {
    const open = this.fields;
    if (type === "begin") {
      this.fields = { past: false, outer: open };
      this.inCode++;
    } else if (type === "separate" && open && !open.past) {
      this.fields = { past: true, outer: open.outer };
      this.inCode--;
    } else if (type === "end" && open) {
      if (!open.past) this.inCode--;
      this.fields = open.outer;
    }
  }

  /**
   * Markup compatibility: the first `mc:Choice` is what Word shows, but it holds only what Word
   * 2010+ adds (shapes, new field kinds); when it has no text the `mc:Fallback` carries it.
   */
  private alternative(element: XmlElement, read: (nodes: readonly XmlNode[]) => void): void {
    const { value, fields, inCode, pictures, textBoxes } = this;
    const tables = this.textBoxTables.length;
    read(child(element, "mc:Choice")?.children ?? []);
    // a shape is written twice, as a drawing and as its VML fallback: count it once
    if (
      this.value !== value ||
      this.pictures !== pictures ||
      this.textBoxes !== textBoxes ||
      this.textBoxTables.length !== tables
    )
      return;
    this.fields = fields;
    this.inCode = inCode;
    read(child(element, "mc:Fallback")?.children ?? []);
  }
}

// fonts whose every character is a picture: Wingdings' "1" is a folder
const PICTURE_FONTS = /wingdings|webdings|marlett|dingbat/i;

/**
 * A digit inserted as a symbol (Insert > Symbol, old WPS files): `w:char` is its code in the
 * font, F030–F039 in a symbol font's private range or 0030–0039. A figure so written still
 * reads as its digit, or a cell showing "1" would read as blank; other symbols add nothing.
 */
function symbolDigit(sym: XmlElement): string {
  if (PICTURE_FONTS.test(sym.attrs["w:font"] ?? "")) return "";
  const written = parseInt(sym.attrs["w:char"] ?? "", 16);
  const code = written >= 0xf000 && written <= 0xf0ff ? written - 0xf000 : written;
  return code >= 0x30 && code <= 0x39 ? String.fromCharCode(code) : "";
}

/** The text boxes (`w:txbxContent`) inside a drawing or object, outermost only. */
function textBoxes(element: XmlElement, found: XmlElement[]): void {
  for (const node of element.children) {
    if (typeof node === "string") continue;
    if (node.name === "w:txbxContent") found.push(node);
    else textBoxes(node, found);
  }
}

/**
 * Whether an element (a text box, a paragraph) holds text of its own: a `w:t` that is not all
 * spaces, outside its tables.
 */
export function holdsText(element: XmlElement): boolean {
  for (const node of element.children) {
    if (typeof node === "string" || node.name === "w:tbl") continue;
    if (node.name === "w:t" ? ownText(node).trim() !== "" : holdsText(node)) return true;
  }
  return false;
}
