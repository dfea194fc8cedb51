import { COUNT_UNITS, isNoneMark } from "./_lib/cell-marks";
import { toHalfWidth } from "./normalise";
import type { ColumnTemplate } from "../template";
import type { CellValue } from "./types";

// every unit a figure may carry: the units of counts ("17次", "3人次"), then those of money, longest first
const UNITS = [...COUNT_UNITS, "万元", "萬元", "元", "万", "萬"].join("|");
// A number, with thousands separators and a unit clerks sometimes type after it: 12件, 12（件）.
const NUMBER = new RegExp(
  String.raw`^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(${UNITS})|[(（](${UNITS})[)）])?$`,
);
/** Units of money: a count is never in them, an amount always. */
const MONEY = new Set(["万元", "萬元", "元", "万", "萬"]);
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
  if (text === "") return BLANK;
  const digits = text.length <= 9 ? digitsValue(text) : -1;
  if (digits >= 0) return numberValue(digits, undefined);
  // a mark for none in any of its forms: "—", "――", "－", "／", "x", "无", "暂无", "没有", "未发生"…
  if (text.length <= 12 && isNoneMark(text))
    return valueOfKind("placeholder", undefined, undefined, noneText(text));
  if (plainWords(text) || namesWords(text)) return textValue(text.trim());
  // "0 ", " 12": a figure with spaces around it, as many tables have
  const trimmed = text.trim();
  const spaced = trimmed.length <= 9 && trimmed !== "" ? digitsValue(trimmed) : -1;
  if (spaced >= 0) return numberValue(spaced, undefined);
  const compact = toHalfWidth(text)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, "")
    .replace(/[−﹣]/g, "-")
    // a dash before a figure is its minus sign (text copied from PDFs turns "-3" into "–3" or "—3")
    .replace(/^[–—](?=\d)/, "-");
  if (compact === "") return BLANK;
  // a label: no digit, so neither two figures nor a number (most cells that are not figures)
  if (!/\d/.test(compact) && compact !== "零" && compact !== "〇") return textValue(text.trim());
  if (TWO_FIGURES.test(toHalfWidth(text))) return textValue(text.trim());
  if (compact === "零" || compact === "〇") return numberValue(0, undefined);
  const match = NUMBER.exec(compact);
  if (!match || match[2].replace(/,/g, "").replace(/^0+(?=\d)/, "").length > MAX_DIGITS)
    return textValue(text.trim());
  const value = Number(match[1] + match[2].replace(/,/g, "") + (match[3] ?? ""));
  const unit = match[4] ?? match[5];
  return numberValue(Object.is(value, -0) ? 0 : value, unit || undefined);
}

/**
 * Every cell value is built here, with the same four fields in the same order: the functions
 * that read values (binding, the cell and sum rules) then see one hidden class and stay fast,
 * where five shapes made them megamorphic. A field a kind lacks is undefined, which
 * JSON.stringify leaves out as it did the absent field.
 */
function valueOfKind(
  kind: CellValue["kind"],
  value: number | undefined,
  unit: string | undefined,
  text: string | undefined,
): CellValue {
  return { kind, value, unit, text } as CellValue;
}

const numberValue = (value: number, unit: string | undefined): CellValue =>
  valueOfKind("number", value, unit, undefined);
const textValue = (text: string): CellValue => valueOfKind("text", undefined, undefined, text);
/** The value of every blank cell, built as the module loads: before any figure, so the shape starts with general fields. */
const BLANK = valueOfKind("blank", undefined, undefined, undefined);

/** The value of a text of ASCII digits only (most value cells), read as it is tested; else -1. */
function digitsValue(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * True for a label at a glance: no digit of either width, and more than three characters that
 * are surely not spaces, so it can be neither a figure nor 零 (marks for none are read before).
 * Spares most label cells the normalising below.
 */
function plainWords(text: string): boolean {
  let solid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return false;
    if (!maybeSpace(c)) solid++;
  }
  return solid > 3;
}

/**
 * True when the text has a Chinese character that is neither a unit a figure may carry, nor
 * 零 or 〇 (marks for none are read before): no number can read it, whatever its digits
 * ("7.属于行政执法案卷"). Spares those labels the normalising below.
 */
function namesWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !FIGURE_CHARACTERS.includes(text[i])) return true;
  }
  return false;
}

/** The Chinese characters NUMBER and 零 may hold, taken from them so they cannot drift apart. */
const FIGURE_CHARACTERS = [...new Set([...NUMBER.source, "零"].join(""))]
  .filter((c) => c >= "\u4e00" && c <= "\u9fff")
  .join("");

/** Every code unit the spaces removed above may be (\s, no-break, zero-width, BOM), and some more. */
const maybeSpace = (c: number): boolean =>
  c <= 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0x1680 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;

/** True when the text reads as a number, blank or placeholder: what a value cell may hold. */
export function looksLikeValue(text: string): boolean {
  return parseCellValue(text).kind !== "text";
}

/**
 * A cell's value in its column's unit. In a column stated in 万元, a figure in 元 is divided by
 * 10,000 (its unit stays 元, to say so) and 万 is 万元. A unit that is not the column's (万元 in a
 * count of applications, 件 in an amount) leaves the figure unread, as text: which figure was
 * meant is not for the checker to guess.
 */
export function inColumnUnit(
  value: CellValue,
  column: Pick<ColumnTemplate, "kind" | "unit">,
  text: string,
): CellValue {
  if (value.kind !== "number" || !value.unit) return value;
  if (unitOutOfColumn(value, column)) return textValue(text.trim());
  if (column.unit === "万元" && value.unit === "元")
    return numberValue(Number((value.value / 10000).toPrecision(15)), value.unit);
  return value;
}

/** True when a figure's unit is not its column's (see `inColumnUnit`). */
export function unitOutOfColumn(value: CellValue, column: Pick<ColumnTemplate, "kind">): boolean {
  return value.kind === "number" && !!value.unit && MONEY.has(value.unit) !== (column.kind === "amount");
}

/** A mark for none as the placeholder keeps it: half-width, without spaces, a minus sign as "-". */
function noneText(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, "")
    .replace(/[−﹣]/g, "-");
}
