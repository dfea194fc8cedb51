import { DocxError } from "../errors";

/**
 * Crosses the content of an element named `name` in the part's text: the offset of its end tag
 * and the offset just after it. Each search resumes where the last one of its kind stopped, so
 * crossing is linear in the content however the same name nests inside. Throws DocxError
 * "corrupt" when the element or a tag in it is not closed.
 */
export function elementEnd(xml: string, name: string, from: number): [close: number, end: number] {
  const { start, end } = tagsOf(name);
  let close = nameAt(xml, end, from);
  if (close < 0) throw corrupt(`element ${name} is not closed`);
  // the usual case: nothing of the same name inside, so the first end tag is ours
  if (!holdsName(xml, start, from, close)) return [close, after(xml, close)];
  let depth = 1;
  let at = from;
  let nested = nameAt(xml, start, at);
  for (;;) {
    if (close < 0) throw corrupt(`element ${name} is not closed`);
    if (nested >= 0 && nested < close) {
      const gt = tagEnd(xml, nested);
      if (xml.charCodeAt(gt - 1) !== SLASH) depth++;
      at = gt + 1;
      nested = nameAt(xml, start, at);
    } else {
      if (--depth === 0) return [close, after(xml, close)];
      at = after(xml, close);
      if (nested >= 0 && nested < at) nested = nameAt(xml, start, at);
    }
    if (close < at) close = nameAt(xml, end, at);
  }
}

const SLASH = 0x2f;
const GT = 0x3e;

/** The start and end tags searched for, by element name: the few names crossed are made once. */
const TAGS = new Map<string, { start: string; end: string }>();
const MAX_TAGS = 256;

export function tagsOf(name: string): { start: string; end: string } {
  let tags = TAGS.get(name);
  if (!tags) {
    tags = { start: `<${name}`, end: `</${name}` };
    // a hostile part can name any number of elements: only the first few are kept
    if (TAGS.size < MAX_TAGS) TAGS.set(name, tags);
  }
  return tags;
}

const isNameEnd = (c: number): boolean =>
  c === GT || c === SLASH || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Whether a `<name` (the whole name) starts between `from` and `to`. */
export function holdsName(xml: string, prefix: string, from: number, to: number): boolean {
  for (let at = xml.indexOf("<", from); at >= 0 && at < to; at = xml.indexOf("<", at + 1)) {
    if (xml.startsWith(prefix, at) && isNameEnd(xml.charCodeAt(at + prefix.length))) return true;
  }
  return false;
}

/** The next `<name` or `</name` that is the whole name (not `<w:rPrChange` for `<w:rPr`). */
export function nameAt(xml: string, prefix: string, from: number): number {
  for (let at = xml.indexOf(prefix, from); at >= 0; at = xml.indexOf(prefix, at + 1)) {
    if (isNameEnd(xml.charCodeAt(at + prefix.length))) return at;
  }
  return -1;
}

// a tag up to its ">", quoted attribute values (which may hold ">") stepped over
const TAG = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

/** The index of the `>` ending the tag at `lt`. */
function tagEnd(xml: string, lt: number): number {
  TAG.lastIndex = lt;
  if (!TAG.test(xml)) throw corrupt("an unterminated tag");
  return TAG.lastIndex - 1;
}

/** The offset after the first ">" from `from`. */
function after(xml: string, from: number): number {
  const at = xml.indexOf(">", from);
  if (at < 0) throw corrupt("an unterminated declaration");
  return at + 1;
}

function corrupt(detail: string): DocxError {
  return new DocxError("corrupt", new Error(detail));
}
