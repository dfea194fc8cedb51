import type { Rule } from "../rule";

/** 条例 Art. 50 and the notice: "不能遗漏" — all six sections must be there. */
const rule: Rule = {
  id: "section-missing",
  meta: {
    description: {
      zh: "年度报告应包含格式规定的全部六个部分。",
      en: "The report must contain all six sections of the format.",
    },
    severity: "error",
    tags: ["sections"],
    basis: "条例第五十条；国办公开办函〔2021〕30号“不能遗漏”",
    messages: {
      missing: { zh: "缺少第{numeral}部分“{title}”。", en: "Section {numeral} “{title}” is missing." },
    },
  },
  check(context) {
    for (const section of context.format.sections) {
      if (context.sections.some((s) => s.key === section.key)) continue;
      context.report({
        messageId: "missing",
        section: section.key,
        expected: `${section.numeral}、${section.title}`,
        data: { numeral: section.numeral, title: section.title },
      });
    }
  },
};
export default rule;
