import type { Rule } from "../rule";

/**
 * A reviewer collects one year's reports; a unit that sends last year's file by mistake must be
 * asked again. Silent unless the host states the year the report should cover.
 */
const rule: Rule = {
  id: "unexpected-year",
  meta: {
    description: {
      zh: "审核人员指定了本批报告的年度时，每份报告都应是该年度的报告。",
      en: "When the reviewer states the year of a batch, every report must cover that year.",
    },
    severity: "error",
    tags: ["year"],
    basis: "条例第四十九条",
    messages: {
      other: {
        zh: "这是 {actual} 年度的报告，本批应为 {expected} 年度的报告，请向报送单位确认。",
        en: "This report covers {actual}; the batch should cover {expected}. Ask the unit for the right file.",
      },
      unknown: {
        zh: "读不出报告的年度，本批应为 {expected} 年度的报告，请核对标题和统计期限。",
        en: "The report's year cannot be read; the batch should cover {expected}. Check the title and the statistics period.",
      },
    },
  },
  check(context) {
    const expected = context.expectedYear;
    if (expected === null || context.year === expected) return;
    context.report({
      messageId: context.year === null ? "unknown" : "other",
      expected,
      actual: context.year,
      data: { expected, actual: context.year },
    });
  },
};

export default rule;
