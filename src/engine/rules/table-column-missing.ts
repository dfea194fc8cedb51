import { columnName, shortTableName } from "../describe";
import { cellId } from "../tables/binding";
import type { Rule } from "../rule";

/**
 * Every column of the official table is there, even when all its figures are 0. A column gone
 * from every row found (表三's 总计 deleted, say) takes its sums with it: the row totals of that
 * table cannot be checked, which this says instead of passing them in silence.
 */
const rule: Rule = {
  id: "table-column-missing",
  meta: {
    description: {
      zh: "统计表应保留格式规定的全部列，没有数据的列填 0，不能删除。",
      en: "A table keeps every column of the format; columns with nothing to report hold 0.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      missing: {
        zh: "{table}缺少“{column}”这一列，依赖这一列的合计无法核对。",
        en: "{table} lacks the column “{column}”; the sums that use it cannot be checked.",
      },
      none: {
        zh: "{table}的行标题找到了，但没有一列能对应到格式规定的列，表中数字都无法核对。",
        en: "{table}'s rows were found, but none of its columns matches the format's; none of its figures can be checked.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      const { table } = binding;
      const found = table.rows.filter((row) => binding.rows.has(row.key));
      if (found.length && !binding.cells.size) {
        context.report({
          messageId: "none",
          section: table.section,
          table: binding.key,
          data: { table: shortTableName(table) },
        });
        continue;
      }
      for (const column of table.columns) {
        const rows = found.filter((row) => row.columns.includes(column.key));
        if (!rows.length || rows.some((row) => binding.cells.has(cellId(row.key, column.key)))) continue;
        context.report({
          messageId: "missing",
          section: table.section,
          table: binding.key,
          column: column.key,
          cells: rows.map((row) => ({ table: binding.key, row: row.key, column: column.key })),
          data: { table: shortTableName(table), column: columnName(table, column.key) },
        });
      }
    }
  },
};
export default rule;
