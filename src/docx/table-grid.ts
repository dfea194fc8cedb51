import type { HostRef, SnapshotCell, SnapshotTable } from "../engine/types";
import type { ParagraphFacts, ParagraphReader } from "./paragraph-reader";
import { holdsText } from "./paragraph-text";
import { unwrapped } from "./wrappers";
import { child, childVal, type XmlElement } from "./xml";

/**
 * Where a table sits. `t` is the index of its top-level table among the body's tables; `path`
 * leads from that table to a nested one: for each level down, the physical row and cell index
 * of the containing cell, then the nested table's index among that cell's tables
 * (`[tr, tc, k, tr, tc, k, …]`), empty for a top-level table.
 */
export interface TablePlace {
  readonly t: number;
  readonly path: readonly number[];
  /**
   * The table sits in a text box, where Word's `body.tables` does not reach: `t` then counts
   * the tables of the document's text boxes, and refs name it `box` instead of `t`.
   */
  readonly inTextBox: boolean;
}

/** How many levels of tables are read (1 is top-level only); deeper tables' paragraphs are still counted. */
export const MAX_TABLE_DEPTH = 20;
/** Word allows 63 columns; a wider grid comes from a damaged `w:gridSpan` or `w:gridBefore`. */
const MAX_COLUMNS = 1024;

const ROWS = new Set(["w:tr"]);
const CELLS = new Set(["w:tc"]);
const CELL_CONTENT = new Set(["w:p", "w:tbl"]);

interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  tables: SnapshotTable[];
  ref: HostRef;
}

/**
 * Reads a `w:tbl` as a grid of merged cells (see SnapshotTable), reading the paragraphs of its
 * cells through `reader` in document order. Rows deleted as a tracked change are left out.
 * Merges: `w:gridSpan` and legacy `w:hMerge` across, `w:vMerge` down; a merge continuation
 * with nothing to continue becomes a cell of its own. Rows shorter than the grid leave grid
 * positions without a cell.
 */
export function readTable(table: XmlElement, place: TablePlace, reader: ParagraphReader): SnapshotTable {
  const nested = place.path.length > 0;
  const tableRef: HostRef = place.inTextBox
    ? { box: place.t, ...(nested && { path: place.path }) }
    : nested
      ? { t: place.t, path: place.path }
      : { t: place.t };
  const cells: GridCell[] = [];
  let width = gridColumns(table);
  let above: (GridCell | undefined)[] = [];
  let row = 0;

  unwrapped(table.children, ROWS).forEach((tr, trIndex) => {
    const trPr = child(tr, "w:trPr");
    const kept = child(trPr, "w:del") === undefined;
    const current: (GridCell | undefined)[] = [];
    let col = Math.min(count(childVal(trPr, "w:gridBefore"), 0), MAX_COLUMNS);
    let left: GridCell | undefined;

    unwrapped(tr.children, CELLS).forEach((tc, tcIndex) => {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.max(1, Math.min(count(childVal(tcPr, "w:gridSpan"), 1), MAX_COLUMNS - col));
      const content = readCellContent(tc, place, [trIndex, tcIndex], reader);
      if (!kept) return;
      let cell: GridCell | undefined;
      if (continues(tcPr, "w:hMerge") && left && left.row === row && left.col + left.colSpan === col) {
        cell = left;
        cell.colSpan += span;
      } else if (continues(tcPr, "w:vMerge")) {
        const top = above[col];
        if (top && top.col === col && top.colSpan === span && top.row + top.rowSpan === row) {
          cell = top;
          cell.rowSpan++;
        }
      }
      if (!cell) {
        // refs are written out rather than spread: spreading here dominated the read of a table
        const ref: HostRef = place.inTextBox
          ? { ...tableRef, tr: trIndex, tc: tcIndex }
          : nested
            ? { t: place.t, path: place.path, tr: trIndex, tc: tcIndex }
            : { t: place.t, tr: trIndex, tc: tcIndex };
        cell = { row, col, rowSpan: 1, colSpan: span, text: content.text, tables: content.tables, ref };
        cells.push(cell);
      }
      for (let c = col; c < col + span; c++) current[c] = cell;
      left = cell;
      col += span;
    });

    if (!kept) return;
    // a row pushed past MAX_COLUMNS still holds its cells: the grid widens to keep them inside
    width = Math.max(width, col, Math.min(col + count(childVal(trPr, "w:gridAfter"), 0), MAX_COLUMNS));
    above = current;
    row++;
  });

  const slivers = sliverColumns(table, width);
  if (slivers && collapse(cells, slivers)) width = slivers.filter((sliver) => !sliver).length;
  return { kind: "table", rowCount: row, colCount: width, cells: cells.map(snapshotCell), ref: tableRef };
}

/**
 * Grid columns too narrow to hold a character (under 1 mm): boundaries that drift by a twip or
 * two between rows make them. LibreOffice writes a 1-twip column wherever a row's cell edge
 * misses the one above, so a table that looks like the official one has a header cell over
 * grid columns 3–4 and its figures over 4–5. Undefined unless the grid gives every column's width.
 */
function sliverColumns(table: XmlElement, width: number): boolean[] | undefined {
  const widths: number[] = [];
  for (const node of child(table, "w:tblGrid")?.children ?? []) {
    if (typeof node === "string" || node.name !== "w:gridCol") continue;
    const w = Number(node.attrs["w:w"]);
    if (!Number.isFinite(w)) return undefined;
    widths.push(w);
  }
  if (widths.length !== width || !widths.some((w) => w < SLIVER_TWIPS)) return undefined;
  return widths.map((w) => w < SLIVER_TWIPS);
}

/** 1 mm in twips: no digit fits in a narrower column. */
const SLIVER_TWIPS = 57;

/**
 * Renumbers the cells' columns without the sliver columns, each cell over the real columns it
 * covers; false, with nothing changed, when some cell covers only slivers (it would vanish).
 */
function collapse(cells: GridCell[], slivers: readonly boolean[]): boolean {
  const index: number[] = [];
  let real = 0;
  for (const sliver of slivers) index.push(sliver ? -1 : real++);
  const placed = cells.map((cell) => {
    let from = -1;
    let span = 0;
    for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
      if (index[c] < 0) continue;
      if (from < 0) from = index[c];
      span++;
    }
    return [from, span] as const;
  });
  if (placed.some(([from]) => from < 0)) return false;
  cells.forEach((cell, i) => {
    [cell.col, cell.colSpan] = placed[i];
  });
  return true;
}

/**
 * A table used for layout, not data. A web page turned into Word (by Word or LibreOffice) keeps
 * the page's layout table, and the whole report — title, sections, statistical tables — sits in
 * one of its cells. One column holding a table and text anywhere is layout (no statistical table
 * has one column; a frame around a table alone stays a table, its table read either way); beside
 * other columns (a menu), a cell must hold a table and a document's worth of text, at least
 * LAYOUT_PARAGRAPHS paragraphs, or a layout table of its own (a page's content in its own frame);
 * looked for `depth` levels down at most, as tables are read.
 */
export function isLayoutTable(table: XmlElement, depth = 1): boolean {
  let oneColumn = true;
  let nested = false;
  let text = false;
  for (const tr of unwrapped(table.children, ROWS)) {
    const cells = unwrapped(tr.children, CELLS);
    if (cells.length !== 1) oneColumn = false;
    for (const tc of cells) {
      const content = unwrapped(tc.children, CELL_CONTENT);
      const tables = content.filter((e) => e.name === "w:tbl");
      // a statistical table's cells hold no table: their text is never looked at
      if (tables.length === 0) {
        text ||= oneColumn && content.some((e) => e.name === "w:p" && holdsText(e));
        continue;
      }
      nested = true;
      const paragraphs = content.filter((e) => e.name === "w:p" && holdsText(e)).length;
      if (paragraphs >= LAYOUT_PARAGRAPHS) return true;
      if (depth < MAX_TABLE_DEPTH && tables.some((t) => isLayoutTable(t, depth + 1))) return true;
      text ||= paragraphs > 0;
    }
  }
  return oneColumn && nested && text;
}

/** Paragraphs with text beside a table that make a cell of a table of several columns a page's content. */
const LAYOUT_PARAGRAPHS = 3;

/**
 * A layout table's content in document order: the paragraphs of its cells, read as the body's
 * are (their index counts on, as Word's body.paragraphs does), and the tables inside, each with
 * the ref of a table nested where it is (`place` is the layout table's own); a layout table
 * inside gives its content in turn. Rows deleted as a tracked change are left out, their
 * paragraphs still counted.
 */
export function readLayoutTable(
  table: XmlElement,
  place: TablePlace,
  reader: ParagraphReader,
): (ParagraphFacts | SnapshotTable)[] {
  const blocks: (ParagraphFacts | SnapshotTable)[] = [];
  const depth = place.path.length / 3 + 1;
  unwrapped(table.children, ROWS).forEach((tr, trIndex) => {
    const kept = child(child(tr, "w:trPr"), "w:del") === undefined;
    unwrapped(tr.children, CELLS).forEach((tc, tcIndex) => {
      let tables = 0;
      // a deleted row's content is read all the same: its paragraphs still count
      const into = kept ? blocks : [];
      for (const element of unwrapped(tc.children, CELL_CONTENT)) {
        if (element.name === "w:p") into.push(reader.read(element));
        else if (depth >= MAX_TABLE_DEPTH) reader.skip(countParagraphs(element));
        else {
          const inner = { t: place.t, path: [...place.path, trIndex, tcIndex, tables++], inTextBox: false };
          if (isLayoutTable(element)) into.push(...readLayoutTable(element, inner, reader));
          else into.push(readTable(element, inner, reader));
        }
      }
    });
  });
  return blocks;
}

function gridColumns(table: XmlElement): number {
  let columns = 0;
  for (const node of child(table, "w:tblGrid")?.children ?? []) {
    if (typeof node !== "string" && node.name === "w:gridCol") columns++;
  }
  return Math.min(columns, MAX_COLUMNS);
}

/** The cell's text (its paragraphs joined with "\n") and the tables nested in it. */
function readCellContent(
  tc: XmlElement,
  place: TablePlace,
  at: readonly [tr: number, tc: number],
  reader: ParagraphReader,
): { text: string; tables: SnapshotTable[] } {
  const lines: string[] = [];
  const tables: SnapshotTable[] = [];
  const depth = place.path.length / 3 + 1;
  for (const element of unwrapped(tc.children, CELL_CONTENT)) {
    if (element.name === "w:p") {
      lines.push(reader.read(element).text);
    } else if (depth >= MAX_TABLE_DEPTH) {
      reader.skip(countParagraphs(element));
    } else {
      const path = [...place.path, ...at, tables.length];
      tables.push(readTable(element, { t: place.t, path, inTextBox: place.inTextBox }, reader));
    }
  }
  return {
    text: lines.some((l) => l.trim()) ? lines.join("\n") : (boxedText(tables) ?? lines.join("\n")),
    tables,
  };
}

/**
 * The text of a cell's one nested table of one cell, when the cell has no text of its own: some
 * units draw a box around each figure, a table of one cell inside each cell, and the figure is
 * the cell's. The nested table stays in `tables`, so no writer takes the cell for plain text.
 */
function boxedText(tables: readonly SnapshotTable[]): string | undefined {
  if (tables.length !== 1) return undefined;
  const [table] = tables;
  const [only] = table.cells;
  return table.cells.length === 1 && only.tables === undefined ? only.text : undefined;
}

/** `w:vMerge` / `w:hMerge` without a value, or with "continue", continues the cell before it. */
function continues(tcPr: XmlElement | undefined, merge: string): boolean {
  const element = child(tcPr, merge);
  return element !== undefined && (element.attrs["w:val"] ?? "continue") === "continue";
}

/** A non-negative count such as `w:gridSpan`, or `fallback` when absent or not a count. */
function count(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** The `w:p` elements inside an element, text boxes aside (they live inside paragraphs). */
function countParagraphs(element: XmlElement): number {
  if (element.name === "w:p") return 1;
  let paragraphs = 0;
  for (const node of element.children) if (typeof node !== "string") paragraphs += countParagraphs(node);
  return paragraphs;
}

function snapshotCell(cell: GridCell): SnapshotCell {
  const { row, col, rowSpan, colSpan, text, tables, ref } = cell;
  // every cell of one shape, `tables` undefined when none are nested: the binders read every
  // cell, and two shapes made viewTable, classify and collectTables deoptimise
  return { row, col, rowSpan, colSpan, text, tables: tables.length > 0 ? tables : undefined, ref };
}
