import { columnName, shortTableName } from "../describe";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";

/**
 * R2b: a 小计 row a report added under a group of 表三 (not in the official table) equals the sum
 * of the group's items in each column. Blank items count as 0, as in the format's own sums; a
 * column where the 小计 or an item holds text is left to the cell rules.
 */
const rule: Rule = {
  id: "subtotal",
  meta: {
    description: {
      zh: "报告自行加入的“小计”行应等于该组各项之和（格式规定的表格没有小计行）。",
      en: "A 小计 (subtotal) row a report adds under a group equals the sum of the group's items (the official table has none).",
    },
    severity: "error",
    tags: ["table3", "totals"],
    basis: "R2b",
    messages: {
      unequal: {
        zh: "{table}“{group}”的小计行“{column}”为 {actual}，该组各项之和为 {expected}，差 {difference}。格式规定的表格没有小计行，可删去这一行。",
        en: "{table}: the 小计 row of “{group}” has {actual} under “{column}”, while the group's items add up to {expected} (a difference of {difference}). The official table has no subtotal rows; the row may be deleted.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      for (const subtotal of binding.subtotals) {
        for (const [column, cell] of subtotal.cells) {
          if (cell.value.kind !== "number") continue;
          let sum = 0;
          let readable = true;
          for (const row of subtotal.rows) {
            const item = binding.cells.get(cellId(row, column));
            if (item?.value.kind === "text") readable = false;
            if (item?.value.kind === "number") sum += item.value.value;
          }
          const difference = cell.value.value - sum;
          if (!readable || Math.abs(difference) < 1e-9) continue;
          context.report({
            messageId: "unequal",
            section: binding.table.section,
            table: binding.key,
            column,
            expected: sum,
            actual: cell.value.value,
            ref: cell.ref,
            cells: subtotal.rows
              .filter((row) => binding.cells.has(cellId(row, column)))
              .map((row) => ({ table: binding.key, row, column })),
            data: {
              table: shortTableName(binding.table),
              group: subtotal.group,
              column: columnName(binding.table, column),
              actual: cell.value.value,
              expected: sum,
              difference: Math.round(Math.abs(difference) * 1e6) / 1e6,
            },
          });
        }
      }
    }
  },
};
export default rule;
