import { DocxError } from "./errors";
import { decodeUtf8 } from "./utf8";

/** What the scanner reports, in document order. */
export interface XmlHandler {
  /**
   * An element starts; its attributes are the bytes from `from` to `to`, read with
   * `readAttributes` when needed (most elements' never are). Return true to skip everything
   * inside it: the scanner then jumps to its end tag without reporting what lies between, and
   * reports no end for it.
   */
  open(name: string, from: number, to: number, selfClosing: boolean): boolean;
  /**
   * After a skip: the skipped content held `elements` elements, nested `depth` deep below the
   * skipped element, so the handler's limits can count what it did not read.
   */
  crossed(elements: number, depth: number): void;
  close(): void;
  text(text: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BRACKET = 0x5b;

/** The bytes that end a start tag's name where the usual path reads it: ">", "/", quotes, spaces. */
const NAME_STOPS = new Uint8Array(256);
for (const c of [GT, SLASH, QUOTE, APOSTROPHE, 0x20, 0x0a, 0x09, 0x0d]) NAME_STOPS[c] = 1;

/**
 * Scans a well-formed XML part, given as its UTF-8 bytes, and reports its elements and text.
 * Written for speed on the parts of a .docx, where most of the markup is formatting nobody
 * reads: the bytes are scanned in one pass and only names, text and the attributes asked for
 * are decoded; a skipped subtree is crossed by looking only at its tags. Reports exactly what a
 * scan of the text TextDecoder makes of the bytes would report (every construct starts and ends
 * at an ASCII byte, which no ill-formed sequence swallows). Throws DocxError "corrupt" on what is
 * not well-formed: an unterminated tag, comment or section, an element closed by another
 * element's end tag, or an element still open at the end. An end tag that closes nothing is
 * ignored. Entities (the five named ones and numeric references) are decoded in text and attributes.
 */
export function scanXml(data: Uint8Array, handler: XmlHandler): void {
  const open = OPEN;
  open.length = 0;
  // a byte order mark is not text, as TextDecoder drops it
  scanFrom(data, data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0, open, handler);
  if (open.length > 0) throw corrupt(`element ${open[open.length - 1]} is not closed`);
}

/**
 * The names of the elements open in the scan, innermost last: one array for every scan (a
 * handler never starts a scan of its own). An array made per part began as an array of small
 * integers until its first name, so code compiled for one part met an array of another kind in
 * the next and was thrown away.
 */
const OPEN: string[] = [];

/**
 * The scanner's loop, a function of its own: V8 compiles it while it runs (a part is scanned
 * by one call), and code compiled so knew nothing of what followed the loop and was thrown away
 * at every part's end.
 */
function scanFrom(data: Uint8Array, from: number, open: string[], handler: XmlHandler): void {
  const length = data.length;
  let at = from;
  while (at < length) {
    // the text after the last tag is reported where all text is: a call of its own, met only
    // at a part's end, was another place where compiled code was thrown away
    let lt = nextLt(data, at);
    if (lt < 0) lt = length;
    if (lt > at) handler.text(decodeText(data, at, lt));
    if (lt === length) return;
    const next = lt + 1 < length ? data[lt + 1] : -1;
    if (next === SLASH) at = closeTag(data, lt, open, handler);
    else if (next === QUESTION) at = after(data, "?>", lt);
    else if (next === BANG) at = markup(data, lt, handler);
    else at = openTag(data, lt, open, handler);
  }
}

const decodeText = (data: Uint8Array, from: number, to: number): string => decode(decodeUtf8(data, from, to));

/**
 * The offset of the next "<" at or after `at`, -1 when there is none. In a part Word wrote,
 * nearly every tag follows the last one directly (15,280 of 15,791 in the bench's report), and
 * each call of indexOf on bytes is a call into the runtime that cost more than reading the tag.
 */
const nextLt = (data: Uint8Array, at: number): number =>
  at < data.length && data[at] === LT ? at : data.indexOf(LT, at);

function openTag(data: Uint8Array, lt: number, open: string[], handler: XmlHandler): number {
  // the name is read and hashed in the same pass that finds the tag's end; a name running into
  // a quote or a "/" not before ">" takes the general path
  const length = data.length;
  let at = lt + 1;
  let hash = 0;
  let c = at < length ? data[at] : -1;
  while (c >= 0 && NAME_STOPS[c] === 0) {
    hash = (Math.imul(hash, 31) + c) | 0;
    c = ++at < length ? data[at] : -1;
  }
  let gt: number;
  if (c === GT) gt = at;
  else if (c === SLASH && at + 1 < length && data[at + 1] === GT) gt = at + 1;
  else if (isSpace(c)) gt = tagEnd(data, at);
  else return openTagInGeneral(data, lt, open, handler);
  if (at === lt + 1) throw corrupt("a tag without a name");
  const selfClosing = data[gt - 1] === SLASH;
  return opened(data, tagName(data, lt + 1, at, hash), at, gt, selfClosing, open, handler);
}

/** A start tag whose name holds a quote or a "/": its end found first, the name then read up to it. */
function openTagInGeneral(data: Uint8Array, lt: number, open: string[], handler: XmlHandler): number {
  const gt = tagEnd(data, lt);
  const selfClosing = data[gt - 1] === SLASH;
  const last = selfClosing ? gt - 1 : gt;
  let nameEnd = lt + 1;
  let hash = 0;
  for (let c = data[nameEnd]; nameEnd < last && !isSpace(c); c = data[++nameEnd])
    hash = (Math.imul(hash, 31) + c) | 0;
  if (nameEnd === lt + 1) throw corrupt("a tag without a name");
  return opened(data, tagName(data, lt + 1, nameEnd, hash), nameEnd, gt, selfClosing, open, handler);
}

/** Reports the element whose start tag names it `name` and ends at `gt`; the offset after what it crossed. */
function opened(
  data: Uint8Array,
  name: string,
  nameEnd: number,
  gt: number,
  selfClosing: boolean,
  open: string[],
  handler: XmlHandler,
): number {
  const last = selfClosing ? gt - 1 : gt;
  const skip = handler.open(name, nameEnd, last, selfClosing);
  if (selfClosing) {
    if (!skip) handler.close();
    return gt + 1;
  }
  if (skip) {
    let end: number;
    const close = crossContent(data, name, gt + 1);
    if (close >= 0) {
      // the usual end tag, "</name>", ends where its name does
      const closeGt = close + 2 + name.length;
      end = data[closeGt] === GT ? closeGt + 1 : after(data, ">", close);
    } else {
      let general: number;
      [general, end] = elementEnd(data, name, gt + 1);
      measure(data, gt + 1, general);
    }
    handler.crossed(crossedElements, crossedDepth);
    return end;
  }
  open.push(name);
  return gt + 1;
}

/**
 * The names met so far, by a hash of their bytes. A part uses a few dozen names thousands of
 * times each: a name met again is the string already made, not decoded afresh (and the maps it
 * is looked up in find its hash already computed). Only names of one byte a character are kept,
 * so a byte-by-byte comparison recognises them.
 */
const NAMES = new Map<number, string>();
/**
 * The attribute values read so far, kept as names are: most are a style's id, a number or a
 * merge ("continue"), each read many times.
 */
const VALUES = new Map<number, string>();
/** A hostile part can use any number of names and values: only the first ones are kept. */
const MAX_KEPT = 1024;

function tagName(data: Uint8Array, from: number, to: number, hash: number): string {
  return kept(NAMES, data, from, to, hash);
}

/** The text of the bytes from `from` to `to`, whose hash is `hash`: from `strings` if met before. */
function kept(
  strings: Map<number, string>,
  data: Uint8Array,
  from: number,
  to: number,
  hash: number,
): string {
  const known = strings.get(hash);
  if (known !== undefined && known.length === to - from && spelt(data, from, known)) return known;
  const text = decodeUtf8(data, from, to);
  if (known === undefined && text.length === to - from && strings.size < MAX_KEPT) strings.set(hash, text);
  return text;
}

/** Whether the bytes at `at` are `name`, a name of ASCII characters (and U+FFFD, which no byte is). */
function spelt(data: Uint8Array, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (data[at + i] !== name.charCodeAt(i)) return false;
  return true;
}

const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

const EQUALS = 0x3d;

/**
 * The attributes written between `from` and `to` (at ASCII bytes), values decoded: each is a
 * space, a name, "=" and a quoted value, spaces allowed around the "="; reading stops at the
 * first that is not. Read from the bytes, the names made once (as tag names are); markup with a
 * character beyond ASCII outside the values, which may be a space, is read from its text.
 */
export function readAttributes(data: Uint8Array, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let at = from;
  for (;;) {
    const nameFrom = skipSpaces(data, at, to);
    let c = nameFrom < to ? data[nameFrom] : -1;
    // no space before, or nothing after: the attributes end (unless a character beyond ASCII,
    // which may be a space such as U+3000, stands where one could)
    if (nameFrom === at || c < 0) return c >= 0x80 ? attributesOfText(data, from, to) : attrs;
    let nameEnd = nameFrom;
    let hash = 0;
    while (c >= 0 && c < 0x80 && !isSpaceInText(c) && c !== EQUALS && c !== SLASH && c !== GT) {
      hash = (Math.imul(hash, 31) + c) | 0;
      c = ++nameEnd < to ? data[nameEnd] : -1;
    }
    const equals = skipSpaces(data, nameEnd, to);
    const after = skipSpaces(data, equals + 1, to);
    const quote = after < to ? data[after] : -1;
    // likewise in or after the name, or after the "="
    if (c >= 0x80 || data[equals] >= 0x80 || (data[equals] === EQUALS && quote >= 0x80))
      return attributesOfText(data, from, to);
    if (nameEnd === nameFrom || equals >= to || data[equals] !== EQUALS) return attrs;
    if (quote !== QUOTE && quote !== APOSTROPHE) return attrs;
    let close = after + 1;
    let valueHash = 0;
    for (; close < to && data[close] !== quote; close++)
      valueHash = (Math.imul(valueHash, 31) + data[close]) | 0;
    if (close >= to) return attrs;
    attrs[tagName(data, nameFrom, nameEnd, hash)] = decode(kept(VALUES, data, after + 1, close, valueHash));
    at = close + 1;
  }
}

/** The offset of the first byte at or after `at` that is not a space (as `\s` reads ASCII). */
function skipSpaces(data: Uint8Array, at: number, to: number): number {
  while (at < to && isSpaceInText(data[at])) at++;
  return at;
}

/** What `\s` matches below U+0080: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpaceInText = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** readAttributes on the decoded text, for markup where a character beyond ASCII may be a space. */
function attributesOfText(data: Uint8Array, from: number, to: number): Record<string, string> {
  const text = decodeUtf8(data, from, to);
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) attrs[m[1]] = decode(m[2] ?? m[3]);
  return attrs;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isNameEnd = (c: number): boolean => c === GT || c === SLASH || isSpace(c);

function closeTag(data: Uint8Array, lt: number, open: string[], handler: XmlHandler): number {
  const innermost = open[open.length - 1];
  // the usual case, the innermost element's end, is read in one pass, without a copy of the name
  if (innermost !== undefined) {
    const gt = endTagOf(data, lt, innermost);
    if (gt >= 0) {
      open.pop();
      handler.close();
      return gt + 1;
    }
  }
  const gt = data.indexOf(GT, lt);
  if (gt < 0) throw corrupt("an unterminated end tag");
  const name = decodeUtf8(data, lt + 2, gt).trim();
  if (innermost === name) {
    open.pop();
    handler.close();
  } else if (open.includes(name)) {
    throw corrupt(`element ${open[open.length - 1]} is not closed before ${name} ends`);
  }
  return gt + 1;
}

/**
 * When the end tag at `lt` is `</name>` (ASCII spaces allowed before the `>`) for a name of
 * ASCII characters: the offset of its `>`. Otherwise -1, and the end tag is read in general.
 */
function endTagOf(data: Uint8Array, lt: number, name: string): number {
  let at = lt + 2;
  for (let i = 0; i < name.length; i++, at++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80 || data[at] !== code) return -1;
  }
  for (; at < data.length; at++) {
    const c = data[at];
    if (c === GT) return at;
    if (!isSpace(c)) return -1;
  }
  return -1;
}

/** Comments, CDATA sections (reported as text) and a document type declaration. */
function markup(data: Uint8Array, lt: number, handler: XmlHandler): number {
  if (startsWith(data, "<!--", lt)) return after(data, "-->", lt + 4);
  if (startsWith(data, "<![CDATA[", lt)) {
    const end = after(data, "]]>", lt + 9);
    handler.text(decodeUtf8(data, lt + 9, end - 3));
    return end;
  }
  const bracket = data.indexOf(BRACKET, lt);
  const gt = data.indexOf(GT, lt);
  return bracket >= 0 && bracket < gt ? after(data, "]>", bracket) : after(data, ">", lt);
}

/** Whether the ASCII `token` is written at `at`. */
function startsWith(data: Uint8Array, token: string, at: number): boolean {
  if (at + token.length > data.length) return false;
  for (let i = 0; i < token.length; i++) if (data[at + i] !== token.charCodeAt(i)) return false;
  return true;
}

/** The index of the `>` ending the tag at `lt` (or from a later offset in it, before any quote). */
function tagEnd(data: Uint8Array, lt: number): number {
  const gt = findTagEnd(data, lt);
  if (gt < 0) throw corrupt("an unterminated tag");
  return gt;
}

/** The bytes a tag's end is looked for at: ">" and the quotes, whose values may hold ">". */
const TAG_STOPS = new Uint8Array(256);
TAG_STOPS[GT] = TAG_STOPS[QUOTE] = TAG_STOPS[APOSTROPHE] = 1;

/** As tagEnd, but -1 when the tag is not terminated. */
function findTagEnd(data: Uint8Array, from: number): number {
  const length = data.length;
  let at = from;
  while (at < length) {
    const c = data[at];
    if (TAG_STOPS[c] === 0) at++;
    else if (c === GT) return at;
    else {
      // a value is short: stepped over here, not by a call of indexOf (see nextLt)
      at++;
      while (at < length && data[at] !== c) at++;
      if (at === length) return -1;
      at++;
    }
  }
  return -1;
}

/**
 * Crosses the content of an element named `name`: the offset of its end tag and the offset just
 * after it. Each search resumes where the last one of its kind stopped, so crossing is linear in
 * the content however the same name nests inside.
 */
function elementEnd(data: Uint8Array, name: string, from: number): [close: number, end: number] {
  let close = nameAt(data, name, true, from);
  if (close < 0) throw corrupt(`element ${name} is not closed`);
  // the usual case: nothing of the same name inside, so the first end tag is ours
  if (!holdsName(data, name, from, close)) return [close, after(data, ">", close)];
  let depth = 1;
  let at = from;
  let nested = nameAt(data, name, false, at);
  for (;;) {
    if (close < 0) throw corrupt(`element ${name} is not closed`);
    if (nested >= 0 && nested < close) {
      const gt = tagEnd(data, nested);
      if (data[gt - 1] !== SLASH) depth++;
      at = gt + 1;
      nested = nameAt(data, name, false, at);
    } else {
      if (--depth === 0) return [close, after(data, ">", close)];
      at = after(data, ">", close);
      if (nested >= 0 && nested < at) nested = nameAt(data, name, false, at);
    }
    if (close < at) close = nameAt(data, name, true, at);
  }
}

/** What the last crossing (crossContent or measure) found: the elements crossed and how deep they nest. */
let crossedElements = 0;
let crossedDepth = 0;

/**
 * Crosses the content of an element named `name` in one pass over its tags, counting them
 * (see measure): the offset of its end tag. That is the first `</name`, as elementEnd finds it,
 * when no `<name` comes before it and no "<" hides inside a tag stepped over, so that every "<"
 * is seen. Otherwise, or when the part ends first, -1: elementEnd and measure then decide.
 */
function crossContent(data: Uint8Array, name: string, from: number): number {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let lt = nextLt(data, from);
  while (lt >= 0) {
    const next = data[lt + 1];
    if (next === SLASH) {
      if (namedAt(data, name, lt + 2)) {
        crossedElements = elements;
        crossedDepth = deepest;
        return lt;
      }
      depth--;
    } else if (next !== BANG && next !== QUESTION) {
      if (namedAt(data, name, lt + 1)) return -1;
      elements++;
      const gt = tagEndBeforeLt(data, lt + 1);
      if (gt < 0) return -1;
      if (data[gt - 1] !== SLASH && ++depth > deepest) deepest = depth;
      lt = nextLt(data, gt + 1);
      continue;
    }
    lt = data.indexOf(LT, lt + 1);
  }
  return -1;
}

/** The bytes tagEndBeforeLt stops at: a tag's end, quotes, and "<". */
const CROSS_STOPS = new Uint8Array(256);
CROSS_STOPS[GT] = CROSS_STOPS[QUOTE] = CROSS_STOPS[APOSTROPHE] = CROSS_STOPS[LT] = 1;

/**
 * The index of the `>` ending the tag whose name starts at `from`, read in the same pass that
 * makes sure no "<" comes before it (in a quoted value or not); -1 when one does or the part ends.
 */
function tagEndBeforeLt(data: Uint8Array, from: number): number {
  const length = data.length;
  let quote = 0;
  for (let at = from; at < length; at++) {
    const c = data[at];
    if (CROSS_STOPS[c] === 0) continue;
    if (c === LT) return -1;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) return at;
    else quote = c;
  }
  return -1;
}

/**
 * Whether the whole name `name` is written at `at`, as the decoded text would say: an ASCII
 * name byte by byte; one with other characters by decoding what is there, since ill-formed bytes
 * of different values all read as U+FFFD.
 */
function namedAt(data: Uint8Array, name: string, at: number): boolean {
  const n = name.length;
  for (let i = 0; i < n; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80) {
      // no character takes more than 4 bytes, so the first n + 1 are decoded whole
      const text = decodeUtf8(data, at, Math.min(data.length, at + 4 * (n + 1)));
      return text.startsWith(name) && isNameEnd(text.charCodeAt(n));
    }
    if (data[at + i] !== code) return false;
  }
  return at + n < data.length && isNameEnd(data[at + n]);
}

/**
 * How many elements the bytes between `from` and `to` hold and how deep they nest (left in
 * crossedElements and crossedDepth): one pass over its tags. A "<" in a comment counts as a tag,
 * which can only make a part look bigger.
 */
function measure(data: Uint8Array, from: number, to: number): void {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (let lt = data.indexOf(LT, from); lt >= 0 && lt < to; lt = data.indexOf(LT, lt + 1)) {
    const next = data[lt + 1];
    if (next === SLASH) depth--;
    else if (next !== BANG && next !== QUESTION) {
      elements++;
      const gt = tagEnd(data, lt);
      if (data[gt - 1] !== SLASH && ++depth > deepest) deepest = depth;
      lt = gt;
    }
  }
  crossedElements = elements;
  crossedDepth = deepest;
}

/** Whether a `<name` (the whole name) starts between `from` and `to`. */
function holdsName(data: Uint8Array, name: string, from: number, to: number): boolean {
  for (let at = data.indexOf(LT, from); at >= 0 && at < to; at = data.indexOf(LT, at + 1)) {
    if (namedAt(data, name, at + 1)) return true;
  }
  return false;
}

/** The next `</name` (`closing`) or `<name` that is the whole name (not `<w:rPrChange` for `<w:rPr`). */
function nameAt(data: Uint8Array, name: string, closing: boolean, from: number): number {
  for (let at = data.indexOf(LT, from); at >= 0; at = data.indexOf(LT, at + 1)) {
    if (closing ? data[at + 1] === SLASH && namedAt(data, name, at + 2) : namedAt(data, name, at + 1))
      return at;
  }
  return -1;
}

/** The offset after the first ASCII `token` at or after `from`. */
function after(data: Uint8Array, token: string, from: number): number {
  const first = token.charCodeAt(0);
  for (let at = data.indexOf(first, from); at >= 0; at = data.indexOf(first, at + 1)) {
    if (startsWith(data, token, at)) return at + token.length;
  }
  throw corrupt(
    `an unterminated ${token === "-->" ? "comment" : token === "]]>" ? "CDATA section" : "declaration"}`,
  );
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes entity and character references; text without "&" is returned as it is. */
export function decode(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function corrupt(detail: string): DocxError {
  return new DocxError("corrupt", new Error(detail));
}
