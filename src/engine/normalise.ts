import { toSimplified } from "./simplifier";

export { toSimplified };

// Conversion tools leave pinyin after characters they could not map: 領(lǐng)導(dǎo) (seed 001).
const PINYIN_GLOSS =
  /([\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*)[)）]/gi;

/** Removes pinyin glosses such as the "(lǐng)" in 領(lǐng)导. */
export function stripPinyinGlosses(text: string): string {
  return /[(（]/.test(text) ? text.replace(PINYIN_GLOSS, "$1") : text;
}

/** Full-width ASCII forms (０-９, Ａ, （, ：…) and the ideographic space to their ASCII forms. */
export function toHalfWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Paragraph text as the engine compares it: simplified, half-width, no glosses, spaces collapsed. */
export function normaliseText(text: string): string {
  return normaliseSimplified(toSimplified(stripPinyinGlosses(text)));
}

/** The rest of `normaliseText`, for text already simplified and without glosses. */
export function normaliseSimplified(simplified: string): string {
  return toHalfWidth(simplified).replace(SPACES, " ").trim();
}

const VARIANT_CHARACTERS: Readonly<Record<string, string>> = { 其它: "其他", 帐: "账" };
const VARIANT_PATTERN = new RegExp(Object.keys(VARIANT_CHARACTERS).join("|"), "g");

/**
 * A label reduced to what identifies it: simplified characters, no spaces, line breaks,
 * punctuation, quotes or brackets. "（三）不予公开" and "(三) 不予 公开" give the same key.
 */
export function labelKey(text: string): string {
  // most value cells are plain digits: nothing to normalise
  if (onlyDigits(text)) return text;
  if (/^[\s\d]*$/.test(text)) return text.replace(/\s+/g, "");
  let key = recentKeys.get(text);
  if (key === undefined) {
    key = lettersAndDigits(normaliseText(text).toLowerCase()).replace(
      VARIANT_PATTERN,
      (ch) => VARIANT_CHARACTERS[ch],
    );
    // reports repeat the same labels, document after document; bounded, so a batch stays small
    if (recentKeys.size >= 20000) recentKeys.clear();
    recentKeys.set(text, key);
  }
  return key;
}

const recentKeys = new Map<string, string>();

/** True for "" and ASCII digits only: a char test, cheaper than a pattern on every value cell. */
function onlyDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The text without the characters that are neither letters nor digits (Unicode's L and N), as
 * `text.replace(/[^\p{L}\p{N}]+/gu, "")` gives it: Han characters and ASCII are told at a glance,
 * the rest by the pattern, one character at a time. The pattern over a whole line cost more than
 * the rest of its key, and every paragraph's start is keyed once, as a possible heading.
 */
export function lettersAndDigits(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let width = 1;
    let keep: boolean;
    if (c < 0x80) keep = ASCII_LETTER_OR_DIGIT[c] === 1;
    else if (c >= 0x4e00 && c <= 0x9fff) keep = true;
    else {
      const character = String.fromCodePoint(text.codePointAt(i)!);
      width = character.length;
      keep = LETTER_OR_DIGIT.test(character);
    }
    if (!keep) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width;
  }
  return from === 0 ? text : out + text.slice(from);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// a table, not a test of the letters' range: keys hold digits far more often than letters, and a
// test TurboFan had not seen run would throw the compiled scan away at the first letter
const ASCII_LETTER_OR_DIGIT = Uint8Array.from({ length: 0x80 }, (_, c) =>
  /[0-9A-Za-z]/.test(String.fromCharCode(c)) ? 1 : 0,
);
