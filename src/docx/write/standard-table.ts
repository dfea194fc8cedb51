import { officialGrid, type GridCell, type OfficialGrid, type TableTemplate } from "../../template";
import { FONTS, paragraph, run, runProps, SIZES, type RunFormat } from "./ooxml";
import { STYLE_IDS } from "./package";
import { encodeTag } from "./tags";
import { escapeAttr } from "./xml-text";

const CELL_FORMAT: RunFormat = { size: SIZES.table, font: FONTS.table };

/** Width of the text area of an A4 page with Word's Chinese default margins (3.17 cm), in twips. */
export const TEXT_WIDTH = 8306;

export interface StandardTableOptions {
  /**
   * The text of a value cell, by template row and column key; a cell it returns undefined for
   * gets "0". Return "" to leave a cell blank.
   */
  readonly value?: (row: string, column: string) => string | undefined;
  /** Wrap the table in a content control tagged with the table key (default true). */
  readonly contentControl?: boolean;
}

/**
 * A table of the official format as OOXML (`w:tbl`, by default inside a `w:sdt` tagged
 * `report-check/table/<key>`): every cell and merge comes from `officialGrid(table)` — merges
 * become `w:gridSpan` and `w:vMerge` — with single borders, centred numbers and 宋体 五号.
 * Value cells hold "0" unless `options.value` gives their text.
 * @example standardTable(getTable(format2021, "table3"), { value: (r, c) => r === "new_received" && c === "total" ? "5" : undefined })
 */
export function standardTable(table: TableTemplate, options: StandardTableOptions = {}): string {
  const grid = officialGrid(table);
  const widths = columnWidths(table, grid);
  const cover = coverage(grid);
  const valueRows = new Set(grid.cells.filter((c) => c.value).map((c) => c.row));
  const headerRows = Math.min(...valueRows);
  const rows: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const cell = cover[r][c];
      if (!cell || cell.col !== c) continue; // covered by a cell to the left: part of its gridSpan
      const width = widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0);
      const text = cell.value ? (options.value?.(cell.value.row, cell.value.column) ?? "0") : cell.text;
      const align = cell.value || !valueRows.has(r) || cell.rowSpan > 1 ? "center" : "left";
      // a short table stays on one page: each row keeps with the next (Word's way to do it)
      const keep = table.layout !== "matrix" && r < grid.rowCount - 1;
      cells.push(tableCell(cell, r, width, text, align, keep));
    }
    // the header repeats on every page the table runs over (table3 is longer than a page)
    const header = table.layout === "matrix" && r < headerRows ? "<w:tblHeader/>" : "";
    rows.push(`<w:tr><w:trPr><w:cantSplit/>${header}</w:trPr>${cells.join("")}</w:tr>`);
  }
  const total = widths.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tbl =
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
  if (options.contentControl === false) return tbl;
  return contentControl(tbl, encodeTag({ kind: "table", table: table.key }), table.name, CELL_FORMAT);
}

/**
 * Wraps block content in a content control with a tag and a title. `format` is the control's
 * own run format: LibreOffice gives it to the first paragraph inside, so it must match that
 * paragraph's (Word ignores it there).
 */
export function contentControl(content: string, tag: string, alias: string, format?: RunFormat): string {
  return (
    `<w:sdt><w:sdtPr>${runProps(format)}<w:alias w:val="${escapeAttr(alias)}"/><w:tag w:val="${escapeAttr(tag)}"/>` +
    `<w:id w:val="${idOf(tag)}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

/** A stable positive id per tag (Word renumbers duplicates itself). */
function idOf(tag: string): number {
  let h = 17;
  for (const ch of tag) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000_007;
  return 100_000 + (h % 900_000_000);
}

function tableCell(
  cell: GridCell,
  r: number,
  width: number,
  text: string,
  align: "center" | "left",
  keepNext: boolean,
): string {
  const props = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : "",
    cell.rowSpan > 1 ? (cell.row === r ? `<w:vMerge w:val="restart"/>` : "<w:vMerge/>") : "",
    `<w:vAlign w:val="center"/>`,
  ].join("");
  const format = CELL_FORMAT;
  const content = cell.row === r ? run(text, format) : "";
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph(content, {
    style: STYLE_IDS.tableText,
    keepNext,
    align: align === "left" ? "both" : "center",
    firstLineChars: 0,
    mark: format,
  })}</w:tc>`;
}

/** Which origin cell covers each grid position. */
function coverage(grid: OfficialGrid): (GridCell | undefined)[][] {
  const cover: (GridCell | undefined)[][] = Array.from({ length: grid.rowCount }, () =>
    new Array<GridCell | undefined>(grid.colCount).fill(undefined),
  );
  for (const cell of grid.cells)
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) cover[r][c] = cell;
  return cover;
}

/**
 * Grid column widths (twips) summing to TEXT_WIDTH: label columns wide enough for their labels,
 * the rest shared by the value columns.
 */
function columnWidths(table: TableTemplate, grid: OfficialGrid): number[] {
  const labels =
    table.layout === "matrix" ? [560, 1200, 2164] : table.layout === "blocks" ? [2306] : ([] as number[]);
  const rest = grid.colCount - labels.length;
  const left = TEXT_WIDTH - labels.reduce((a, b) => a + b, 0);
  const each = Math.floor(left / rest);
  return [...labels, ...Array.from({ length: rest }, (_, i) => each + (i < left - each * rest ? 1 : 0))];
}
