/**
 * A lossless view of an XML part for editing: every element with its offsets in the text, so a
 * change is a splice of the original text and everything we do not touch stays byte for byte as
 * Word wrote it (the reader's tree drops formatting it does not need, so it cannot be written
 * back). Names are canonical for the namespaces we edit: WordprocessingML is "w:", markup
 * compatibility "mc:"; other names keep the prefix they were written with.
 */
import { unescapeText } from "./xml-text";

export interface XmlNode {
  /** Canonical name, e.g. "w:tc". */
  readonly name: string;
  /** The name as written. */
  readonly raw: string;
  /** Attributes as written (values not decoded), by name as written. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's ">". */
  readonly openEnd: number;
  /** Offset of "</" of the end tag; equals `openEnd` for an empty element. */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly children: readonly XmlNode[];
}

interface OpenNode extends XmlNode {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  children: XmlNode[];
  prefixes: Map<string, string>;
}

const CANONICAL = new Map([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
]);

/** Thrown when a part is not well-formed enough to edit safely. */
export class XmlEditError extends Error {}

const ATTR = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses a part; throws XmlEditError when it is not well-formed. */
export function parseTree(xml: string): XmlNode {
  const stack: OpenNode[] = [];
  let root: OpenNode | undefined;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) i = after(xml, "-->", lt);
    else if (xml.startsWith("<![CDATA[", lt)) i = after(xml, "]]>", lt);
    else if (xml.startsWith("<?", lt)) i = after(xml, "?>", lt);
    else if (xml.startsWith("<!", lt)) i = after(xml, ">", lt);
    else if (xml[lt + 1] === "/") {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new XmlEditError("unterminated end tag");
      const raw = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.raw !== raw) throw new XmlEditError(`unexpected </${raw}>`);
      open.closeStart = lt;
      open.end = gt + 1;
      i = gt + 1;
    } else {
      const gt = tagEnd(xml, lt);
      const selfClosing = xml[gt - 1] === "/";
      const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = body.search(/\s/);
      const raw = space < 0 ? body : body.slice(0, space);
      const attrs: Record<string, string> = {};
      for (const m of (space < 0 ? "" : body.slice(space)).matchAll(ATTR)) attrs[m[1]] = m[3] ?? m[4];
      const parent = stack[stack.length - 1];
      const prefixes = new Map(parent?.prefixes ?? []);
      for (const [k, v] of Object.entries(attrs)) {
        if (k === "xmlns") prefixes.set("", v);
        else if (k.startsWith("xmlns:")) prefixes.set(k.slice(6), v);
      }
      const colon = raw.indexOf(":");
      const prefix = colon < 0 ? "" : raw.slice(0, colon);
      const canonical = CANONICAL.get(prefixes.get(prefix) ?? "");
      const node: OpenNode = {
        name: canonical ? `${canonical}:${raw.slice(colon + 1)}` : raw,
        raw,
        attrs,
        start: lt,
        openEnd: gt + 1,
        closeStart: gt + 1,
        end: gt + 1,
        selfClosing,
        children: [],
        prefixes,
      };
      if (parent) parent.children.push(node);
      else if (root) throw new XmlEditError("a second root element");
      else root = node;
      if (!selfClosing) stack.push(node);
      i = gt + 1;
    }
  }
  if (!root || stack.length) throw new XmlEditError("no root element, or an element left open");
  return root;
}

function after(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new XmlEditError(`unterminated ${xml.slice(from, from + 4)}`);
  return at + end.length;
}

/** The offset of the ">" that ends the tag starting at `lt`; quoted values may hold ">". */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new XmlEditError("unterminated tag");
}

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node?.children.find((c) => c.name === name);

export const children = (node: XmlNode | undefined, name: string): XmlNode[] =>
  node ? node.children.filter((c) => c.name === name) : [];

/** An attribute by canonical name ("w:val"), whatever prefix it was written with. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  const local = name.slice(name.indexOf(":") + 1);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === name || (k.endsWith(`:${local}`) && !k.startsWith("xmlns"))) return unescapeText(v);
  }
  return undefined;
}

/** The text between an element's tags (for `w:t`), decoded. */
export const innerText = (xml: string, node: XmlNode): string =>
  unescapeText(xml.slice(node.openEnd, node.closeStart));

/** One change to a part: replace `[from, to)` with `text`. */
export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * Applies splices to the text. Splices may touch but not overlap; two insertions at the same
 * offset keep the order they were given in.
 */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  for (const s of ordered) {
    if (s.from < at) throw new XmlEditError("overlapping edits");
    out.push(xml.slice(at, s.from), s.text);
    at = s.to;
  }
  out.push(xml.slice(at));
  return out.join("");
}
