import { cellName } from "../describe";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";

/** R7: this year's 上年结转 is last year's 结转下年度继续办理, column by column. */
const rule: Rule = {
  id: "carry-over-mismatch",
  meta: {
    description: {
      zh: "表三“二、上年结转政府信息公开申请数量”应等于上年报告表三“四、结转下年度继续办理”的同一列。需要提供上年报告。",
      en: "Table 3's carried-over applications must equal last year's carried-forward ones, column by column (needs last year's report).",
    },
    severity: "error",
    tags: ["table3", "previous-year"],
    basis: "R7",
    fixable: "suggestion",
    messages: {
      unequal: {
        zh: "{cell}为 {actual}，但上年报告“四、结转下年度继续办理”该列为 {expected}。",
        en: "{cell} is {actual}, but last year's report carried {expected} forward in this column.",
      },
    },
  },
  check(context) {
    const previous = context.previous?.carriedForward;
    const binding = context.tables.get("table3");
    if (!previous || !binding) return;
    for (const column of binding.table.columns) {
      const expected = previous[column.key];
      const cell = binding.cells.get(cellId("carried_over", column.key));
      if (expected === undefined || !cell || cell.value.kind !== "number" || cell.value.value === expected)
        continue;
      context.report({
        messageId: "unequal",
        section: binding.table.section,
        table: "table3",
        row: "carried_over",
        column: column.key,
        expected,
        actual: cell.value.value,
        cells: [cell.key],
        ref: cell.ref,
        data: { cell: cellName(binding.table, cell.key), expected, actual: cell.value.value },
        suggestions: [{ op: "set-cell", at: cell.key, ref: cell.ref, from: cell.text, to: String(expected) }],
      });
    }
  },
};

export default rule;
