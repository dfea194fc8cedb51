import { eitherWordSearch, indexOfWord } from "./byte-search";
import { DocxError } from "./errors";
import { SKIPPED_CHOICE, understoodChoice } from "./markup-compatibility";
import { NamespaceScope } from "./namespaces";
import { encodeUtf8 } from "./utf8";
import { readAttributes, scanXml, type XmlHandler } from "./xml-scanner";

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
 * closes nothing is skipped. The text is scanned as its UTF-8 bytes, so a lone surrogate in it
 * (which no decoded file holds, but a string from Word could) reads as U+FFFD.
 */
export function parseXml(text: string): XmlElement {
  return parseUtf8(encodeUtf8(text));
}

/**
 * Parses one XML part from its bytes, as parseXml parses the text they decode to. A UTF-8 part
 * is scanned as it is, never decoded whole (only the names, text and attributes read are);
 * a UTF-16 part (a byte order mark says so) is decoded first.
 */
export function parseXmlBytes(data: Uint8Array): XmlElement {
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  return parseUtf8(utf16 ? encodeUtf8(decodeText(data)) : data);
}

function parseUtf8(data: Uint8Array): XmlElement {
  const builder = new TreeBuilder(data);
  scanXml(data, builder);
  return builder.finish();
}

/** XML parts are UTF-8 unless a byte order mark says UTF-16. */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
}

/** Whether the part's bytes say `vanish` or `rStyle` (see TreeBuilder's `hidesText`). */
const mayHideText = eitherWordSearch("vanish", "rStyle");

/** Whether the ASCII `needle` occurs in the bytes at or after `from`. */
const includesBytes = (data: Uint8Array, needle: string, from: number): boolean =>
  indexOfWord(data, needle, from) >= 0;

/**
 * The children of every element that has none yet: one array, never added to (the builder gives
 * an element an array of its own with its first child, see adopt). An empty array of each
 * element's own, grown at its first child to room for seventeen, was 7 % of what reading and
 * checking the bench's reports allocated (462 → 430 MB for 200 files).
 */
const NO_CHILDREN: XmlNode[] = [];

/** An element whose attributes are read from the part's text the first time they are asked for. */
class Element implements XmlElement {
  children: XmlNode[] = NO_CHILDREN;
  // set from the start, so that elements whose attributes were read keep the shape of the rest
  private read: Readonly<Record<string, string>> | undefined = undefined;

  constructor(
    readonly name: string,
    private readonly data: Uint8Array,
    private readonly from: number,
    private readonly to: number,
    /** The prefixes in force inside the element. */
    readonly scope: NamespaceScope,
  ) {}

  get attrs(): Readonly<Record<string, string>> {
    if (!this.read) {
      const attrs = this.from < this.to ? readAttributes(this.data, this.from, this.to) : {};
      this.read = this.scope.attributesCanonical ? attrs : canonicalAttributes(attrs, this.scope);
    }
    return this.read;
  }
}

/** Builds the tree from the scanner's events. */
class TreeBuilder implements XmlHandler {
  /** Where the next "xmlns" is in the part from the last element opened on: -1 none, -2 not searched yet. */
  private nextXmlns = -2;
  /**
   * The open elements, outermost first, under the document itself: an element without a name
   * whose only child is the root. Every element opened so has a parent, and the stack holds
   * elements only, from its start.
   */
  private readonly stack: Element[];
  private elements = 0;
  /**
   * Whether the part has text boxes, whose drawings must then be read (see EMBEDDED): looked up
   * at the first drawing, from there on, so a part without drawings never searches.
   */
  private textBoxes: boolean | undefined = undefined;
  /**
   * Whether the part may hide text: it says `w:vanish`, or names character styles (`w:rStyle`),
   * which may hide it. Only then are run properties read, and only those two of them.
   */
  private vanish: boolean | undefined = undefined;

  /** `data` is the part's UTF-8 bytes, which the scanner's offsets are in. */
  constructor(private readonly data: Uint8Array) {
    this.stack = [new Element("", data, 0, 0, NamespaceScope.root())];
  }

  open(qualifiedName: string, from: number, to: number): boolean {
    const stack = this.stack;
    // the document itself is not an element of the part
    const depth = stack.length - 1;
    if (depth >= MAX_DEPTH) {
      throw new DocxError("corrupt", new Error(`elements nested more than ${MAX_DEPTH} deep`));
    }
    const parent = stack[depth];
    if (depth === 0 && parent.children.length > 0) {
      throw new DocxError("corrupt", new Error("a second root element"));
    }
    // only a declaration changes the scope; reading every element's attributes would not pay
    const declares = from < to && this.declares(from, to);
    const scope = declares ? parent.scope.enter(readAttributes(this.data, from, to)) : parent.scope;
    const named = scope.canonical(qualifiedName, false);
    // a choice Word would not show is not "mc:Choice": the first one it shows, or the fallback, is read
    const name =
      named === "mc:Choice" &&
      !understoodChoice(readAttributes(this.data, from, to).Requires, (p) => scope.uriOf(p))
        ? SKIPPED_CHOICE
        : named;
    if (UNREAD.has(name) && !(name === "w:rPr" && this.hiddenText())) return true;
    if (parent.name === "w:rPr" && !HIDING.has(name)) return true;
    if (++this.elements > MAX_ELEMENTS) throw new DocxError("too-large");
    const read = PROPERTIES_READ.get(parent.name);
    if (read && !read.has(name)) return true;
    const element = new Element(name, this.data, from, to, scope);
    adopt(parent, element);
    // kept, but empty: the scanner crosses its content and reports no end for it
    if (
      depth > 0 &&
      EMBEDDED.has(name) &&
      !(this.textBoxes ??= includesBytes(this.data, "txbxContent", from))
    ) {
      return true;
    }
    stack.push(element);
    return false;
  }

  /**
   * Whether the attributes between `from` and `to` mention "xmlns". Elements open in document
   * order, so one search serves every element up to the next declaration: linear in the text.
   */
  private declares(from: number, to: number): boolean {
    if (this.nextXmlns !== -1 && this.nextXmlns < from)
      this.nextXmlns = indexOfWord(this.data, "xmlns", from);
    return this.nextXmlns >= 0 && this.nextXmlns < to;
  }

  private hiddenText(): boolean {
    return (this.vanish ??= mayHideText(this.data));
  }

  crossed(elements: number, depth: number): void {
    // what is skipped is not kept, but is held to the same limits: a copy is edited from a
    // tree of every element, so the reader accepts only what the writer can hold too
    if (this.stack.length + depth > MAX_DEPTH)
      throw new DocxError("corrupt", new Error(`elements nested more than ${MAX_DEPTH} deep`));
    if ((this.elements += elements) > MAX_ELEMENTS) throw new DocxError("too-large");
  }

  close(): void {
    this.stack.pop();
  }

  text(data: string): void {
    const stack = this.stack;
    if (stack.length === 1) {
      if (/\S/.test(data)) throw new DocxError("corrupt", new Error("text outside the root element"));
      return;
    }
    const element = stack[stack.length - 1];
    const children = element.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === "string") children[last] += data;
    else adopt(element, data);
  }

  finish(): XmlElement {
    const root = this.stack[0].children[0];
    if (typeof root !== "object") throw new DocxError("corrupt", new Error("no root element"));
    if (this.stack.length > 1) throw new DocxError("corrupt", new Error("the part ends inside an element"));
    return root;
  }
}

/** Adds a child to the element's children (its own array from the first child on). */
function adopt(element: Element, node: XmlNode): void {
  if (element.children === NO_CHILDREN) element.children = [node];
  else element.children.push(node);
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
