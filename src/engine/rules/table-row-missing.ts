import { rowName, shortTableName } from "../describe";
import type { Rule } from "../rule";
import { figuresRunTogether } from "../tables/filling";
import { mergedRows } from "./_lib/merged-rows";

/** Every row of the official table is there, even when all its figures are 0. */
const rule: Rule = {
  id: "table-row-missing",
  meta: {
    description: {
      zh: "统计表应保留格式规定的全部行，没有数据的行填 0，不能删除。",
      en: "A table keeps every row of the format; rows with nothing to report hold 0.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      missing: { zh: "{table}缺少“{row}”这一行。", en: "{table} lacks the row “{row}”." },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      // 表四's groups are told by their place in one row of values: where figures ran together
      // ("4 1 0"), the row has fewer cells than figures, and no group is missing for that
      if (binding.table.layout === "wide" && figuresRunTogether(binding)) continue;
      // a row merged into another's is there: table-rows-merged says so
      const merged = new Set(mergedRows(context.snapshot, binding).flatMap((m) => m.rows.map((r) => r.key)));
      for (const row of binding.table.rows) {
        if (binding.rows.has(row.key) || merged.has(row.key)) continue;
        context.report({
          messageId: "missing",
          section: binding.table.section,
          table: binding.key,
          row: row.key,
          cells: row.columns.map((column) => ({ table: binding.key, row: row.key, column })),
          data: { table: shortTableName(binding.table), row: rowName(binding.table, row.key) },
        });
      }
    }
  },
};
export default rule;
