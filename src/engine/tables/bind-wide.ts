import { officialGrid, type FormatTemplate, type TableTemplate } from "../../template";
import type { SnapshotCell } from "../types";
import { parseCellValue } from "../values";
import { templateCells, type LabelIssue, type TableBinding } from "./binding";
import { bindCell, tableBinding } from "./bound";
import { columnLabels } from "./columns";
import { holdsSeveralFigures } from "./filling";
import { lookupLabel, templateLabelKey, type LabelIndex } from "./label-index";
import { cellAt, holdsFigure, holdsValue, type TableView } from "./table-view";

/**
 * Binds a `wide` table (table4): one row of values under a two- or three-level header, read
 * left to right as the template's rows (groups) times columns. A table written the other way
 * round, one labelled row per group, is read by its row labels.
 */
export function bindWide(
  views: readonly TableView[],
  format: FormatTemplate,
  table: TableTemplate,
  index: LabelIndex,
): TableBinding {
  const byRow = templateCells(table);
  const slots = byRow.flat();
  // the document cell of each slot, by the slot's index
  const found: (SnapshotCell | undefined)[] = [];
  let score = 0;
  for (const view of views) {
    const all = view.rows.map((_, r) => r);
    // the group labels (行政复议 …) are row labels of the template but sit in the header here
    const headers = all.filter(
      (r) =>
        filledValues(view, view.rows[r]) < 5 &&
        view.rows[r].some((c) => lookupLabel(index, view.keyOf(c), table.key).length),
    );
    score += headers.length;
    const byRowLabel = labelledRows(view, table, index);
    if (byRowLabel.size > 0) {
      for (const [row, cells] of byRowLabel) {
        const j = table.rows.findIndex((t) => t.key === row);
        const first = slots.indexOf(byRow[j][0]);
        byRow[j].forEach((_, i) => {
          if (cells[i]) found[first + i] = cells[i];
        });
      }
      continue;
    }
    const body = all.filter((r) => !headers.includes(r));
    // a row of values, or failing that (every value left blank) the first row wide enough
    const valueRow =
      body.find((r) => filledValues(view, view.rows[r]) >= 5) ??
      body.find((r) => view.rows[r].length >= slots.length);
    if (valueRow === undefined) continue;
    const cells = view.rows[valueRow];
    const leafCols = [...new Set(columnLabels(view, headers, table, index).map((l) => l.cell.col))].sort(
      (a, b) => a - b,
    );
    // a table of some of the groups (行政复议 in one table, 行政诉讼 in another) fills theirs;
    // one with room for every group is the whole table, whatever its labels say
    const values = valueCells(view, cells);
    const own =
      values.length < slots.length ? partSlots(view, headers, table, index).flatMap((j) => byRow[j]) : [];
    const targets = own.length ? own : slots;
    const picked =
      leafCols.length === targets.length
        ? leafCols.map((col) => cellAt(cells, col))
        : values.slice(-targets.length);
    picked.forEach((cell, i) => {
      if (cell && targets[i]) found[slots.indexOf(targets[i])] = cell;
    });
  }
  const cells = new Map<string, ReturnType<typeof bindCell>>();
  const rows = new Set<string>();
  slots.forEach((slot, s) => {
    const cell = found[s];
    if (!cell) return;
    cells.set(slot.id, bindCell(table, slot, cell, parseCellValue(cell.text)));
    rows.add(slot.row);
  });
  const labelIssues = views[0] ? headerSlips(views[0], table, index) : [];
  return tableBinding(views, format, table, { cells, rows, labelIssues }, score + cells.size);
}

/**
 * Header labels of a table drawn on the official grid that are not the official label in their
 * place: the grid, not the words, says which label each cell is, so a slip is reported as one.
 */
function headerSlips(view: TableView, table: TableTemplate, index: LabelIndex): LabelIssue[] {
  const grid = officialGrid(table);
  if (view.table.rowCount !== grid.rowCount || view.table.colCount !== grid.colCount) return [];
  return grid.cells.flatMap((official): LabelIssue[] => {
    if (official.value) return [];
    // the cell starting at the official cell's place: the row's index holds it (the grids match)
    const cell = view.rows[official.row].find((c) => c.row === official.row && c.col === official.col);
    const expected = templateLabelKey(official.text);
    const written = cell ? view.keyOf(cell) : "";
    if (!written || written === expected) return [];
    const named = lookupLabel(index, expected, table.key);
    const same = lookupLabel(index, written, table.key).some(
      (m) => m.status !== "altered" && named.some((e) => e.key === m.key),
    );
    if (same) return [];
    const group = groupAbove(grid, official, table);
    return [
      {
        role: "header",
        key: official.text,
        expected: official.text,
        actual: cell!.text.trim(),
        status: "altered",
        ...(group ? { row: group } : {}),
        ref: cell!.ref,
      },
    ];
  });
}

type GridCell = ReturnType<typeof officialGrid>["cells"][number];

/**
 * The group (template row: 行政复议, 未经复议直接起诉, 复议后起诉) whose header stands over an
 * official header cell: each group has a 结果维持 … 总计 of its own, and a slip is told by its group.
 */
function groupAbove(
  grid: ReturnType<typeof officialGrid>,
  cell: GridCell,
  table: TableTemplate,
): string | undefined {
  let found: { row: number; key: string } | undefined;
  for (const above of grid.cells) {
    if (above.row >= cell.row || above.col > cell.col || cell.col >= above.col + above.colSpan) continue;
    const row = table.rows.find((t) => t.label === above.text);
    if (row && (!found || above.row > found.row)) found = { row: above.row, key: row.key };
  }
  return found?.key;
}

/**
 * The groups (template rows) a part's header names, left to right, when it names some but not
 * all: a table of 行政复议 alone, or of the two 行政诉讼 groups. Empty when it names all or none,
 * and the part is read as the whole table.
 */
function partSlots(
  view: TableView,
  headers: readonly number[],
  table: TableTemplate,
  index: LabelIndex,
): number[] {
  const named = new Map<number, number>();
  for (const r of headers)
    for (const cell of view.rows[r]) {
      if (cell.row !== r) continue;
      const match = lookupLabel(index, view.keyOf(cell), table.key).find((m) => m.role === "row");
      const j = match ? table.rows.findIndex((t) => t.key === match.key) : -1;
      if (j >= 0 && !named.has(j)) named.set(j, cell.col);
    }
  if (named.size === 0 || named.size === table.rows.length) return [];
  return [...named].sort((a, b) => a[1] - b[1]).map(([j]) => j);
}

/**
 * The cells of a row of values; figures run together ("4 1 0", a PDF's text) take their place
 * among them, for table-run-together to report rather than the figures beside them moving over.
 */
function valueCells(view: TableView, cells: readonly SnapshotCell[]): SnapshotCell[] {
  return cells.filter((c) => holdsValue(view, c) || holdsSeveralFigures(c.text));
}

function filledValues(view: TableView, cells: readonly SnapshotCell[]): number {
  return cells.filter((c) => holdsFigure(view, c)).length;
}

/**
 * Rows whose labels, before the first figure, name a group (行政复议, 未经复议直接起诉,
 * 复议后起诉), followed by its values.
 */
function labelledRows(view: TableView, table: TableTemplate, index: LabelIndex): Map<string, SnapshotCell[]> {
  const rows = new Map<string, SnapshotCell[]>();
  view.rows.forEach((cells, r) => {
    const own = cells.filter((c) => c.row === r);
    // the group's label, after the 行政诉讼 header cell merged down beside the two 诉讼 groups
    for (let at = 0; at < own.length && !holdsFigure(view, own[at]); at++) {
      const match = lookupLabel(index, view.keyOf(own[at]), table.key).find((m) => m.role === "row");
      if (!match) continue;
      const rest = own.slice(at + 1);
      if (filledValues(view, rest) >= 4 && !rows.has(match.key)) rows.set(match.key, valueCells(view, rest));
      return;
    }
  });
  return rows;
}
