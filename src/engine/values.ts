import { toHalfWidth } from "./normalise";
import type { CellValue } from "./types";

/** Marks clerks put in a cell to mean "none" or "not applicable". */
const PLACEHOLDERS = new Set([
  "/",
  "\\",
  "-",
  "--",
  "—",
  "——",
  "–",
  "－",
  "—-",
  "无",
  "無",
  "空",
  "n/a",
  "×",
]);

// A number, with thousands separators and a unit clerks sometimes type after it: 12件, 12（件）.
const NUMBER =
  /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(件|个|項|项|条|個|條|起|万元|萬元|元)|[(（](件|个|項|项|条|個|條|起|万元|萬元|元)[)）])?$/;
// two figures in one cell, apart by a space, tab, line break or paragraph: never one number
const TWO_FIGURES = /\d[\s\u00a0\u3000]+[+-]?\d/;

/**
 * No count in a report has more digits than this. A longer number is not read as one: a double
 * holds it only approximately (a figure of hundreds of digits would even become Infinity), and
 * sums of numbers this size stay exact.
 */
export const MAX_DIGITS = 13;

/**
 * Reads a value cell's text. Full-width digits, spaces and line breaks are tolerated; a blank
 * or a placeholder is never read as zero; a number of more than MAX_DIGITS digits is text.
 * @example parseCellValue(" １２ ") //=> { kind: "number", value: 12 }
 * @example parseCellValue("/") //=> { kind: "placeholder", text: "/" }
 */
export function parseCellValue(text: string): CellValue {
  if (/^\d{1,9}$/.test(text)) return { kind: "number", value: Number(text) };
  const compact = toHalfWidth(text)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, "")
    .replace(/[−﹣]/g, "-");
  if (compact === "") return { kind: "blank" };
  if (TWO_FIGURES.test(toHalfWidth(text))) return { kind: "text", text: text.trim() };
  if (PLACEHOLDERS.has(compact.toLowerCase())) return { kind: "placeholder", text: compact };
  if (compact === "零" || compact === "〇") return { kind: "number", value: 0 };
  const match = NUMBER.exec(compact);
  if (!match || match[2].replace(/,/g, "").replace(/^0+(?=\d)/, "").length > MAX_DIGITS)
    return { kind: "text", text: text.trim() };
  const value = Number(match[1] + match[2].replace(/,/g, "") + (match[3] ?? ""));
  const unit = match[4] ?? match[5];
  return { kind: "number", value: Object.is(value, -0) ? 0 : value, ...(unit ? { unit } : {}) };
}

/** True when the text reads as a number, blank or placeholder: what a value cell may hold. */
export function looksLikeValue(text: string): boolean {
  return parseCellValue(text).kind !== "text";
}
