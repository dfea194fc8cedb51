import { chineseYear } from "./_lib/chinese-numerals";
import { holdsYear, yearPlaces } from "./narrative/own-year";
import { normaliseText, toHalfWidth } from "./normalise";
import type { DocumentSnapshot } from "./types";

const YEAR = String.raw`((?:19|20)\d{2}|[零〇○一二三四五六七八九]{4})\s*年`;
// "2022年政府信息公开工作年度报告", "…2022年度政府信息公开工作报告"
const TITLE = new RegExp(`${YEAR}度?[^。，,]{0,40}?信息公开[^。，,]{0,6}报告`);
// "统计期限为2022年1月1日至2022年12月31日"
const PERIOD = new RegExp(`${YEAR}\\s*1\\s*月\\s*1\\s*日\\s*(?:至|到|-|—)`);
const DATE = new RegExp(`${YEAR}\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`);

/**
 * The text as compared here, without spaces: a title set with spaced-out characters, or turned
 * from a PDF into "2 0 2 3 年 政 府 信 息 …", still names its year.
 */
const compact = (text: string): string => normaliseText(text).replace(/ /g, "");

function toYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : chineseYear(text);
}

/**
 * How much each kind of evidence weighs when the title's year is contradicted. The statistics
 * period is the strongest: it is the one place that states the year the figures cover.
 */
const WEIGHT = { title: 1, period: 1.5, signature: 1, text: 1 } as const;

/**
 * The year a report covers: the title's, when nothing contradicts it; else the statistics
 * period's, else the year before the signature date. When the title's year disagrees with the
 * period (or, without a period, with the signature date), the evidence is weighed: the title,
 * the period (strongest), the signature date and the year the body most often names as its own
 * ("2023年，本机关…") each vote, and the year with the most weight is the report's. A title
 * typed with last year's number then no longer moves the whole report a year back. Null when
 * no year is written.
 * @example findYear(snapshot with title "…2022年…年度报告", period 2023, body "2023年，…") //=> 2023
 */
export function findYear(snapshot: DocumentSnapshot, firstSectionBlock: number | undefined): number | null {
  const paragraphs = snapshot.blocks.flatMap((b, i) => (b.kind === "paragraph" ? [{ i, raw: b.text }] : []));
  // a title may run over two paragraphs ("2022年某镇人民政府" / "信息公开工作年度报告")
  const openingEnd = Math.max(firstSectionBlock ?? 8, 3);
  const opening = compact(
    paragraphs
      .filter((p) => p.i < openingEnd)
      .map((p) => p.raw)
      .join(""),
  );
  const titled = TITLE.exec(opening);
  const title = titled && toYear(titled[1]);
  if (!title) return periodYear(paragraphs) ?? signatureYear(paragraphs);
  const period = periodYear(paragraphs);
  if (period === title) return title;
  const signature = signatureYear(paragraphs);
  // only the signature can gainsay a title without a period
  if (period === null && (signature === null || signature === title)) return title;
  // the body: after the title and the intro, which are evidence of their own
  return weigh({ title, period, signature }, paragraphs, firstSectionBlock ?? 3);
}

interface Paragraph {
  readonly i: number;
  readonly raw: string;
}

/** The year of the first statistics period ("统计期限为2023年1月1日至…"), or null. */
function periodYear(paragraphs: readonly Paragraph[]): number | null {
  for (const p of paragraphs) {
    if (!/1\s*月\s*1\s*日/.test(p.raw)) continue;
    const m = PERIOD.exec(compact(p.raw));
    const year = m && toYear(m[1]);
    if (year) return year;
  }
  return null;
}

/** The year before the date of a short line among the last six: the signature's. */
function signatureYear(paragraphs: readonly Paragraph[]): number | null {
  for (const p of paragraphs.slice(-6).reverse()) {
    if (p.raw.length >= 30) continue;
    const m = DATE.exec(compact(p.raw));
    const year = m && toYear(m[1]);
    if (year) return year - 1;
  }
  return null;
}

/**
 * The year with the most weight of evidence: the title, the period, the signature and the
 * body's own year (see WEIGHT). A tie goes to the period, then to the title.
 */
function weigh(
  found: { readonly title: number; readonly period: number | null; readonly signature: number | null },
  paragraphs: readonly Paragraph[],
  bodyFrom: number,
): number {
  const weights = new Map<number, number>();
  const add = (year: number | null, weight: number) => {
    if (year !== null) weights.set(year, (weights.get(year) ?? 0) + weight);
  };
  add(found.title, WEIGHT.title);
  add(found.period, WEIGHT.period);
  add(found.signature, WEIGHT.signature);
  add(textYear(paragraphs, bodyFrom), WEIGHT.text);
  const preference = (year: number): number => (year === found.period ? 2 : year === found.title ? 1 : 0);
  let best = found.title;
  for (const [year, weight] of weights) {
    const bestWeight = weights.get(best)!;
    if (weight > bestWeight || (weight === bestWeight && preference(year) > preference(best))) best = year;
  }
  return best;
}

/**
 * The year the body most often names as the report's own ("2023年，本机关…", "我局2023年共…"),
 * plans for a later year aside; null when none is named, or two years as often.
 */
function textYear(paragraphs: readonly Paragraph[], bodyFrom: number): number | null {
  const counts = new Map<number, number>();
  for (const p of paragraphs) {
    if (p.i < bodyFrom || !holdsYear(toHalfWidth(p.raw))) continue;
    for (const place of yearPlaces(normaliseText(p.raw), null))
      if (!place.plan) counts.set(place.year, (counts.get(place.year) ?? 0) + 1);
  }
  let best: number | null = null;
  let tied = false;
  for (const [year, count] of counts) {
    const top = best === null ? 0 : counts.get(best)!;
    if (count > top) [best, tied] = [year, false];
    else if (count === top) tied = true;
  }
  return tied ? null : best;
}
