import { DocxError } from "../../../src/docx/errors";
// the name searches are the writer's (unchanged since this copy was frozen)
import { holdsName, nameAt, tagsOf } from "../../../src/docx/write/element-end";

/** What the scanner reports, in document order. */
export interface XmlHandler {
  /**
   * An element starts; its attributes are the text `xml.slice(from, to)`, read with
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
  /**
   * Scanning in pieces: the element just opened (`open` returned true to skip it) is given back,
   * because its end lies beyond the text scanned so far; it is opened again with more text.
   */
  retract?(): void;
  /** Scanning in pieces: from now on offsets are in this text. */
  window?(xml: string): void;
}

const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * Scans a well-formed XML part and reports its elements and text. Written for speed on the
 * parts of a .docx, where most of the markup is formatting nobody reads: `indexOf` finds each
 * tag, attributes are parsed only on tags that have them, and a skipped subtree is crossed by
 * searching for its end tag. Throws DocxError "corrupt" on what is not well-formed: an
 * unterminated tag, comment or section, an element closed by another element's end tag, or an
 * element still open at the end. An end tag that closes nothing is ignored.
 * Entities (the five named ones and numeric references) are decoded in text and attributes.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const open: string[] = [];
  scanWindow(xml, open, handler);
  if (open.length > 0) throw corrupt(`element ${open[open.length - 1]} is not closed`);
}

/**
 * Scans a part given as a sequence of pieces of text (`next` returns undefined after the last),
 * reporting exactly what scanXml reports for their concatenation. V8 gives every string over
 * about 128 KB freshly mapped memory, which costs more than decoding it: a part decoded and
 * scanned some 40 KB at a time never makes one. Each piece is scanned up to the last construct
 * it completes; the rest is carried into the next window, which is grown until it holds at least
 * as much new text as it carries, so a construct spanning many pieces is rescanned only a
 * logarithmic number of times and the whole stays linear.
 */
export function scanXmlPieces(next: () => string | undefined, handler: XmlHandler): void {
  const open: string[] = [];
  let window = next() ?? "";
  let coming = next();
  for (;;) {
    handler.window?.(window);
    if (coming === undefined) {
      scanWindow(window, open, handler);
      break;
    }
    let carried = window.slice(partialScan(window, open, handler));
    let added = 0;
    do {
      carried += coming;
      added += coming.length;
      coming = next();
    } while (coming !== undefined && added < carried.length - added);
    window = carried;
  }
  if (open.length > 0) throw corrupt(`element ${open[open.length - 1]} is not closed`);
}

/**
 * Thrown, while a window that is not the last is scanned, where scanXml would call the part
 * unterminated: the construct may end in the text still to come.
 */
const INCOMPLETE = new Error("the construct continues in the next piece");
let partial = false;

/** Scans a window that is not the last: the offset of the first construct it does not complete. */
function partialScan(xml: string, open: string[], handler: XmlHandler): number {
  partial = true;
  try {
    return scanWindow(xml, open, handler);
  } finally {
    partial = false;
  }
}

/** Scans from the start of `xml`: its length, or (in a partial scan) where it stopped. */
function scanWindow(xml: string, open: string[], handler: XmlHandler): number {
  let at = 0;
  try {
    while (at < xml.length) {
      const lt = xml.indexOf("<", at);
      // a partial scan leaves a text's end and the first characters of a tag to the next window
      if (lt < 0 || (partial && lt + 16 > xml.length)) {
        if (lt < 0 && partial) return at;
        if (partial) {
          if (lt > at) handler.text(decode(xml.slice(at, lt)));
          return lt;
        }
        handler.text(decode(xml.slice(at)));
        break;
      }
      if (lt > at) handler.text(decode(xml.slice(at, lt)));
      at = lt;
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) at = closeTag(xml, lt, open, handler);
      else if (next === QUESTION) at = after(xml, "?>", lt);
      else if (next === BANG) at = markup(xml, lt, handler);
      else at = openTag(xml, lt, open, handler);
    }
  } catch (error) {
    if (error !== INCOMPLETE) throw error;
  }
  return Math.min(at, xml.length);
}

function openTag(xml: string, lt: number, open: string[], handler: XmlHandler): number {
  // the name is read and hashed in the same pass that finds the tag's end; a name running into
  // a quote or a "/" not before ">" takes the general path
  let at = lt + 1;
  let hash = 0;
  let c = xml.charCodeAt(at);
  while (c !== GT && c !== SLASH && c !== QUOTE && c !== APOSTROPHE && !isSpace(c) && c === c) {
    hash = (Math.imul(hash, 31) + c) | 0;
    c = xml.charCodeAt(++at);
  }
  let gt: number;
  if (c === GT) gt = at;
  else if (c === SLASH && xml.charCodeAt(at + 1) === GT) gt = at + 1;
  else if (isSpace(c)) gt = tagEnd(xml, at);
  else return openTagInGeneral(xml, lt, open, handler);
  if (at === lt + 1) throw corrupt("a tag without a name");
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  return opened(xml, tagName(xml, lt + 1, at, hash), at, gt, selfClosing, open, handler);
}

/** A start tag whose name holds a quote or a "/": its end found first, the name then read up to it. */
function openTagInGeneral(xml: string, lt: number, open: string[], handler: XmlHandler): number {
  const gt = tagEnd(xml, lt);
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  const last = selfClosing ? gt - 1 : gt;
  let nameEnd = lt + 1;
  let hash = 0;
  for (let c = xml.charCodeAt(nameEnd); nameEnd < last && !isSpace(c); c = xml.charCodeAt(++nameEnd))
    hash = (Math.imul(hash, 31) + c) | 0;
  if (nameEnd === lt + 1) throw corrupt("a tag without a name");
  return opened(xml, tagName(xml, lt + 1, nameEnd, hash), nameEnd, gt, selfClosing, open, handler);
}

/** Reports the element whose start tag names it `name` and ends at `gt`; the offset after what it crossed. */
function opened(
  xml: string,
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
    try {
      const close = crossContent(xml, name, gt + 1);
      if (close >= 0) {
        end = after(xml, ">", close);
      } else {
        let general: number;
        [general, end] = elementEnd(xml, name, gt + 1);
        measure(xml, gt + 1, general);
      }
    } catch (error) {
      if (error === INCOMPLETE) handler.retract?.();
      throw error;
    }
    handler.crossed(crossedElements, crossedDepth);
    return end;
  }
  open.push(name);
  return gt + 1;
}

/**
 * The names met so far, by a hash of their characters. A part uses a few dozen names thousands of
 * times each: a name met again is the string already made, not a fresh copy out of the text (and
 * the maps it is looked up in find its hash already computed).
 */
const NAMES = new Map<number, string>();
/** A hostile part can use any number of names: only the first ones are kept. */
const MAX_NAMES = 1024;

function tagName(xml: string, from: number, to: number, hash: number): string {
  const known = NAMES.get(hash);
  if (known !== undefined && known.length === to - from && xml.startsWith(known, from)) return known;
  const name = xml.slice(from, to);
  if (known === undefined && NAMES.size < MAX_NAMES) NAMES.set(hash, name);
  return name;
}

/** The attributes written between `from` and `to`, values decoded. */
export function readAttributes(xml: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = from;
  for (let m = ATTRIBUTE.exec(xml); m && ATTRIBUTE.lastIndex <= to; m = ATTRIBUTE.exec(xml))
    attrs[m[1]] = decode(m[2] ?? m[3]);
  return attrs;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isNameEnd = (c: number): boolean => c === GT || c === SLASH || isSpace(c);

function closeTag(xml: string, lt: number, open: string[], handler: XmlHandler): number {
  const gt = xml.indexOf(">", lt);
  if (gt < 0) throw unterminated("an unterminated end tag");
  const innermost = open[open.length - 1];
  // the usual case, the innermost element's end, is recognised in place, without a copy of the name
  if (innermost !== undefined && endTagNames(xml, lt, gt, innermost)) {
    open.pop();
    handler.close();
    return gt + 1;
  }
  const name = xml.slice(lt + 2, gt).trim();
  if (innermost === name) {
    open.pop();
    handler.close();
  } else if (open.includes(name)) {
    throw corrupt(`element ${open[open.length - 1]} is not closed before ${name} ends`);
  }
  return gt + 1;
}

/** Whether the end tag from `lt` to `gt` is `</name>`, spaces allowed before the `>`. */
function endTagNames(xml: string, lt: number, gt: number, name: string): boolean {
  if (!xml.startsWith(name, lt + 2)) return false;
  for (let at = lt + 2 + name.length; at < gt; at++) if (!isSpace(xml.charCodeAt(at))) return false;
  return true;
}

/** Comments, CDATA sections (reported as text) and a document type declaration. */
function markup(xml: string, lt: number, handler: XmlHandler): number {
  if (xml.startsWith("<!--", lt)) return after(xml, "-->", lt + 4);
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = after(xml, "]]>", lt + 9);
    handler.text(xml.slice(lt + 9, end - 3));
    return end;
  }
  const bracket = xml.indexOf("[", lt);
  const gt = xml.indexOf(">", lt);
  return bracket >= 0 && bracket < gt ? after(xml, "]>", bracket) : after(xml, ">", lt);
}

// a tag up to its ">", quoted attribute values (which may hold ">") stepped over
const TAG = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

/** The index of the `>` ending the tag at `lt` (or from a later offset in it, before any quote). */
function tagEnd(xml: string, lt: number): number {
  TAG.lastIndex = lt;
  if (!TAG.test(xml)) throw unterminated("an unterminated tag");
  return TAG.lastIndex - 1;
}

/**
 * Crosses the content of an element named `name`: the offset of its end tag and the offset just
 * after it. Each search resumes where the last one of its kind stopped, so crossing is linear in
 * the content however the same name nests inside.
 */
export function elementEnd(xml: string, name: string, from: number): [close: number, end: number] {
  const { start, end } = tagsOf(name);
  let close = nameAt(xml, end, from);
  if (close < 0) throw unterminated(`element ${name} is not closed`);
  // the usual case: nothing of the same name inside, so the first end tag is ours; looking
  // back from it finds our own start tag at once
  if (!holdsName(xml, start, from, close)) return [close, after(xml, ">", close)];
  let depth = 1;
  let at = from;
  let nested = nameAt(xml, start, at);
  for (;;) {
    if (close < 0) throw unterminated(`element ${name} is not closed`);
    if (nested >= 0 && nested < close) {
      const gt = tagEnd(xml, nested);
      if (xml.charCodeAt(gt - 1) !== SLASH) depth++;
      at = gt + 1;
      nested = nameAt(xml, start, at);
    } else {
      if (--depth === 0) return [close, after(xml, ">", close)];
      at = after(xml, ">", close);
      if (nested >= 0 && nested < at) nested = nameAt(xml, start, at);
    }
    if (close < at) close = nameAt(xml, end, at);
  }
}

/** What the last crossing (crossContent or measure) found: the elements crossed and how deep they nest. */
let crossedElements = 0;
let crossedDepth = 0;

/**
 * Crosses the content of an element named `name` in one pass over its tags, counting them
 * (see measure): the offset of its end tag. That is the first `</name`, as elementEnd finds it,
 * when no `<name` comes before it and no "<" hides inside a tag stepped over, so that every "<"
 * is seen. Otherwise, or when the text ends first, -1: elementEnd and measure then decide.
 */
function crossContent(xml: string, name: string, from: number): number {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let lt = xml.indexOf("<", from);
  while (lt >= 0) {
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      if (namedAt(xml, name, lt + 2)) {
        crossedElements = elements;
        crossedDepth = deepest;
        return lt;
      }
      depth--;
    } else if (next !== BANG && next !== QUESTION) {
      if (namedAt(xml, name, lt + 1)) return -1;
      elements++;
      TAG.lastIndex = lt;
      if (!TAG.test(xml)) return -1;
      const gt = TAG.lastIndex - 1;
      if (xml.charCodeAt(gt - 1) !== SLASH && ++depth > deepest) deepest = depth;
      const following = xml.indexOf("<", lt + 1);
      if (following >= 0 && following < gt) return -1;
      lt = following;
      continue;
    }
    lt = xml.indexOf("<", lt + 1);
  }
  return -1;
}

/** Whether the whole name `name` is written at `at`. */
const namedAt = (xml: string, name: string, at: number): boolean =>
  xml.startsWith(name, at) && isNameEnd(xml.charCodeAt(at + name.length));

/**
 * How many elements the text between `from` and `to` holds and how deep they nest (left in
 * crossedElements and crossedDepth): one pass over its tags. A "<" in a comment counts as a tag,
 * which can only make a part look bigger.
 */
function measure(xml: string, from: number, to: number): void {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < to; lt = xml.indexOf("<", lt + 1)) {
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) depth--;
    else if (next !== BANG && next !== QUESTION) {
      elements++;
      const gt = tagEnd(xml, lt);
      if (xml.charCodeAt(gt - 1) !== SLASH && ++depth > deepest) deepest = depth;
      lt = gt;
    }
  }
  crossedElements = elements;
  crossedDepth = deepest;
}

function after(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  if (at < 0)
    throw unterminated(
      `an unterminated ${token === "-->" ? "comment" : token === "]]>" ? "CDATA section" : "declaration"}`,
    );
  return at + token.length;
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

/** What ends the text too early: corrupt, unless more text is still to come. */
function unterminated(detail: string): Error {
  return partial ? INCOMPLETE : corrupt(detail);
}
