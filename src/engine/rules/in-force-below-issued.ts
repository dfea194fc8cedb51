import { cellName } from "../describe";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";
import { DOCUMENT_COLUMNS, DOCUMENT_ROWS, documentCounts } from "./_lib/document-counts";

/**
 * R9: the documents issued this year and not repealed are still in force at its end, so
 * 现行有效件数 ≥ 本年制发件数 − 本年废止件数 for 规章 and 行政规范性文件. A warning: a document
 * that expired within the year is the rare exception.
 */
const rule: Rule = {
  id: "in-force-below-issued",
  meta: {
    description: {
      zh: "表二“现行有效件数”不应少于本年制发件数减本年废止件数：本年制发、未废止的文件年末仍然有效。",
      en: "Table 2's documents in force should be at least those issued minus those repealed this year: documents issued and not repealed are still in force at the year's end.",
    },
    severity: "warning",
    tags: ["table2", "plausibility"],
    basis: "R9",
    messages: {
      tooFew: {
        zh: "{cell}为 {actual}，少于本年制发 {issued} 件减本年废止 {repealed} 件（{least} 件）：本年制发且未废止的文件应计入现行有效件数。请核对这三个数。",
        en: "{cell} is {actual}, fewer than {issued} issued minus {repealed} repealed this year ({least}): documents issued and not repealed count as in force. Check the three figures.",
      },
    },
  },
  check(context) {
    const binding = context.tables.get("table2");
    if (!binding) return;
    for (const row of DOCUMENT_ROWS) {
      const counts = documentCounts(binding, row);
      if (!counts) continue;
      const { issued, repealed, inForce } = counts;
      const least = issued - repealed;
      if (inForce >= least) continue;
      const cell = binding.cells.get(cellId(row, "in_force"))!;
      context.report({
        messageId: "tooFew",
        section: binding.table.section,
        table: "table2",
        row,
        column: "in_force",
        expected: least,
        actual: inForce,
        cells: DOCUMENT_COLUMNS.map((column) => ({ table: "table2", row, column }) as const),
        ref: cell.ref,
        data: { cell: cellName(binding.table, cell.key), issued, repealed, least, actual: inForce },
      });
    }
  },
};

export default rule;
