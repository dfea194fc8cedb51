import { loadOpenCC } from "./_lib/load-opencc";
import { TRADITIONAL_CHARS } from "./_lib/traditional-chars";

/** A traditional to simplified conversion: OpenCC's t → cn. */
export type Simplify = (text: string) => string;

let simplify: Simplify | undefined;
let marked: Uint8Array | undefined;

/**
 * Hands the engine its converter. The browser pages load OpenCC as a chunk of its own and give it
 * here; Node needs no call (the engine requires OpenCC itself, when it first needs it).
 */
export function provideSimplifier(convert: Simplify): void {
  simplify = convert;
}

/** Whether the converter is at hand: given, or already loaded. */
export function simplifierReady(): boolean {
  return simplify !== undefined;
}

/** A mark, by UTF-16 code unit, on every character OpenCC converts on its own. */
function traditionalMarks(): Uint8Array {
  const marks = new Uint8Array(0x10000);
  for (let i = 0; i < TRADITIONAL_CHARS.length; i++) marks[TRADITIONAL_CHARS.charCodeAt(i)] = 1;
  return marks;
}

/** Whether the text has a character OpenCC would change. */
export function hasTraditional(text: string): boolean {
  const marks = (marked ??= traditionalMarks());
  for (let i = 0; i < text.length; i++) if (marks[text.charCodeAt(i)]) return true;
  return false;
}

/** Whether any string in a snapshot, options or message has a character OpenCC would change. */
export function containsTraditional(value: unknown): boolean {
  if (typeof value === "string") return hasTraditional(value);
  if (typeof value !== "object" || value === null) return false;
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (containsTraditional(item)) return true;
  return false;
}

/**
 * Traditional to simplified Chinese (OpenCC's t → cn tables). Most text is simplified already:
 * the list of characters OpenCC changes spares the conversion, and OpenCC itself is loaded only
 * when such a character appears. Without a converter (a browser page that did not load it: only
 * a check loads it) the text stays as it is; a traditional label then matches less, nothing fails.
 */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const convert = (simplify ??= loadOpenCC());
  return convert ? convert(text) : text;
}
