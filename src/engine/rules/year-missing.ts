import type { Rule } from "../rule";

// a year as reports write it: "2023年", "二〇二三年"
const YEAR = /(?:19|20)\d{2}\s*年|[零〇○一二三四五六七八九]{4}\s*年/;

/**
 * 条例 Art. 49: a report covers one calendar year, so it must say which. A template never filled
 * in often names none: no year in the title, no statistics period, no date under it.
 */
const rule: Rule = {
  id: "year-missing",
  meta: {
    description: {
      zh: "年度报告应写明所报告的年度（标题、统计期限或落款日期中至少一处）。",
      en: "A report must state the year it covers (in its title, statistics period or date).",
    },
    severity: "warning",
    tags: ["text", "year"],
    basis: "条例第四十九条",
    messages: {
      missing: {
        zh: "报告中没有写明年度：标题、统计期限和落款日期都没有年份，请写明“{example}”。",
        en: 'The report states no year anywhere: no year in its title, statistics period or date. Write e.g. "{example}".',
      },
    },
  },
  check(context) {
    if (context.year !== null) return;
    if (context.text.paragraphs.some((p) => YEAR.test(p.text))) return;
    context.report({
      messageId: "missing",
      ref: context.text.paragraphs[0]?.ref ?? null,
      data: { example: "××××年政府信息公开工作年度报告" },
    });
  },
};
export default rule;
