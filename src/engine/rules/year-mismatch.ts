import { chineseYear } from "../_lib/chinese-numerals";
import { eachMatch } from "../_lib/each-match";
import { quoteParagraph, type TextParagraph } from "../narrative/report-text";
import type { Rule } from "../rule";

const YEAR = String.raw`((?:19|20)\d{2}|[零〇○一二三四五六七八九]{4})\s*年`;
// "2022年政府信息公开工作年度报告", "2022年度…信息公开工作报告"
const TITLE = new RegExp(`${YEAR}度?[^。,]{0,40}?信息公开[^。,]{0,6}报告`);
// "统计期限为2022年1月1日至2022年12月31日"
const PERIOD = new RegExp(
  String.raw`${YEAR}\s*1\s*月\s*1\s*日\s*(?:至|到|-|—|~)\s*(?:${YEAR}\s*)?12\s*月\s*31\s*日`,
);
// "现将我镇2022年度政府信息公开工作报告如下"
const REPORT_OF = new RegExp(`现将[^。]{0,20}?${YEAR}度?[^。]{0,20}?信息公开工作(?:年度)?(?:报告|情况)`);
// a paragraph that opens with its year: "2022年，我镇…", "2022年全年…"
const OPENING = new RegExp(`^(?:[(（][一二三四五六七八九十]+[)）][^。]{0,20}。)?${YEAR}度?(?:,|全年)`);
const DATE = new RegExp(String.raw`${YEAR}\s*\d{1,2}\s*月\s*\d{1,2}\s*日`);
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

const toYear = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : chineseYear(text));

/**
 * 条例 Art. 49: the report covers the previous calendar year. The title, the statistics period,
 * the year the body names as its own and the signature date must agree.
 */
const rule: Rule = {
  id: "year-mismatch",
  meta: {
    description: {
      zh: "报告标题的年度、统计期限、正文所写的本年度，应为同一年；落款日期应在该年度结束之后。",
      en: "The year in the title, the statistics period and the year the text reports on must agree; the signature date must fall after that year.",
    },
    severity: "warning",
    tags: ["text", "year"],
    basis: "条例第四十九条",
    messages: {
      period: {
        zh: "统计期限“{quote}”写的是 {found} 年，与{source}的 {year} 年不符。",
        en: 'The statistics period "{quote}" is for {found}, but {sourceEn} says {year}.',
      },
      body: {
        zh: "正文“{quote}”写的是 {found} 年，与{source}的 {year} 年不符。",
        en: 'The text "{quote}" names {found}, but {sourceEn} says {year}.',
      },
      bodyMany: {
        zh: "正文有 {count} 处把 {found} 年作为本年度，与{source}的 {year} 年不符：{places}。",
        en: "The text names {found} as the report's year in {count} places, but {sourceEn} says {year}: {places}.",
      },
      signature: {
        zh: "落款日期“{quote}”不在 {year} 年度结束之后；年度报告应在次年发布。",
        en: 'The signature date "{quote}" does not fall after {year}; the report is published the following year.',
      },
      previous: {
        zh: "作为上年报告提供的是 {found} 年度的报告，本报告为 {year} 年度，应提供 {expected} 年度的报告。",
        en: "The report given as last year's covers {found}; this one covers {year}, so last year's should cover {expected}.",
      },
    },
  },
  check(context) {
    const { paragraphs } = context.text;
    const title = titleYear(paragraphs);
    const year = title?.year ?? context.year;
    if (year === null) return;
    const source = title ? "报告标题" : "统计期限";
    const sourceEn = title ? "the title" : "the statistics period";
    const report = (
      messageId: string,
      p: TextParagraph | null,
      found: number,
      quote: string,
      extra: Record<string, unknown> = {},
    ) =>
      context.report({
        messageId,
        section: p?.section ?? null,
        expected: year,
        actual: found,
        ref: p?.ref ?? null,
        data: { year, found, quote, source, sourceEn, ...extra },
      });
    const byYear = new Map<number, Place[]>();
    for (const p of paragraphs) {
      if (p.heading) continue;
      const period = p.text.includes("31") ? PERIOD.exec(p.text) : null;
      if (period) {
        const found = [period[1], period[2]].flatMap((y) => (y && toYear(y) !== year ? [toYear(y)!] : []));
        if (found.length)
          report("period", p, found[0], quoteParagraph(p, period.index, period.index + period[0].length));
        continue;
      }
      if (p.signature) {
        const date = DATE.exec(p.text);
        const found = date && toYear(date[1]);
        if (found && found <= year)
          report("signature", p, found, quoteParagraph(p, date.index, date.index + date[0].length));
        continue;
      }
      if (p.section === null && title && p.block <= title.block) continue;
      for (const place of wrongYears(p, year)) {
        const places = byYear.get(place.found) ?? [];
        byYear.set(place.found, [...places, place]);
      }
    }
    for (const [found, places] of byYear) {
      const [first] = places;
      if (places.length === 1) report("body", first.p, found, first.quote);
      else
        report("bodyMany", first.p, found, first.quote, {
          count: places.length,
          places: places.map((q) => `“${q.quote}”`).join("、"),
        });
    }
    const previous = context.previous?.year;
    if (previous && previous !== year - 1)
      context.report({
        messageId: "previous",
        expected: year - 1,
        actual: previous,
        data: { year, found: previous, expected: year - 1 },
      });
  },
};

interface Place {
  readonly p: TextParagraph;
  readonly found: number;
  readonly quote: string;
}

/**
 * The places where a paragraph names another year as the report's own: its opening
 * ("2021年，我镇…"), "现将…2021年度…报告", and anywhere "本机关2021年度…" or "2021年度政府信息
 * 公开工作". Next year is left alone: part 五 plans for it ("我局2024年将…").
 */
function wrongYears(p: TextParagraph, year: number): Place[] {
  // every pattern below holds a year: most paragraphs have none
  if (!holdsYear(p.text)) return [];
  const places: Place[] = [];
  const taken: RegExpMatchArray[] = [];
  const add = (m: RegExpMatchArray, own: boolean) => {
    const found = toYear(m[1]);
    if (taken.some((t) => overlaps(m, t))) return;
    taken.push(m);
    if (!found || found === year || (!own && found === year + 1)) return;
    const end = m.index! + Math.max(m[0].length, 16);
    places.push({ p, found, quote: `${quoteParagraph(p, m.index!, end)}${end < p.text.length ? "…" : ""}` });
  };
  const named = (p.text.includes("现将") ? REPORT_OF.exec(p.text) : null) ?? OPENING.exec(p.text);
  if (named) add(named, true);
  // each pattern only where the words it needs are: most paragraphs have neither
  if (/[本我]/.test(p.text)) eachMatch(SELF_YEAR, p.text, (m) => add(m, false));
  if (p.text.includes("公开工作")) eachMatch(YEAR_WORK, p.text, (m) => add(m, false));
  return places;
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

const overlaps = (a: RegExpMatchArray, b: RegExpMatchArray): boolean =>
  a.index! < b.index! + b[0].length && b.index! < a.index! + a[0].length;

/** The year in the title: the first paragraphs before section 一, read together. */
function titleYear(paragraphs: readonly TextParagraph[]): { year: number; block: number } | null {
  const head = paragraphs.filter((p) => p.section === null).slice(0, 3);
  let joined = "";
  for (const p of head) {
    joined += p.text;
    const m = TITLE.exec(joined);
    const year = m && toYear(m[1]);
    if (year) return { year, block: p.block };
  }
  return null;
}

export default rule;
