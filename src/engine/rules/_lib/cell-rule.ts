import { cellName } from "../../describe";
import type { Report, Rule, RuleContext, RuleMeta } from "../../rule";
import type { TableBinding } from "../../tables/binding";
import type { BoundCell } from "../../types";
import type { ColumnTemplate, TableTemplate } from "../../../template";

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
        for (const cell of binding.cells.values()) checkCell(context, binding, cell, test);
      }
    },
  };
}

function checkCell(
  context: RuleContext,
  binding: TableBinding,
  cell: BoundCell,
  test: Parameters<typeof cellRule>[2],
): void {
  const column = columnsOf(binding.table).get(cell.key.column);
  const found = column && test(cell, column, binding);
  if (!found) return;
  context.report({
    ...found,
    section: binding.table.section,
    table: cell.key.table,
    row: cell.key.row,
    column: cell.key.column,
    cells: [cell.key],
    ref: cell.ref,
    data: { cell: cellName(binding.table, cell.key), text: cell.text.trim(), ...found.data },
  });
}

/** A table's columns by key: every cell rule looks up every bound cell's column, on every check. */
function columnsOf(table: TableTemplate): ReadonlyMap<string, ColumnTemplate> {
  let columns = columnMaps.get(table);
  if (!columns) {
    columns = new Map();
    // the first column of a key wins, as Array.find gave it
    for (const c of table.columns) if (!columns.has(c.key)) columns.set(c.key, c);
    columnMaps.set(table, columns);
  }
  return columns;
}

const columnMaps = new WeakMap<TableTemplate, Map<string, ColumnTemplate>>();
