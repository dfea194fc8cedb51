/**
 * A lossless view of an XML part for editing: every element with its offsets in the text, so a
 * change is a splice of the original text and everything we do not touch stays byte for byte as
 * Word wrote it (the reader's tree drops formatting it does not need, so it cannot be written
 * back). Names are canonical for the namespaces we edit: WordprocessingML is "w:", markup
 * compatibility "mc:", Flat OPC's package "pkg:"; other names keep the prefix they were written with.
 */
import { DocxError } from "../errors";
import { SKIPPED_CHOICE, understoodChoice } from "../markup-compatibility";
import { elementEnd } from "./element-end";
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
  prefixes: ReadonlyMap<string, string>;
}

const CANONICAL = new Map([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
  ["http://schemas.microsoft.com/office/2006/xmlPackage", "pkg"],
]);

/** Thrown when a part is not well-formed enough to edit safely. */
export class XmlEditError extends Error {}

// one attribute, read where the last one ended (sticky): junk between attributes ends the
// reading instead of being searched through again from every position
const ATTR = /\s*([^\s=/<>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

/** As the reader's limits (xml.ts): a part the reader refuses is not edited either. */
const MAX_DEPTH = 1000;
const MAX_ELEMENTS = 2_000_000;

/** The attributes of a start tag, read from `from` (after its name) to `to` (before its ">" or "/>"). */
function readAttrs(xml: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (from >= to) return attrs;
  ATTR.lastIndex = from;
  for (let m = ATTR.exec(xml); m && ATTR.lastIndex <= to; m = ATTR.exec(xml)) attrs[m[1]] = m[3] ?? m[4];
  return attrs;
}

/**
 * Parses a part; throws XmlEditError when it is not well-formed or beyond the reader's limits.
 * Linear in the part's length: every search moves forward.
 */
export function parseTree(xml: string): XmlNode {
  const stack: OpenNode[] = [];
  let root: OpenNode | undefined;
  let elements = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) i = markup(xml, lt);
    else if (next === SLASH) {
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
      const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
      const last = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < last && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      const raw = xml.slice(lt + 1, nameEnd);
      const attrs = readAttrs(xml, nameEnd, last);
      if (stack.length >= MAX_DEPTH) throw new XmlEditError(`elements nested more than ${MAX_DEPTH} deep`);
      if (++elements > MAX_ELEMENTS) throw new XmlEditError("too many elements");
      const parent = stack[stack.length - 1];
      const prefixes = scope(parent?.prefixes, attrs);
      const colon = raw.indexOf(":");
      const prefix = colon < 0 ? "" : raw.slice(0, colon);
      const canonical = CANONICAL.get(prefixes.get(prefix) ?? "");
      const named = canonical ? `${canonical}:${raw.slice(colon + 1)}` : raw;
      const node: OpenNode = {
        // as the reader names it (see markup-compatibility.ts): both trees read the same branch
        name:
          named === "mc:Choice" && !understoodChoice(attrs.Requires, (p) => prefixes.get(p))
            ? SKIPPED_CHOICE
            : named,
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
      if (selfClosing) i = gt + 1;
      else if (parent && OPAQUE.has(node.name)) i = closeOpaque(xml, node);
      else {
        stack.push(node);
        i = gt + 1;
      }
    }
  }
  if (!root || stack.length) throw new XmlEditError("no root element, or an element left open");
  return root;
}

/**
 * Drawings, VML pictures and embedded objects: no edit looks inside one, so their content is
 * crossed, not built into nodes (a picture's markup can hold more elements than the text).
 */
const OPAQUE = new Set(["w:drawing", "w:pict", "w:object"]);

/** Crosses an opaque element's content, setting where it ends; returns the offset after it. */
function closeOpaque(xml: string, node: OpenNode): number {
  try {
    [node.closeStart, node.end] = elementEnd(xml, node.raw, node.openEnd);
  } catch (error) {
    if (error instanceof DocxError) throw new XmlEditError(`${node.raw} is not closed`);
    throw error;
  }
  return node.end;
}

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const NO_PREFIXES: ReadonlyMap<string, string> = new Map();

/** The namespace prefixes in scope: the parent's, shared unless the element declares its own. */
function scope(
  inherited: ReadonlyMap<string, string> | undefined,
  attrs: Record<string, string>,
): ReadonlyMap<string, string> {
  let own: Map<string, string> | undefined;
  for (const k in attrs) {
    if (k !== "xmlns" && !k.startsWith("xmlns:")) continue;
    own ??= new Map(inherited ?? NO_PREFIXES);
    own.set(k === "xmlns" ? "" : k.slice(6), attrs[k]);
  }
  return own ?? inherited ?? NO_PREFIXES;
}

function after(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new XmlEditError(`unterminated ${xml.slice(from, from + 4)}`);
  return at + end.length;
}

// a tag up to its ">", quoted attribute values (which may hold ">") stepped over
const TAG = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

/** The offset of the ">" that ends the tag starting at `lt`. */
function tagEnd(xml: string, lt: number): number {
  TAG.lastIndex = lt;
  if (!TAG.test(xml)) throw new XmlEditError("unterminated tag");
  return TAG.lastIndex - 1;
}

/** Just after a comment, CDATA section, processing instruction or declaration at `lt`. */
function markup(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return after(xml, "-->", lt);
  if (xml.startsWith("<![CDATA[", lt)) return after(xml, "]]>", lt);
  if (xml.startsWith("<?", lt)) return after(xml, "?>", lt);
  return after(xml, ">", lt);
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

/**
 * The element as written, without the descendants named in `names` (nor itself, if named so):
 * how revision records are taken out of copied properties.
 */
export function withoutElements(xml: string, node: XmlNode, names: ReadonlySet<string>): string {
  if (names.has(node.name)) return "";
  const kept: string[] = [];
  let at = node.start;
  const pending = [...node.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (names.has(next.name)) {
      kept.push(xml.slice(at, next.start));
      at = next.end;
    } else for (let c = next.children.length - 1; c >= 0; c--) pending.push(next.children[c]);
  }
  kept.push(xml.slice(at, node.end));
  return kept.join("");
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
