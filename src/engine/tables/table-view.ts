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
  const left = leftOutColumns(table, reads);
  // a cell merged across from a left-out column (a block's title row) stays
  if (left)
    for (let r = 0; r < rows.length; r++) rows[r] = rows[r].filter((c) => !left[c.col] || c.colSpan > 1);
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
 * The grid columns that are not the report's, whose one-column cells the view leaves out so each
 * row still starts with its label:
 * - a column with nothing in it, header included (every cell starting there blank and one column
 *   wide): a table converted from a PDF or a web page often has one, before its labels or between
 *   them and the figures. A column the format has, left unfilled, keeps its heading and stays.
 * - a 序号 column: headed 序号 (or 编号), its other cells blank or a row number (1, 2., 3、),
 *   as units number the rows of 表二; its numbers are not figures of the report.
 * Undefined when there is none (most tables).
 */
function leftOutColumns(
  table: SnapshotTable,
  reads: readonly (CellRead | undefined)[],
): boolean[] | undefined {
  const width = table.colCount;
  const used: boolean[] = Array.from({ length: width }, () => false);
  const met: boolean[] = Array.from({ length: width }, () => false);
  const headed: boolean[] = Array.from({ length: width }, () => false);
  const numbered: boolean[] = Array.from({ length: width }, () => true);
  for (const cell of table.cells) {
    if (!(cell.col >= 0 && cell.col < width)) continue;
    const read = reads[cell.row * width + cell.col];
    const key = read?.cell === cell ? read.key : labelKey(cell.text);
    met[cell.col] = true;
    if (key !== "" || cell.colSpan > 1) used[cell.col] = true;
    if (cell.colSpan > 1) continue;
    if (SERIAL_HEADINGS.has(key)) headed[cell.col] = true;
    else if (key !== "" && !ROW_NUMBER.test(cell.text.trim())) numbered[cell.col] = false;
  }
  const left = met.map(
    (m, col) => (m && !used[col]) || (numbered[col] && (headed[col] || counting(table, col))),
  );
  // a table of blank cells alone has no column to keep: nothing is left out
  return left.some(Boolean) && used.some((u, col) => u && !left[col]) ? left : undefined;
}

/**
 * True when the first column, without a heading, numbers the rows 1, 2, 3… top to bottom, each
 * number beside a label: a 序号 column whose heading is gone, not figures.
 */
function counting(table: SnapshotTable, col: number): boolean {
  if (col !== 0) return false;
  const numbers: { row: number; n: number }[] = [];
  const labelled = new Set<number>();
  for (const cell of table.cells) {
    const text = cell.text.trim();
    if (cell.col === 0 && cell.colSpan <= 1 && text) numbers.push({ row: cell.row, n: rowNumber(text) });
    else if (cell.col > 0 && text && !ROW_NUMBER.test(text) && !/^[\d.,，\s]+$/.test(text))
      labelled.add(cell.row);
  }
  numbers.sort((a, b) => a.row - b.row);
  return numbers.length >= 2 && numbers.every(({ row, n }, i) => n === i + 1 && labelled.has(row));
}

const rowNumber = (text: string): number =>
  Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[.、．]$/, ""));

/** The headings of a column of row numbers. */
const SERIAL_HEADINGS = new Set(["序号", "编号"].map(labelKey));
/** A row number: 1, 2., 3、 (ASCII or full-width digits). */
const ROW_NUMBER = /^[0-9０-９]{1,3}[.、．]?$/;

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
