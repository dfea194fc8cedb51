import { toHalfWidth } from "../normalise";

/**
 * What clerks write in a value cell besides a bare figure, as one vocabulary: the marks for
 * "none" (spec §2: "/", "-", "—", "无"), the units a count may carry ("17次"), and a template's
 * masks never filled in ("XX", "××"). Every form of one meaning is read alike: "――" as "——",
 * "暂无" as "无", "17次" as "214个".
 */

/**
 * Characters typed as a dash: hyphens (U+2010, U+2011), the figure dash, en dash, em dash and
 * horizontal bar (U+2012–U+2015), the minus sign (U+2212), box-drawing lines (U+2500, U+2501),
 * the katakana long mark (U+30FC), the small and full-width hyphen-minus (U+FE58, U+FE63, U+FF0D)
 * and the two- and three-em dashes (U+2E3A, U+2E3B).
 */
const DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2500\u2501\u30fc\ufe58\ufe63\uff0d\u2e3a\u2e3b";
const DASH_RUN = new RegExp(`^[${DASHES.replace("-", "\\-")}]{1,6}$`);
/** Slashes: solidus, reverse solidus, division slash, fraction slash (full-width forms are made half-width first). */
const SLASH_RUN = /^[/\\\u2215\u2044]{1,3}$/;

/** Words a clerk writes for "none", in simplified and traditional characters. */
export const NONE_WORDS: ReadonlySet<string> = new Set([
  "无",
  "無",
  "空",
  "暂无",
  "暫無",
  "没有",
  "沒有",
  "未发生",
  "未發生",
  "暂未发生",
  "暫未發生",
  "无发生",
  "無發生",
  "不涉及",
  "未涉及",
  "无此项",
  "無此項",
  "无此项目",
  "无此情况",
  "无此情形",
  "无数据",
  "無數據",
  "n/a",
  // a cross: "×", or the letter typed for it
  "×",
  "x",
]);

/** The first characters of the none-words, as character codes. */
const NONE_STARTS: ReadonlySet<number> = new Set([...NONE_WORDS].map((w) => w.charCodeAt(0)));

/** Units a count may carry in its cell, longest first: "17次", "214个", "3人次", "2（件）". */
export const COUNT_UNITS = [
  "人次",
  "件",
  "个",
  "個",
  "次",
  "条",
  "條",
  "项",
  "項",
  "起",
  "宗",
  "例",
  "份",
  "篇",
  "家",
  "户",
  "戶",
  "人",
  "名",
] as const;

const UNIT = COUNT_UNITS.join("|");
// "XX", "××", "XXX件", "____": a mask the template put where a figure belongs
const MASK = new RegExp(String.raw`^(?:[Xx×]{2,}|_{2,}|[Xx×]+(?=${UNIT}|元|万元))(?:${UNIT}|元|万元)?$`);

/** A cell's text as these marks are compared: half-width, without spaces or a closing full stop. */
export function compactCell(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, "")
    .replace(/[。.]$/, "")
    .toLowerCase();
}

/**
 * True when a cell's text means "none": a run of dash-like characters ("—", "――", "－", "─",
 * "ー"), a slash ("/", "／", "\"), a cross ("×", "x") or a none-word ("无", "暂无", "没有",
 * "未发生"…).
 * @example isNoneMark("――") //=> true
 * @example isNoneMark("0") //=> false
 */
export function isNoneMark(text: string): boolean {
  // most short cells are labels ("自然人", "总计"): a Chinese character no none-word starts with
  const first = text.trimStart().charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !NONE_STARTS.has(first)) return false;
  const compact = compactCell(text);
  return compact !== "" && (DASH_RUN.test(compact) || SLASH_RUN.test(compact) || NONE_WORDS.has(compact));
}

/**
 * True when a cell holds a template's mask where a figure belongs: "XX", "××", "XXX件", "____".
 * A single "×" or "x" is a cross for "none" (`isNoneMark`), not a mask.
 * @example isTemplateMask("××") //=> true
 */
export function isTemplateMask(text: string): boolean {
  return MASK.test(compactCell(text));
}
