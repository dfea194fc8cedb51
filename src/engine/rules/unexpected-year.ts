import type { Rule } from "../rule";

/**
 * A reviewer collects one year's reports; a unit that sends last year's file by mistake must be
 * asked again. Silent unless the host states the year the report should cover. The words are
 * read by both sides: the reviewer in the output, the unit in the letter sent back to it.
 */
const rule: Rule = {
  id: "unexpected-year",
  meta: {
    description: {
      zh: "报送审核的应是本次审核年度的报告，并在标题和统计期限中写明这一年度。",
      en: "A report sent for review must be the report on the year under review, with that year in its title and statistics period.",
    },
    severity: "error",
    tags: ["year"],
    basis: "条例第四十九条",
    messages: {
      other: {
        zh: "这是 {actual} 年度的报告，本次审核的是 {expected} 年度的报告，应报送 {expected} 年度的报告。",
        en: "This report covers {actual}; the reports under review cover {expected}, so the {expected} report is needed.",
      },
      unknown: {
        zh: "报告中读不出年度（标题和统计期限中都没有写明），本次审核的是 {expected} 年度的报告。",
        en: "The report's year cannot be read (neither its title nor its statistics period states it); the reports under review cover {expected}.",
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
