import { chineseYear } from "../_lib/chinese-numerals";
import { eachMatch } from "../_lib/each-match";
import type { SectionKey } from "../types";

const YEAR = String.raw`((?:19|20)\d{2}|[零〇○一二三四五六七八九]{4})\s*年`;
// "现将我镇2022年度政府信息公开工作报告如下"
const REPORT_OF = new RegExp(`现将[^。]{0,20}?${YEAR}度?[^。]{0,20}?信息公开工作(?:年度)?(?:报告|情况)`);
// a paragraph that opens with its year: "2022年，我镇…", "2022年全年…"
const OPENING = new RegExp(`^(?:[(（][一二三四五六七八九十]+[)）][^。]{0,20}。)?${YEAR}度?(?:,|全年)`);
// a table's caption: "2022年主动公开政府信息情况统计表", "附表2：2022年度收到和处理政府信息公开申请情况"
const CAPTION = new RegExp(
  String.raw`^(?:附?表\s*[一二三四1-4]\s*[:、.]?\s*)?${YEAR}度?(?:的)?[^。]{0,12}?(?:主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议、?行政诉讼情况)(?:统计表|表)?$`,
);
// a comparison or a span names another year on purpose: 较2022年, 与2022年相比, 自2021年以来
const ASIDE = String.raw`(?<!较|比|与|同|自|从|截至|截止|至|到|上年|去年|和|及|《)`;
// …or a year spoken of from outside: its report, an assessment of it, its 要点, its problems
const ABOUT = String.raw`(?![^,。;]{0,12}(?:以来|以前|之前|相比|同期|同比|比较|年底|年末|报告|考核|评估|评议|测评|排名|获评|评为|要点|存在|》))`;
// "本机关2021年度…", "我局2021年共…": the body names a year as its own work's. 我县, 我市 name
// the county or the city, not the body, and are left out
const SELF_YEAR = new RegExp(
  String.raw`(?:本机关|本单位|本部门|本局|本镇|本乡|我(?:局|镇|乡|街道|委|办|院|中心|单位|部门|机关|厅|处|所|站|馆|会))(?:在|于)?${ASIDE}${YEAR}度?(?:,|全年|共|累计|主动公开|新收|收到|受理|办结|政府信息公开|政务公开|信息公开)${ABOUT}`,
  "g",
);
// "2021年度政府信息公开工作", "2021年度政务公开工作": the year's own work
const YEAR_WORK = new RegExp(String.raw`${ASIDE}${YEAR}度(?:的)?(?:政府信息公开|政务公开)工作${ABOUT}`, "g");
// what a clerk writes of a year still to come: "将", "计划", "拟", "力争", "继续", "下一步", "明年"…
const FUTURE = /将|计划|拟|力争|争取|继续|下一步|明年|来年|预计|准备|打算|着力|努力/;

/** A year written in figures ("2022") or in Chinese digits ("二〇二二"); null for anything else. */
export const toYear = (text: string): number | null =>
  /^\d{4}$/.test(text) ? Number(text) : chineseYear(text);

/** A place where a paragraph names a year as the report's own. */
export interface YearPlace {
  readonly year: number;
  /** Where the words that name it start in the paragraph, and their length. */
  readonly index: number;
  readonly length: number;
  /**
   * True where only the report's own year can stand: the intro's "现将…2022年度…报告" and a
   * paragraph opening with its year ("2022年，我镇…"). Elsewhere ("我局2022年共…", "2022年度政务
   * 公开工作") next year may be a plan.
   */
  readonly own: boolean;
  /**
   * True for a paragraph that opens with a year and plans for it: in part 五 (改进情况), or going
   * on in future words ("2024年，我局将进一步加强…").
   */
  readonly plan: boolean;
}

/**
 * The places where a paragraph names a year as the report's own: its opening ("2021年，我镇…"),
 * "现将…2021年度…报告", a table's caption ("2021年主动公开政府信息情况统计表"), and anywhere "本机关2021年度…" or "2021年度政府信息公开工作". Comparisons
 * ("较2021年"), spans ("自2021年以来") and years spoken of from outside ("2021年度报告",
 * "2021年政务公开工作要点") are not.
 * @param text a paragraph as normalised (half-width, simplified, spaces collapsed)
 * @param section the part the paragraph is in, null before 一
 * @example yearPlaces("2024年，我局将进一步加强培训。", "s5") //=> [{ year: 2024, own: true, plan: true, … }]
 */
export function yearPlaces(text: string, section: SectionKey | null): YearPlace[] {
  // every pattern below holds a year: most paragraphs have none
  if (!holdsYear(text)) return [];
  const places: YearPlace[] = [];
  const add = (m: RegExpMatchArray, own: boolean, plan: boolean) => {
    const index = m.index!;
    const length = m[0].length;
    if (places.some((t) => index < t.index + t.length && t.index < index + length)) return;
    const year = toYear(m[1]);
    // an overlapping match is taken, year or not, so a later pattern does not read it again
    places.push({ year: year ?? 0, index, length, own, plan });
  };
  const reportOf = text.includes("现将") ? REPORT_OF.exec(text) : null;
  if (reportOf) add(reportOf, true, false);
  else {
    const opening = OPENING.exec(text);
    const caption = opening || text.length > 60 ? null : CAPTION.exec(text);
    if (opening) add(opening, true, section === "s5" || plansAfter(text, opening));
    else if (caption) add(caption, true, false);
  }
  // each pattern only where the words it needs are: most paragraphs have neither
  if (/[本我]/.test(text)) eachMatch(SELF_YEAR, text, (m) => add(m, false, false));
  if (text.includes("公开工作")) eachMatch(YEAR_WORK, text, (m) => add(m, false, false));
  return places.filter((p) => p.year !== 0);
}

/** True when the sentence a year opens goes on in future words: a plan for that year. */
function plansAfter(text: string, m: RegExpMatchArray): boolean {
  const from = m.index! + m[0].length;
  const end = text.slice(from).search(/[。;!?]/);
  return FUTURE.test(text.slice(from, end < 0 ? text.length : from + end));
}

const YEAR_NUMERALS = "零〇○一二三四五六七八九";
const SPACE = /\s/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether the text holds a year as YEAR reads one ("2022年", "二〇二二 年"): a scan from each 年
 * back over spaces to four figures, cheaper than the patterns that look for a year at every character.
 */
export function holdsYear(text: string): boolean {
  for (let at = text.indexOf("年"); at !== -1; at = text.indexOf("年", at + 1)) {
    let end = at;
    while (end > 0 && SPACE.test(text[end - 1])) end--;
    if (end >= 4 && isYearFigure(text, end - 4)) return true;
  }
  return false;
}

function isYearFigure(text: string, from: number): boolean {
  const century = text.slice(from, from + 2);
  if (
    (century === "19" || century === "20") &&
    isDigit(text.charCodeAt(from + 2)) &&
    isDigit(text.charCodeAt(from + 3))
  )
    return true;
  for (let i = from; i < from + 4; i++) if (!YEAR_NUMERALS.includes(text[i])) return false;
  return true;
}
