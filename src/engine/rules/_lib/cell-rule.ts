import { cellName } from "../../describe";
import type { Report, Rule, RuleContext, RuleMeta } from "../../rule";
import { columnsOf, type TableBinding } from "../../tables/binding";
import type { BoundCell } from "../../types";
import type { ColumnTemplate } from "../../../template";

/**
 * A rule about single value cells: `test` looks at each bound cell and its column and returns
 * what to report beyond the location, or undefined when the cell is fine.
 */
export function cellRule(
  id: string,
  meta: RuleMeta,
  test: (
    cell: BoundCell,
    column: ColumnTemplate,
    binding: TableBinding,
  ) => Omit<Report, "section" | "table" | "row" | "column" | "cells" | "ref"> | undefined,
): Rule {
  return {
    id,
    meta,
    check(context: RuleContext) {
      for (const binding of context.tables.values()) {
        const columns = columnsOf(binding.table);
        for (const cell of binding.cells.values()) {
          const column = columns.get(cell.key.column);
          const found = column && test(cell, column, binding);
          if (found) reportCell(context, binding, cell, found);
        }
      }
    },
  };
}

function reportCell(
  context: RuleContext,
  binding: TableBinding,
  cell: BoundCell,
  found: NonNullable<ReturnType<Parameters<typeof cellRule>[2]>>,
): void {
  // the report written out, not spread from `found`: the six cell rules' results have six shapes
  context.report({
    messageId: found.messageId,
    expected: found.expected,
    actual: found.actual,
    fix: found.fix,
    suggestions: found.suggestions,
    suspect: found.suspect,
    section: binding.table.section,
    table: cell.key.table,
    row: cell.key.row,
    column: cell.key.column,
    cells: [cell.key],
    ref: cell.ref,
    data: { cell: cellName(binding.table, cell.key), text: cell.text.trim(), ...found.data },
  });
}
