import { chineseYear } from "./_lib/chinese-numerals";
import { normaliseText } from "./normalise";
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
 * The year a report covers: from its title, else the statistics period, else the year before
 * the signature date. Null when none is written.
 */
export function findYear(snapshot: DocumentSnapshot, firstSectionBlock: number | undefined): number | null {
  const paragraphs = snapshot.blocks.flatMap((b, i) => (b.kind === "paragraph" ? [{ i, raw: b.text }] : []));
  // a title may run over two paragraphs ("2022年某镇人民政府" / "信息公开工作年度报告")
  const opening = compact(
    paragraphs
      .filter((p) => p.i < (firstSectionBlock ?? 8) || p.i < 3)
      .map((p) => p.raw)
      .join(""),
  );
  const titled = TITLE.exec(opening);
  if (titled && toYear(titled[1])) return toYear(titled[1]);
  for (const p of paragraphs) {
    if (!/1\s*月\s*1\s*日/.test(p.raw)) continue;
    const m = PERIOD.exec(compact(p.raw));
    const year = m && toYear(m[1]);
    if (year) return year;
  }
  for (const p of paragraphs.slice(-6).reverse()) {
    if (p.raw.length >= 30) continue;
    const m = DATE.exec(compact(p.raw));
    const year = m && toYear(m[1]);
    if (year) return year - 1;
  }
  return null;
}
