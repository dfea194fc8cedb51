import { fromAnotherAgency } from "../previous/previous-report";
import type { Rule } from "../rule";

/**
 * The report given as last year's is another body's: the cross-year rules compare nothing with
 * it (check.ts, comparablePrevious), and this says why, so a reviewer who paired the wrong file
 * sees it rather than a clean pass.
 */
const rule: Rule = {
  id: "previous-other-agency",
  meta: {
    description: {
      zh: "作为上年报告提供的，应是同一单位上一年度的报告；其他单位的报告不作跨年度比较。",
      en: "The report given as last year's must be the same body's; another body's is not compared.",
    },
    severity: "warning",
    tags: ["previous-year"],
    basis: "R7",
    messages: {
      other: {
        zh: "作为上年报告提供的是“{previous}”的报告，与本报告的“{agency}”不是同一单位，没有作跨年度比较。",
        en: "The report given as last year's is {previous}'s, not {agency}'s; nothing was compared across the years.",
      },
    },
  },
  check(context) {
    const { previous, agency } = context;
    if (!previous || !agency || !fromAnotherAgency(previous, agency.name)) return;
    context.report({
      messageId: "other",
      actual: previous.agency ?? null,
      expected: agency.name,
      data: { previous: previous.agency, agency: agency.name },
    });
  },
};
export default rule;
