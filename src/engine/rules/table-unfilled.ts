import { shortTableName } from "../describe";
import type { Rule } from "../rule";
import { fillingOf } from "../tables/filling";

/**
 * A statistical table found with every figure blank was never filled in: an unfilled template,
 * not a report with nothing to report (that is a table of 0). One with its totals alone was
 * filled in halfway: its parts blank, each row's total disagrees with them, and saying so once
 * replaces a row-total error on every row. Its cells each get cell-blank's warning; the table as
 * a whole is an error, so an unfilled report does not pass as one with warnings only.
 */
const rule: Rule = {
  id: "table-unfilled",
  meta: {
    description: {
      zh: "统计表应按本机关实际情况逐项填写；整张表空白、或只填了“总计”的报告尚未完成。",
      en: "The statistical tables are filled in item by item; a table left blank throughout, or with its totals alone, is unfinished.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      unfilled: {
        zh: "{table}整张表都没有填写（{cells} 个单元格都是空白），报告尚未完成。没有发生的事项填 0，其余按实际填写。",
        en: "{table} was never filled in ({cells} cells, all blank): the report is unfinished. Write 0 where nothing happened and the agency's figures elsewhere.",
      },
      totalsOnly: {
        zh: "{table}只填了“总计”，各分项都是空白（{cells} 个单元格），报告尚未完成。请按实际情况逐项填写，没有发生的事项填 0。",
        en: "{table} has its totals alone, every part blank ({cells} cells): the report is unfinished. Enter each part, writing 0 where nothing happened.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      const filling = binding.cells.size ? fillingOf(binding) : "filled";
      if (filling === "filled") continue;
      const blank = [...binding.cells.values()].filter((cell) => cell.value.kind === "blank").length;
      context.report({
        messageId: filling,
        section: binding.table.section,
        table: binding.key,
        ref: binding.parts[0] ?? null,
        data: { table: shortTableName(binding.table), cells: blank },
      });
    }
  },
};
export default rule;
