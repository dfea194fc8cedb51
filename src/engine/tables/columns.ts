import type { TableTemplate } from "../../template";
import type { SnapshotCell } from "../types";
import { lookupLabel, type LabelIndex, type LabelMatch } from "./label-index";
import { holdsFigure, type TableView } from "./table-view";

/** A row whose own cells name columns or headers and no row: a header row, repeated or not. */
export function isHeaderRow(view: TableView, r: number, table: TableTemplate, index: LabelIndex): boolean {
  let header = false;
  // a row of figures is data, whatever its label says ("（）总计" reads as the column 总计)
  if (view.rows[r].filter((c) => c.row === r && holdsFigure(view, c)).length >= 3) return false;
  for (const cell of view.rows[r]) {
    if (cell.row !== r) continue;
    for (const m of lookupLabel(index, view.keyOf(cell), table.key)) {
      if (m.role === "row" || m.role === "group") return false;
      header = true;
    }
  }
  return header;
}

/** A column label found in a header row. */
export interface ColumnLabel {
  readonly cell: SnapshotCell;
  readonly match: LabelMatch;
}

/** The column labels of the header rows, left to right then top to bottom. */
export function columnLabels(
  view: TableView,
  headerRows: readonly number[],
  table: TableTemplate,
  index: LabelIndex,
): ColumnLabel[] {
  const found: ColumnLabel[] = [];
  for (const r of headerRows) {
    for (const cell of view.rows[r]) {
      if (cell.row !== r) continue;
      const match = lookupLabel(index, view.keyOf(cell), table.key).find((m) => m.role === "column");
      if (match) found.push({ cell, match });
    }
  }
  return found;
}

/**
 * Completes the grid columns of a table's value columns from the ones whose header was found,
 * assuming the missing ones sit next to their neighbours as in the official grid; one with no
 * room between its found neighbours was deleted, and is placed nowhere.
 * @returns one grid column per template column, or undefined where none can be placed.
 */
export function completeColumns(
  known: readonly (number | undefined)[],
  width: number,
): (number | undefined)[] {
  const cols = [...known];
  for (let i = 0; i < cols.length; i++) {
    if (cols[i] !== undefined) continue;
    const left = lastKnown(known, i, -1);
    const right = lastKnown(known, i, 1);
    const guess =
      left !== undefined
        ? known[left]! + (i - left)
        : right !== undefined
          ? known[right]! - (right - i)
          : undefined;
    // a guess that lands on a column found by its own label: this one is not in the table
    const taken = guess !== undefined && known.includes(guess);
    cols[i] = guess !== undefined && guess >= 0 && guess < width && !taken ? guess : undefined;
  }
  return cols;
}

function lastKnown(known: readonly (number | undefined)[], from: number, step: number): number | undefined {
  for (let i = from + step; i >= 0 && i < known.length; i += step) if (known[i] !== undefined) return i;
  return undefined;
}

/**
 * Grid columns for a table part without a recognisable header: the rightmost columns of the
 * grid, leaving out empty columns at the right edge (an extra blank column).
 */
export function rightmostColumns(view: TableView, rows: readonly number[], count: number): number[] {
  let last = view.table.colCount - 1;
  while (last >= count && rows.every((r) => !(cellStartingAt(view.rows[r], last)?.text.trim() ?? ""))) last--;
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

function cellStartingAt(row: readonly SnapshotCell[], col: number): SnapshotCell | undefined {
  return row.find((c) => c.col <= col && col < c.col + Math.max(1, c.colSpan));
}
