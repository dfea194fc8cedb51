import { isGovernment } from "../agency";
import { chineseYear } from "../_lib/chinese-numerals";
import { chineseNumber } from "../narrative/numbers";
import { quoteParagraph, type TextParagraph } from "../narrative/report-text";
import type { Rule } from "../rule";

const Y = String.raw`((?:19|20)\d{2}|[零〇○一二三四五六七八九]{4})`;
const MD = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,3})`;
// "2024年1月26日", "二〇二四年一月二十六日"
const WRITTEN = new RegExp(String.raw`${Y}\s*年\s*${MD}\s*月\s*${MD}\s*日`);
// a web page's "发布日期：2024-01-26" above the report
const PAGE = new RegExp(
  String.raw`(?:发布|公开|成文)(?:日期|时间)\s*[:：]?\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})`,
);

interface Published {
  readonly p: TextParagraph;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly quote: string;
}

const part = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : chineseNumber(text));
const yearOf = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : chineseYear(text));

/** The date the report was signed or put online: a web page's 发布日期 first, else the signature. */
function publishedOn(paragraphs: readonly TextParagraph[]): Published | null {
  for (const p of paragraphs) {
    if (p.section !== null && !p.signature) continue;
    const m = PAGE.exec(p.text) ?? (p.signature ? WRITTEN.exec(p.text) : null);
    const [year, month, day] = m ? [yearOf(m[1]), part(m[2]), part(m[3])] : [null, null, null];
    if (m && year && month && day && month <= 12 && day <= 31)
      return { p, year, month, day, quote: quoteParagraph(p, m.index, m.index + m[0].length) };
  }
  return null;
}

/**
 * 条例第四十九条: a department of a people's government at county level or above publishes its
 * report by 31 January; a people's government by 31 March (its report is published through
 * the office in charge). The kind of body is read from its name, as `regulations-without-power`
 * reads its level; when no name is found, only a date after 31 March is late for certain.
 */
const rule: Rule = {
  id: "published-late",
  meta: {
    description: {
      zh: "年度报告应在法定期限内公布：县级以上人民政府部门在每年1月31日前，县级以上地方人民政府在每年3月31日前。落款或发布日期晚于期限的，提示逾期。",
      en: "The report is due by 31 January (departments of people's governments) or 31 March (people's governments); a signature or publication date after the deadline is late.",
    },
    severity: "warning",
    tags: ["text", "year"],
    basis: "条例第四十九条",
    messages: {
      late: {
        zh: "落款或发布日期“{quote}”晚于法定期限 {deadline}（{kind}应在每年{due}前公布上一年度报告）。",
        en: 'The date "{quote}" is after the statutory deadline of {deadline} ({kindEn} publish by {dueEn}).',
      },
    },
  },
  check(context) {
    const year = context.year;
    const published = year ? publishedOn(context.text.paragraphs) : null;
    // a date in the report's own year or before is year-mismatch's
    if (!year || !published || published.year <= year) return;
    const name = context.agency?.name;
    const government = name ? isGovernment(name) : null;
    const [month, kind] =
      government === false
        ? [1, { zh: "人民政府部门", en: "departments", due: "1月31日", dueEn: "31 January" }]
        : [3, { zh: "人民政府", en: "people's governments", due: "3月31日", dueEn: "31 March" }];
    const deadline = { year: year + 1, month, day: 31 };
    const late =
      published.year > deadline.year ||
      (published.year === deadline.year && published.month > deadline.month);
    if (!late) return;
    const shown = `${deadline.year}年${deadline.month}月${deadline.day}日`;
    context.report({
      messageId: "late",
      section: published.p.section,
      ref: published.p.ref,
      expected: shown,
      actual: published.quote,
      data: {
        quote: published.quote,
        deadline: shown,
        kind: kind.zh,
        kindEn: kind.en,
        due: kind.due,
        dueEn: kind.dueEn,
      },
    });
  },
};

export default rule;
