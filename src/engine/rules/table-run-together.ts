import { shortTableName } from "../describe";
import type { Rule } from "../rule";
import { figuresRunTogether, runTogether } from "../tables/filling";

/**
 * A table whose cells hold several figures each ("38 6"): rebuilt from a PDF's text, its columns
 * ran together, and no figure stands in its column. Its sums are not checked (they would fail
 * on figures read from the wrong columns); this says why, once.
 */
const rule: Rule = {
  id: "table-run-together",
  meta: {
    description: {
      zh: "统计表的每个单元格只填一个数字；几个数字挤在一格，说明表格是由 PDF 等转换的文字拼成的，无法逐格核对。",
      en: "Each cell of a statistical table holds one figure; cells holding several show a table rebuilt from a PDF's text, which cannot be checked cell by cell.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      runTogether: {
        zh: "{table}有 {count} 个单元格各写了几个数字（如“{example}”），数字与列对不上：表格可能是由 PDF 转换的文字拼成的，合计无法核对。请按格式重新制表，或索取 Word 原稿。",
        en: "{table} has {count} cells holding several figures each (such as “{example}”), so its figures do not stand in their columns: the table seems rebuilt from a PDF's text, and its sums cannot be checked. Please redo the table in the format, or ask for the original Word file.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      if (!figuresRunTogether(binding)) continue;
      const cells = runTogether(binding);
      context.report({
        messageId: "runTogether",
        section: binding.table.section,
        table: binding.key,
        ref: binding.parts[0] ?? null,
        cells: cells.map((cell) => cell.key),
        data: { table: shortTableName(binding.table), count: cells.length, example: cells[0].text.trim() },
      });
    }
  },
};
export default rule;
