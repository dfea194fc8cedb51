import { eitherWordSearch } from "../../../src/docx/byte-search";
import { DocxError } from "../../../src/docx/errors";
import { NamespaceScope } from "../../../src/docx/namespaces";
import { readAttributes, scanXml, scanXmlPieces, type XmlHandler } from "./xml-scanner";

/**
 * An XML element as the reader sees it: names carry canonical prefixes (see namespaces.ts),
 * entities are decoded, adjacent text is one string.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * No Word document nests elements this deep (a table nested in a cell adds three levels). Deeper
 * markup is refused, so every walk of the tree stays shallow enough for the call stack.
 */
const MAX_DEPTH = 1000;
/**
 * A 300-page report has a few hundred thousand elements in the tree; a part with millions is
 * refused as too large before the tree exhausts memory.
 */
const MAX_ELEMENTS = 2_000_000;

/**
 * Subtrees no part of the reader looks into: run, table and section formatting, style
 * defaults. Run properties alone are about half of the elements Word writes; the scanner
 * crosses these without reading them, except run properties in a part that may hide text
 * (see HIDING).
 */
const UNREAD = new Set(["w:rPr", "w:tblPr", "w:tcBorders", "w:sectPr", "w:docDefaults", "w:latentStyles"]);

/** The run properties that say whether text is hidden: of a kept `w:rPr`, the only children kept. */
const HIDING = new Set(["w:vanish", "w:rStyle"]);

/**
 * Of paragraph, row and cell properties, the only children anybody reads (the reader, and the
 * add-in's table scan, which reads a cell's shading): spacing, indents, widths, alignment and
 * the like are most of a table's and a paragraph's elements, and are crossed unread. They are
 * still counted towards MAX_ELEMENTS, as when they were kept.
 */
const PROPERTIES_READ: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["w:pPr", new Set(["w:pStyle", "w:outlineLvl", "w:numPr"])],
  ["w:trPr", new Set(["w:del", "w:gridBefore", "w:gridAfter"])],
  ["w:tcPr", new Set(["w:gridSpan", "w:hMerge", "w:vMerge", "w:shd"])],
]);

/**
 * Drawings, VML pictures and embedded objects. The reader needs to know that a paragraph holds
 * one (a table pasted as a picture) and reads the tables of text boxes (`w:txbxContent`), but
 * nothing else inside. In a part without text boxes each is kept as an empty element and its
 * content crossed unread; a part with text boxes keeps their content.
 */
const EMBEDDED = new Set(["w:drawing", "w:pict", "w:object"]);

/**
 * Parses one XML part and returns its root element, without the UNREAD subtrees (and, in a
 * part without text boxes, with EMBEDDED elements empty). Throws
 * DocxError "corrupt" when the text is not a well-formed document (no root element, a second
 * root, text outside the root, an element left open — a truncated part — or closed out of
 * order) or nests deeper than MAX_DEPTH; "too-large" beyond MAX_ELEMENTS. An end tag that
 * closes nothing is skipped.
 */
export function parseXml(text: string): XmlElement {
  const builder = new TreeBuilder(
    text,
    (xml, needle, from) => xml.includes(needle, from),
    () => text.includes("vanish") || text.includes("rStyle"),
  );
  scanXml(text, builder);
  return builder.finish();
}

/** The bytes decoded and scanned at a time: well under the 128 KB where V8 maps fresh memory for a string. */
const PIECE = 40 * 1024;

/**
 * Parses one XML part from its bytes, as parseXml parses their text. A UTF-8 part larger than
 * a couple of pieces is decoded and scanned PIECE bytes at a time, never held as one string
 * (see scanXmlPieces); UTF-16 parts (a byte order mark says so) and small parts are decoded whole.
 * `piece` is for the tests, which cut parts everywhere.
 */
export function parseXmlBytes(data: Uint8Array, piece = PIECE): XmlElement {
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (utf16 || data.length <= 2 * piece) return parseXml(decodeText(data));
  const decoder = new TextDecoder("utf-8");
  let decoded = 0;
  // the byte where the window being scanned ends: scanXmlPieces has always asked for one more piece
  let windowEnd = 0;
  const builder = new TreeBuilder(
    "",
    // the rest of the window, then the bytes after it (the needles are ASCII, so a byte search
    // finds them; it starts a little early for one cut by the window's end)
    (xml, needle, from) =>
      xml.includes(needle, from) || includesBytes(data, needle, windowEnd - needle.length - 4),
    () => mayHideText(data),
  );
  const next = (): string | undefined => {
    windowEnd = decoded;
    if (decoded >= data.length) return undefined;
    const end = Math.min(decoded + piece, data.length);
    const text = decoder.decode(data.subarray(decoded, end), { stream: end < data.length });
    decoded = end;
    return text;
  };
  scanXmlPieces(next, builder);
  return builder.finish();
}

/** XML parts are UTF-8 unless a byte order mark says UTF-16. */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
}

/** Whether the part's bytes say `vanish` or `rStyle` (see TreeBuilder's `hidesText`), in one pass. */
const mayHideText = eitherWordSearch("vanish", "rStyle");

/** Whether the ASCII `needle` occurs in the bytes at or after `from`. */
function includesBytes(data: Uint8Array, needle: string, from: number): boolean {
  // searched by a rare character of the needle: "r" and "v" start thousands of names and values
  // in a part ("w:r", "w:val"); a capital or a last letter far fewer
  const anchor = rareCharacter(needle);
  const code = needle.charCodeAt(anchor);
  const start = Math.max(0, from) + anchor;
  for (let at = data.indexOf(code, start); at >= 0; at = data.indexOf(code, at + 1)) {
    let i = 0;
    while (i < needle.length && data[at - anchor + i] === needle.charCodeAt(i)) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/** The index of the needle's first capital letter, else of its last character. */
function rareCharacter(needle: string): number {
  const capital = needle.search(/[A-Z]/);
  return capital >= 0 ? capital : needle.length - 1;
}

/** An element whose attributes are read from the part's text the first time they are asked for. */
class Element implements XmlElement {
  readonly children: XmlNode[] = [];
  private read: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly name: string,
    private readonly xml: string,
    private readonly from: number,
    private readonly to: number,
    private readonly scope: NamespaceScope,
  ) {}

  get attrs(): Readonly<Record<string, string>> {
    if (!this.read) {
      const attrs = this.from < this.to ? readAttributes(this.xml, this.from, this.to) : {};
      this.read = this.scope.attributesCanonical ? attrs : canonicalAttributes(attrs, this.scope);
    }
    return this.read;
  }
}

/** Builds the tree from the scanner's events. */
class TreeBuilder implements XmlHandler {
  /** The element `open` last kept empty and skipped (see EMBEDDED), so `retract` can take it back. */
  private skipped: Element | undefined;
  /** `open` last counted an element it crossed unread (see PROPERTIES_READ), so `retract` can uncount it. */
  private countedUnread = false;
  /** Where the next "xmlns" is in `xml` from the last element opened on: -1 none, -2 not searched yet. */
  private nextXmlns = -2;
  private root: Element | undefined;
  private readonly stack: Element[] = [];
  private readonly scopes: NamespaceScope[] = [NamespaceScope.root()];
  private elements = 0;
  /**
   * Whether the part has text boxes, whose drawings must then be read (see EMBEDDED): looked up
   * at the first drawing, from there on, so a part without drawings never searches.
   */
  private textBoxes: boolean | undefined;
  /**
   * Whether the part may hide text: it says `w:vanish`, or names character styles (`w:rStyle`),
   * which may hide it. Only then are run properties read, and only those two of them.
   */
  private vanish: boolean | undefined;

  /**
   * `xml` is the text offsets are in (replaced window by window when the part is scanned in
   * pieces); `includesFrom` says whether the part holds a text at or after an offset, and
   * `hidesText` whether it may hide text anywhere (`vanish`, or a character style: `rStyle`).
   */
  constructor(
    private xml: string,
    private readonly includesFrom: (xml: string, needle: string, from: number) => boolean,
    private readonly hidesText: () => boolean,
  ) {}

  window(xml: string): void {
    this.xml = xml;
    this.nextXmlns = -2;
  }

  retract(): void {
    if (this.countedUnread) this.elements--;
    this.countedUnread = false;
    if (!this.skipped) return;
    this.stack[this.stack.length - 1].children.pop();
    this.elements--;
    this.skipped = undefined;
  }

  open(qualifiedName: string, from: number, to: number): boolean {
    if (this.stack.length >= MAX_DEPTH) {
      throw new DocxError("corrupt", new Error(`elements nested more than ${MAX_DEPTH} deep`));
    }
    const parent = this.stack[this.stack.length - 1];
    if (!parent && this.root) throw new DocxError("corrupt", new Error("a second root element"));
    // only a declaration changes the scope; reading every element's attributes would not pay
    const declares = from < to && this.declares(from, to);
    const current = this.scopes[this.scopes.length - 1];
    const scope = declares ? current.enter(readAttributes(this.xml, from, to)) : current;
    const name = scope.canonical(qualifiedName, false);
    this.skipped = undefined;
    this.countedUnread = false;
    if (UNREAD.has(name) && !(name === "w:rPr" && this.hiddenText())) return true;
    if (parent?.name === "w:rPr" && !HIDING.has(name)) return true;
    if (++this.elements > MAX_ELEMENTS) throw new DocxError("too-large");
    const read = parent && PROPERTIES_READ.get(parent.name);
    if (read && !read.has(name)) return (this.countedUnread = true);
    const element = new Element(name, this.xml, from, to, scope);
    if (parent) parent.children.push(element);
    else this.root = element;
    // kept, but empty: the scanner crosses its content and reports no end for it
    if (
      parent &&
      EMBEDDED.has(name) &&
      !(this.textBoxes ??= this.includesFrom(this.xml, "txbxContent", from))
    ) {
      this.skipped = element;
      return true;
    }
    this.stack.push(element);
    this.scopes.push(scope);
    return false;
  }

  /**
   * Whether the attributes between `from` and `to` mention "xmlns". Elements open in document
   * order, so one search serves every element up to the next declaration: linear in the text.
   */
  private declares(from: number, to: number): boolean {
    if (this.nextXmlns !== -1 && this.nextXmlns < from) this.nextXmlns = this.xml.indexOf("xmlns", from);
    return this.nextXmlns >= 0 && this.nextXmlns < to;
  }

  private hiddenText(): boolean {
    return (this.vanish ??= this.hidesText());
  }

  crossed(elements: number, depth: number): void {
    // what is skipped is not kept, but is held to the same limits: a copy is edited from a
    // tree of every element, so the reader accepts only what the writer can hold too
    if (this.stack.length + 1 + depth > MAX_DEPTH)
      throw new DocxError("corrupt", new Error(`elements nested more than ${MAX_DEPTH} deep`));
    if ((this.elements += elements) > MAX_ELEMENTS) throw new DocxError("too-large");
  }

  close(): void {
    this.stack.pop();
    this.scopes.pop();
  }

  text(data: string): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      if (/\S/.test(data)) throw new DocxError("corrupt", new Error("text outside the root element"));
      return;
    }
    const children = parent.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === "string") children[last] += data;
    else children.push(data);
  }

  finish(): XmlElement {
    if (!this.root) throw new DocxError("corrupt", new Error("no root element"));
    if (this.stack.length > 0) throw new DocxError("corrupt", new Error("the part ends inside an element"));
    return this.root;
  }
}

function canonicalAttributes(attrs: Record<string, string>, scope: NamespaceScope): Record<string, string> {
  const renamed: Record<string, string> = {};
  for (const key in attrs) renamed[scope.canonical(key, true)] = attrs[key];
  return renamed;
}

/** The first child element with this canonical name (undefined in, undefined out). */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (typeof node !== "string" && node.name === name) return node;
  return undefined;
}

/** Every child element with this canonical name, in order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of element.children) if (typeof node !== "string" && node.name === name) found.push(node);
  return found;
}

/** The `w:val` attribute of the first child element with this name: how WordprocessingML states a property. */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs["w:val"];
}

/** The element's own text, its child elements left out. */
export function ownText(element: XmlElement): string {
  let text = "";
  for (const node of element.children) if (typeof node === "string") text += node;
  return text;
}
