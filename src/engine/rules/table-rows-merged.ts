import { shortTableName } from "../describe";
import type { Rule } from "../rule";
import { mergedRows } from "./_lib/merged-rows";

/** Rows of a table merged into one, their labels and figures paragraphs of shared cells. */
const rule: Rule = {
  id: "table-rows-merged",
  meta: {
    description: {
      zh: "统计表的每一项单独占一行；几行合在一行、标签和数字在同一个单元格中分段写，无法逐格核对。",
      en: "Each item of a statistical table has a row of its own; rows merged into one, their labels and figures as paragraphs of shared cells, cannot be checked cell by cell.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      merged: {
        zh: "{table}的“{rows}”{count} 行合在了一行中（标签写在同一个单元格里，分成几段），这几行的数字无法逐格核对。请分成 {count} 行，每行填写一项。",
        en: "{table}: the {count} rows “{rows}” are merged into one (their labels are paragraphs of one cell), so their figures cannot be checked cell by cell. Please give each item a row of its own.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values())
      for (const merged of mergedRows(context.snapshot, binding))
        context.report({
          messageId: "merged",
          section: binding.table.section,
          table: binding.key,
          row: merged.rows[0].key,
          ref: merged.cell.ref,
          cells: merged.rows.flatMap((row) =>
            row.columns.map((column) => ({ table: binding.key, row: row.key, column })),
          ),
          data: {
            table: shortTableName(binding.table),
            count: merged.rows.length,
            rows: merged.rows.map((r) => r.label).join("”“"),
          },
        });
  },
};
export default rule;
