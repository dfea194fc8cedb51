import { Converter } from "opencc-js/t2cn";

type Convert = (text: string) => string;
let t2s: Convert | undefined;

/** Traditional to simplified Chinese (OpenCC's t → cn tables), built on first use. */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  const convert = (t2s ??= Converter({ from: "t", to: "cn" }));
  return convert(text);
}

// Conversion tools leave pinyin after characters they could not map: 領(lǐng)導(dǎo) (seed 001).
const PINYIN_GLOSS = /([\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*)[)）]/gi;

/** Removes pinyin glosses such as the "(lǐng)" in 領(lǐng)导. */
export function stripPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, "$1");
}

/** Full-width ASCII forms (０-９, Ａ, （, ：…) and the ideographic space to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Paragraph text as the engine compares it: simplified, half-width, no glosses, spaces collapsed. */
export function normaliseText(text: string): string {
  return toHalfWidth(toSimplified(stripPinyinGlosses(text))).replace(SPACES, " ").trim();
}

const VARIANT_CHARACTERS: Readonly<Record<string, string>> = { 其它: "其他", 帐: "账" };

/**
 * A label reduced to what identifies it: simplified characters, no spaces, line breaks,
 * punctuation, quotes or brackets. "（三）不予公开" and "(三) 不予 公开" give the same key.
 */
export function labelKey(text: string): string {
  let key = normaliseText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
  for (const [from, to] of Object.entries(VARIANT_CHARACTERS)) key = key.split(from).join(to);
  return key;
}
