import { labelKey } from "../normalise";
import type { SnapshotCell, SnapshotTable } from "../types";

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
}

/** Builds the row index of a table; linear in its cells and their row spans. */
export function viewTable(table: SnapshotTable, order: number, block: number): TableView {
  const rows: SnapshotCell[][] = Array.from({ length: table.rowCount }, () => []);
  for (const cell of table.cells) {
    const end = Math.min(table.rowCount, cell.row + Math.max(1, cell.rowSpan));
    for (let r = Math.max(0, cell.row); r < end; r++) rows[r].push(cell);
  }
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  const keys = new Map<SnapshotCell, string>();
  const keyOf = (cell: SnapshotCell): string => {
    let key = keys.get(cell);
    if (key === undefined) keys.set(cell, (key = labelKey(cell.text)));
    return key;
  };
  return { table, order, block, rows, keyOf };
}

/** The cell covering grid position (row, col), if any. */
export function cellAt(row: readonly SnapshotCell[], col: number): SnapshotCell | undefined {
  return row.find((c) => c.col <= col && col < c.col + Math.max(1, c.colSpan));
}
