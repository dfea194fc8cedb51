import { Parser } from "htmlparser2";
import { DocxError } from "./errors";
import { NamespaceScope } from "./namespaces";

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

interface OpenElement extends XmlElement {
  readonly children: XmlNode[];
}

/**
 * No Word document nests elements this deep (a table nested in a cell adds three levels). Deeper
 * markup is refused: htmlparser2's bookkeeping grows with the square of the depth, so a part
 * nested a million deep would take hours, and every walk of the tree stays shallow enough for
 * the call stack.
 */
const MAX_DEPTH = 1000;
/**
 * A 300-page report has a few hundred thousand elements in the tree; a part with millions is
 * refused as too large before the tree exhausts memory.
 */
const MAX_ELEMENTS = 2_000_000;
const SLASH = 0x2f;

/**
 * Subtrees no part of the reader looks into: run, table and section formatting, style
 * defaults, drawings and embedded objects (whose text boxes must not count as body text
 * anyway). Run properties alone are about half of the elements Word writes; leaving these out
 * of the tree saves their allocation.
 */
const UNREAD = new Set([
  "w:rPr",
  "w:tblPr",
  "w:tcBorders",
  "w:sectPr",
  "w:docDefaults",
  "w:latentStyles",
  "w:drawing",
  "w:pict",
  "w:object",
]);

/**
 * Parses one XML part and returns its root element, without the UNREAD subtrees. Throws
 * DocxError "corrupt" when the text is not a well-formed document (no root element, a second
 * root, text outside the root, an element left open — a truncated part — or closed out of
 * order) or nests deeper than MAX_DEPTH; "too-large" beyond MAX_ELEMENTS. An end tag that
 * closes nothing is skipped, as htmlparser2 does.
 */
export function parseXml(text: string): XmlElement {
  const builder = new TreeBuilder(text);
  new Parser(builder, { xmlMode: true }).write(text);
  return builder.finish();
}

/** Builds the tree from htmlparser2's events, checking what htmlparser2 forgives. */
class TreeBuilder {
  private parser: Parser | undefined;
  private root: OpenElement | undefined;
  private readonly open: OpenElement[] = [];
  private readonly scopes: NamespaceScope[] = [NamespaceScope.root()];
  /** How deep the parser is inside an UNREAD subtree. */
  private skipped = 0;
  private elements = 0;

  constructor(private readonly text: string) {}

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentag(qualifiedName: string, attrs: Record<string, string>): void {
    if (this.open.length + this.skipped >= MAX_DEPTH) {
      throw new DocxError("corrupt", new Error(`elements nested more than ${MAX_DEPTH} deep`));
    }
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    const parent = this.open[this.open.length - 1];
    if (!parent && this.root) throw new DocxError("corrupt", new Error("a second root element"));
    const scope = this.scopes[this.scopes.length - 1].enter(attrs);
    const name = scope.canonical(qualifiedName, false);
    if (UNREAD.has(name)) {
      this.skipped++;
      return;
    }
    if (++this.elements > MAX_ELEMENTS) throw new DocxError("too-large");
    const element: OpenElement = {
      name,
      attrs: scope.attributesCanonical ? attrs : canonicalAttributes(attrs, scope),
      children: [],
    };
    if (parent) parent.children.push(element);
    else this.root = element;
    this.open.push(element);
    this.scopes.push(scope);
  }

  onclosetag(name: string, isImplied: boolean): void {
    // htmlparser2 calls a self-closed element's close "implied" too; its tag ends in "/>"
    if (isImplied && this.text.charCodeAt((this.parser?.endIndex ?? 0) - 1) !== SLASH) {
      throw new DocxError("corrupt", new Error(`element ${name} is not closed`));
    }
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    this.open.pop();
    this.scopes.pop();
  }

  ontext(data: string): void {
    if (this.skipped > 0) return;
    const parent = this.open[this.open.length - 1];
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
    if (this.open.length > 0) throw new DocxError("corrupt", new Error("the part ends inside an element"));
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
