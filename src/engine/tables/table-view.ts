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
  // every cell's key is read (classifying the table reads them all), kept by the cell's grid
  // position: one origin cell a position, so an array read finds it, where a map hashed the cell
  const width = table.colCount;
  const reads: (CellRead | undefined)[] = [];
  for (const cell of table.cells) {
    const at = cell.row * width + cell.col;
    if (!reads[at]) reads[at] = { cell, key: labelKey(cell.text), value: undefined };
    const end = Math.min(table.rowCount, cell.row + Math.max(1, cell.rowSpan));
    for (let r = Math.max(0, cell.row); r < end; r++) rows[r].push(cell);
  }
  const blank = emptyColumns(table, reads);
  if (blank) for (let r = 0; r < rows.length; r++) rows[r] = rows[r].filter((c) => !blank[c.col]);
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  const readOf = (cell: SnapshotCell): CellRead => {
    const read = reads[cell.row * width + cell.col];
    // a cell of another table, or one off the grid sharing a position, is read afresh
    return read?.cell === cell ? read : { cell, key: labelKey(cell.text), value: undefined };
  };
  const keyOf = (cell: SnapshotCell): string => readOf(cell).key;
  const valueOf = (cell: SnapshotCell): CellValue => (readOf(cell).value ??= parseCellValue(cell.text));
  return { table, order, block, rows, keyOf, valueOf };
}

/**
 * The grid columns with nothing in them, header included: every cell starting there is blank
 * and one column wide. A table converted from a PDF or a web page often has one, before its
 * labels or between them and the figures; it is not the report's, so the view leaves its cells
 * out and each row still starts with its label. A column the format has, left unfilled, keeps
 * its heading and stays. Undefined when there is none (most tables).
 */
function emptyColumns(table: SnapshotTable, reads: readonly (CellRead | undefined)[]): boolean[] | undefined {
  const width = table.colCount;
  const used: boolean[] = Array.from({ length: width }, () => false);
  const met: boolean[] = Array.from({ length: width }, () => false);
  for (const cell of table.cells) {
    if (!(cell.col >= 0 && cell.col < width)) continue;
    const read = reads[cell.row * width + cell.col];
    const key = read?.cell === cell ? read.key : labelKey(cell.text);
    met[cell.col] = true;
    if (key !== "" || cell.colSpan > 1) used[cell.col] = true;
  }
  const blank = met.map((m, col) => m && !used[col]);
  // a table of blank cells alone has no column to keep: nothing is left out
  return blank.some(Boolean) && used.some(Boolean) ? blank : undefined;
}

/** A cell's label key, and its value once asked for. */
interface CellRead {
  readonly cell: SnapshotCell;
  readonly key: string;
  value: CellValue | undefined;
}

/** The cell covering grid position (row, col), if any. */
export function cellAt(row: readonly SnapshotCell[], col: number): SnapshotCell | undefined {
  return row.find((c) => c.col <= col && col < c.col + Math.max(1, c.colSpan));
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
