import { formats } from "../template";
import { readReportText, type ReportText } from "./narrative/report-text";
import { linesAsParagraphs } from "./lines";
import { PAGE_CHROME } from "./narrative/page-chrome";
import { findSections } from "./sections";
import type { DocumentSnapshot } from "./types";

/** Administrative levels without the power to make 规章 (立法法第九十三条: only provincial governments and those of 设区的市 and 自治州). */
export type AgencyLevel = "township" | "street" | "county";

export interface Agency {
  /** As the title or the signature names it, e.g. "白石镇人民政府". */
  readonly name: string;
  /** The level when the name makes it plain; null for any other body (a city, a ministry…). */
  readonly level: AgencyLevel | null;
}

// an unfilled template's 【请填写：机关名称】, （单位名称）, XX局, ____
const PLACEHOLDER = /[【】[\]]|请填写|名称|XX|ｘｘ|××|某某|__|＿＿/i;

// a year, or a span of two ("2022—2023年", "2022年至2023年")
const YEAR =
  /(?:(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年?\s*[—–\-~～至到]\s*)?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年度?/g;

// "白石镇人民政府2023年政府信息公开工作年度报告": the title names the body before its words
const TITLE = /^(.*?)(?:关于)?(?<!人民)(?:政府)?信息公开[^。]{0,8}报告/;

/**
 * The reporting body, from the title ("白石镇人民政府2023年政府信息公开工作年度报告", or the
 * year first) or else the signature line above the date. Null when neither names one.
 */
export function findAgency(text: ReportText): Agency | null {
  const signature = text.paragraphs.find((p) => p.signature && !/\d|[〇○]/.test(p.text));
  // a placeholder names no one: a title's "（单位名称）" leaves the name to the signature
  const name = [titleName(text), signature?.text]
    .map((n) => (n ?? "").replace(/[\s《》“”"]/g, "").slice(-30))
    .find((n) => n && !PLACEHOLDER.test(n));
  return name ? { name, level: levelOf(name) } : null;
}

/**
 * The body the title names: the title is the first line before 一 that names the report with its
 * year ("白石镇人民政府2023年政府信息公开工作年度报告"), a web page's menus, banner and info line
 * aside; its name may stand on the line above ("保德县孙家沟镇人民政府" / "2022年度…报告"). A
 * title without a year, or broken over lines, is read from the first three lines, as written.
 */
function titleName(text: ReportText): string | undefined {
  const lines = text.paragraphs
    .filter((p) => p.section === null && !PAGE_CHROME.test(p.text))
    .slice(0, TITLE_LINES)
    // a title set with spaced-out characters ("白 石 镇 人 民 政 府 2 0 2 3 年 …") names the body too
    .map((p) => p.text.replace(/\s+/g, ""));
  for (let i = 0; i < lines.length; i++) {
    // a title is short: the intro's "根据…2021…年度报告格式的通知" is not one
    if (lines[i].length > MAX_TITLE || !YEAR_IN.test(lines[i])) continue;
    const titled = TITLE.exec(lines[i].replace(YEAR, ""));
    if (!titled) continue;
    if (titled[1]) return titled[1];
    const above = i > 0 ? lines[i - 1] : "";
    return above.length <= 30 && !/[。；，:：]/.test(above) ? above : undefined;
  }
  // "…人民政府2023年政府信息公开…": the 政府 of 人民政府 belongs to the name
  return TITLE.exec(lines.slice(0, 3).join("").replace(YEAR, ""))?.[1];
}

/** How far down a title is looked for: a web page's menus come first. */
const TITLE_LINES = 30;
/** The longest title line: a body's name (30 at most) and "2023年度政府信息公开工作年度报告". */
const MAX_TITLE = 60;
const YEAR_IN = /(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}/;

/** 镇江市 is a city, not a town: 乡/镇 count only as the last unit before 人民政府 or the end. */
function levelOf(name: string): AgencyLevel | null {
  if (/街道/.test(name)) return "street";
  if (/(?:[乡镇]|苏木)(?:人民政府|政府|党委|$)/.test(name)) return "township";
  const bare = name.replace(/自治区/g, "");
  if (/[县旗](?!级市)|区(?:人民政府|政府|$)/.test(bare) || /区.*(?:局|委员会|委|办公室|办|中心)$/.test(bare))
    return "county";
  return null;
}

/**
 * A people's government (各级人民政府): a name that ends with 人民政府 or 政府, or with the unit
 * itself (清溪镇, 保德县). Its departments (…局, …委员会, …办公室) and 街道办事处 are not.
 */
export function isGovernment(name: string): boolean {
  return /(?:人民政府|政府|[乡镇县区旗市州省]|苏木)$/.test(name) && !/街道/.test(name);
}

/**
 * The reporting body's name without checking the report, so a host can choose last year's report
 * of the same 单位 before the check. The same name `check` gives as `agency`.
 */
export function agencyOf(document: DocumentSnapshot): string | null {
  const snapshot = linesAsParagraphs(document);
  return findAgency(readReportText(snapshot, findSections(snapshot, formats[0].sections)))?.name ?? null;
}
