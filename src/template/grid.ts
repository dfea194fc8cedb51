import type { TableTemplate } from "./types";

/** A cell of a table's official Word grid: a label, or the value cell of a template cell. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  /** Set on value cells. */
  readonly value?: { readonly row: string; readonly column: string };
}

export interface OfficialGrid {
  readonly rowCount: number;
  readonly colCount: number;
  /** Origin cells, row-major. */
  readonly cells: readonly GridCell[];
}

const cell = (row: number, col: number, text: string, rowSpan = 1, colSpan = 1): GridCell => ({
  row,
  col,
  rowSpan,
  colSpan,
  text,
});

/**
 * The table as the official format draws it in Word, with every merge (format-2021.md §2–4),
 * derived from the template's rows, groups and columns.
 */
export function officialGrid(table: TableTemplate): OfficialGrid {
  // the templates are fixed: each check binds against the same grids, so each is drawn once
  let grid = drawn.get(table);
  if (!grid) drawn.set(table, (grid = drawGrid(table)));
  return grid;
}

const drawn = new WeakMap<TableTemplate, OfficialGrid>();

function drawGrid(table: TableTemplate): OfficialGrid {
  const grid =
    table.layout === "matrix"
      ? matrixGrid(table)
      : table.layout === "blocks"
        ? blocksGrid(table)
        : wideGrid(table);
  const cells = [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...grid, cells };
}

/** Table 三: a 3-row header over 3 label columns and one column per template column. */
function matrixGrid(table: TableTemplate): OfficialGrid {
  const labelCols = 3;
  const cols = table.columns;
  const header = (key: string) => table.headers.find((h) => h.key === key)!.label;
  const organisations = cols.filter((c) => c.group);
  const firstOrg = cols.indexOf(organisations[0]);
  const cells: GridCell[] = [
    cell(0, 0, header("note"), 3, labelCols),
    cell(0, labelCols, header("applicants"), 1, cols.length),
  ];
  cols.forEach((c, i) => {
    if (!c.group) cells.push(cell(1, labelCols + i, c.label, 2, 1));
    else cells.push(cell(2, labelCols + i, c.label));
  });
  cells.push(cell(1, labelCols + firstOrg, organisations[0].group!, 1, organisations.length));
  const top = 3;
  const results = header("results");
  const groupStart = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const r = top + i;
    if (!row.group) cells.push(cell(r, 0, row.label, 1, labelCols));
    else if (row.group === results) cells.push(cell(r, 1, row.label, 1, 2));
    else {
      if (!groupStart.has(row.group!)) groupStart.set(row.group!, r);
      cells.push(cell(r, 2, row.label));
    }
    row.columns.forEach((column, c) =>
      cells.push({ ...cell(r, labelCols + c, ""), value: { row: row.key, column } }),
    );
  });
  const inResults = table.rows.map((row, i) => (row.group ? i : -1)).filter((i) => i >= 0);
  cells.push(cell(top + inResults[0], 0, results, inResults.length, 1));
  for (const [group, start] of groupStart) {
    const span = table.rows.filter((row) => row.group === group).length;
    cells.push(cell(start, 1, group, span, 1));
  }
  return { rowCount: top + table.rows.length, colCount: labelCols + cols.length, cells };
}

/** Table 二: per block a title row, a header row and data rows, over 4 grid columns. */
function blocksGrid(table: TableTemplate): OfficialGrid {
  const width = 4;
  const cells: GridCell[] = [];
  let r = 0;
  const spans = (n: number): number[] => (n === 3 ? [1, 1, 1] : n === 2 ? [1, 2] : [3]);
  for (const block of table.blocks ?? []) {
    const rows = block.rows.map((key) => table.rows.find((t) => t.key === key)!);
    const columns = rows[0].columns.map((key) => table.columns.find((c) => c.key === key)!);
    cells.push(cell(r++, 0, block.title, 1, width));
    let col = 1;
    cells.push(cell(r, 0, table.headers[0].label));
    spans(columns.length).forEach((span, i) => {
      cells.push(cell(r, col, columns[i].label, 1, span));
      col += span;
    });
    r++;
    for (const row of rows) {
      cells.push(cell(r, 0, row.label));
      col = 1;
      spans(row.columns.length).forEach((span, i) => {
        cells.push({ ...cell(r, col, "", 1, span), value: { row: row.key, column: row.columns[i] } });
        col += span;
      });
      r++;
    }
  }
  return { rowCount: r, colCount: width, cells };
}

/** Table 四: group headers over five columns each, one row of values. */
function wideGrid(table: TableTemplate): OfficialGrid {
  const per = table.columns.length;
  const width = per * table.rows.length;
  const cells: GridCell[] = [];
  const groups = new Map<string, number>();
  table.rows.forEach((row, g) => {
    const col = g * per;
    if (row.group) {
      if (!groups.has(row.group)) groups.set(row.group, col);
      cells.push(cell(1, col, row.label, 1, per));
      table.columns.forEach((c, i) => cells.push(cell(2, col + i, c.label)));
    } else {
      cells.push(cell(0, col, row.label, 1, per));
      table.columns.forEach((c, i) => cells.push(cell(1, col + i, c.label, 2, 1)));
    }
    row.columns.forEach((column, i) =>
      cells.push({ ...cell(3, col + i, ""), value: { row: row.key, column } }),
    );
  });
  for (const [group, col] of groups) {
    const span = table.rows.filter((r) => r.group === group).length * per;
    cells.push(cell(0, col, group, 1, span));
  }
  return { rowCount: 4, colCount: width, cells };
}
