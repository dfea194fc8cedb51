import { shortTableName } from "../describe";
import type { Rule } from "../rule";

/**
 * A statistical table found with every figure blank was never filled in: an unfilled template,
 * not a report with nothing to report (that is a table of 0). Its cells each get cell-blank's
 * warning; the table as a whole is an error, so an unfilled report does not pass as one with
 * warnings only.
 */
const rule: Rule = {
  id: "table-unfilled",
  meta: {
    description: {
      zh: "统计表应按本机关实际情况填写；整张表空白的报告尚未完成。",
      en: "The statistical tables are filled in with the agency's figures; a table left blank throughout is unfinished.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      unfilled: {
        zh: "{table}整张表都没有填写（{cells} 个单元格都是空白），报告尚未完成。没有发生的事项填 0，其余按实际填写。",
        en: "{table} was never filled in ({cells} cells, all blank): the report is unfinished. Write 0 where nothing happened and the agency's figures elsewhere.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      const cells = [...binding.cells.values()];
      if (!cells.length || cells.some((cell) => cell.value.kind !== "blank")) continue;
      context.report({
        messageId: "unfilled",
        section: binding.table.section,
        table: binding.key,
        ref: binding.parts[0] ?? null,
        data: { table: shortTableName(binding.table), cells: cells.length },
      });
    }
  },
};
export default rule;
