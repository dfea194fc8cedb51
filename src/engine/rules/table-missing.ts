import type { Rule } from "../rule";

/** Sections 二, 三 and 四 report their figures in the format's tables. */
const rule: Rule = {
  id: "table-missing",
  meta: {
    description: {
      zh: "第二、三、四部分应各有一张格式规定的统计表。",
      en: "Sections 2, 3 and 4 each contain the format's statistical table.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      missing: { zh: "未找到{table}。", en: "{table} was not found." },
    },
  },
  check(context) {
    for (const table of context.format.tables) {
      if (context.tables.has(table.key)) continue;
      const heading = context.sections.find((s) => s.key === table.section);
      context.report({
        messageId: "missing",
        section: table.section,
        table: table.key,
        ref: heading?.ref ?? null,
        data: { table: table.name },
      });
    }
  },
};
export default rule;
