import { DIGITS } from "../_lib/chinese-numerals";

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A count as reports write it: "23", "1,234", or Chinese "二十三", "一百三十", "两". */
export const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千万]+)`;

/**
 * Reads a number written in Chinese characters, "五" → 5, "二十三" → 23, "一百三十" → 130,
 * "一百零五" → 105, "一万二千" → 12000; null for anything that is not a well-formed number
 * (digits run together such as "一二", or units out of order).
 */
export function chineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      // "一二" is not a number; "一百零五" is
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit) return null;
      section += (digit ?? (section === 0 && unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(section)) return null;
      lastUnit = unit;
      digit = null;
    } else if (ch === "万") {
      if (total) return null;
      total = (section + (digit ?? 0)) * 10000;
      if (total === 0) return null;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** A number matched by `NUMBER`: Arabic digits (with thousands separators) or Chinese. */
export function readNumber(text: string): number | null {
  if (/^[\d,]+$/.test(text)) {
    // hundreds of digits are no count (and would read as Infinity)
    const value = Number(text.replace(/,/g, ""));
    return Number.isSafeInteger(value) ? value : null;
  }
  return chineseNumber(text);
}
