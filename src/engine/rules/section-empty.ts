import { cellId } from "../tables/binding";
import type { Rule } from "../rule";

// 信息处理费, "政府信息公开处理费", "收费": what 六 says about fees
const FEES = /处理费|收费|收取费用|缴纳费用/;

/**
 * Sections that say nothing: no text and no table under the heading; 六 that is silent on the
 * 信息处理费 when table 三 shows applications closed because the applicant did not pay one.
 * (五 that says only "无" is `section-thin`'s.)
 */
const rule: Rule = {
  id: "section-empty",
  meta: {
    description: {
      zh: "每个部分都应有内容；表三有申请人逾期未缴纳信息处理费的件数时，第六部分应说明信息处理费的收取情况。",
      en: "Every section needs content; when table 3 counts applications closed for unpaid fees, section 6 should report the information processing fees.",
    },
    severity: "warning",
    tags: ["sections", "text"],
    basis: "条例第五十条；R12",
    messages: {
      empty: {
        zh: "“{heading}”下面没有任何内容。",
        en: 'Nothing follows the heading "{heading}".',
      },
      feeNotMentioned: {
        zh: "表三“申请人逾期未按收费通知要求缴纳费用”有 {count} 件，但第六部分没有说明信息处理费的收取情况。",
        en: "Table 3 counts {count} applications closed for unpaid fees, but section 6 says nothing about information processing fees.",
      },
    },
  },
  check(context) {
    for (const section of context.sections) {
      const body = context.text.sections.get(section.key) ?? [];
      const at = { section: section.key, ref: section.ref, data: { heading: section.heading } };
      if (body.length === 0 && !context.text.tables.has(section.key)) {
        context.report({ ...at, messageId: "empty" });
        continue;
      }
      const text = body.map((p) => p.text).join("");
      if (section.key === "s6") {
        const unpaid = context.tables.get("table3")?.cells.get(cellId("r6_2", "total"))?.value;
        if (unpaid?.kind === "number" && unpaid.value > 0 && !FEES.test(text))
          context.report({
            ...at,
            messageId: "feeNotMentioned",
            cells: [{ table: "table3", row: "r6_2", column: "total" }],
            actual: unpaid.value,
            data: { ...at.data, count: unpaid.value },
          });
      }
    }
  },
};

export default rule;
