import { labelKey } from "../normalise";
import type { CellValue, SnapshotCell, SnapshotTable } from "../types";
import { parseCellValue } from "../values";

/** A document table with, for every grid row, the cells that cover it (merged ones included). */
export interface TableView {
  readonly table: SnapshotTable;
  /** Position of the table among the report's candidate tables, in document order. */
  readonly order: number;
  /** Index of the top-level block the table sits in. */
  readonly block: number;
  /** For each grid row, the cells covering it, left to right. */
  readonly rows: readonly (readonly SnapshotCell[])[];
  /** The cell's label key (see `labelKey`), computed once per cell. */
  readonly keyOf: (cell: SnapshotCell) => string;
  /** The cell's text read as a value (see `parseCellValue`), computed once per cell. */
  readonly valueOf: (cell: SnapshotCell) => CellValue;
}

/** Builds the row index of a table; linear in its cells and their row spans. */
export function viewTable(table: SnapshotTable, order: number, block: number): TableView {
  const rows: SnapshotCell[][] = Array.from({ length: table.rowCount }, () => []);
  for (const cell of table.cells) {
    const end = Math.min(table.rowCount, cell.row + Math.max(1, cell.rowSpan));
    for (let r = Math.max(0, cell.row); r < end; r++) rows[r].push(cell);
  }
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return { table, order, block, rows, keyOf: memo(labelKey), valueOf: memo(parseCellValue) };
}

/** The cell covering grid position (row, col), if any. */
export function cellAt(row: readonly SnapshotCell[], col: number): SnapshotCell | undefined {
  return row.find((c) => c.col <= col && col < c.col + Math.max(1, c.colSpan));
}

function memo<T>(read: (text: string) => T): (cell: SnapshotCell) => T {
  const seen = new Map<SnapshotCell, T>();
  return (cell) => {
    let value = seen.get(cell);
    if (value === undefined) seen.set(cell, (value = read(cell.text)));
    return value;
  };
}

/** True when the cell holds a figure: a number or a placeholder such as "/". */
export function holdsFigure(view: TableView, cell: SnapshotCell): boolean {
  const kind = view.valueOf(cell).kind;
  return kind === "number" || kind === "placeholder";
}

/** True when the cell reads as a number, blank or placeholder: what a value cell may hold. */
export function holdsValue(view: TableView, cell: SnapshotCell): boolean {
  return view.valueOf(cell).kind !== "text";
}
