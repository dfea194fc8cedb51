import { cellName } from "../describe";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";
import { DOCUMENT_COLUMNS, DOCUMENT_ROWS, documentCounts } from "./_lib/document-counts";

/**
 * R8: 现行有效件数 this year ≈ last year's + 本年制发 − 本年废止, for 规章 and 行政规范性文件.
 * A warning only: a clean-up of documents, or documents that expired, may explain a difference.
 */
const rule: Rule = {
  id: "in-force-continuity",
  meta: {
    description: {
      zh: "表二“现行有效件数”一般应等于上年报告的现行有效件数加本年制发件数、减本年废止件数。需要提供上年报告。",
      en: "Table 2's documents in force should equal last year's plus those issued minus those repealed this year (needs last year's report).",
    },
    severity: "warning",
    tags: ["table2", "previous-year"],
    basis: "R8",
    messages: {
      unequal: {
        zh: "{cell}为 {actual}，按上年现行有效 {previous} 件 + 本年制发 {issued} 件 − 本年废止 {repealed} 件应为 {expected} 件。如本年对文件进行了清理或有文件失效，差异可能是合理的，请在报告中说明。",
        en: "{cell} is {actual}; last year's {previous} + {issued} issued − {repealed} repealed gives {expected}. A clean-up of documents or expired documents may explain the difference: say so in the report.",
      },
    },
  },
  check(context) {
    const previous = context.previous?.inForce;
    const binding = context.tables.get("table2");
    if (!previous || !binding) return;
    for (const row of DOCUMENT_ROWS) {
      const counts = documentCounts(binding, row);
      const last = previous[row];
      if (last === undefined || !counts) continue;
      const { issued, repealed, inForce } = counts;
      const expected = last + issued - repealed;
      if (expected === inForce) continue;
      const cell = binding.cells.get(cellId(row, "in_force"))!;
      context.report({
        messageId: "unequal",
        section: binding.table.section,
        table: "table2",
        row,
        column: "in_force",
        expected,
        actual: inForce,
        cells: DOCUMENT_COLUMNS.map((column) => ({ table: "table2", row, column }) as const),
        ref: cell.ref,
        data: {
          cell: cellName(binding.table, cell.key),
          previous: last,
          issued,
          repealed,
          expected,
          actual: inForce,
        },
      });
    }
  },
};

export default rule;
