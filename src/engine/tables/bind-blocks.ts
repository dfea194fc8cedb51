import type { FormatTemplate, RowTemplate, TableTemplate } from "../../template";
import { similarity } from "../_lib/similarity";
import type { SnapshotCell } from "../types";
import { alignRows, missingBefore, MISSING_ROW_COST } from "./align";
import type { LabelIssue, TableBinding } from "./binding";
import { bindRows, tableBinding, type DocumentRow } from "./bound";
import { isHeaderRow } from "./columns";
import { lookupLabel, templateLabelKey, type LabelIndex } from "./label-index";
import { holdsFigure, type TableView } from "./table-view";

interface DataRow extends DocumentRow {
  readonly labelCell: SnapshotCell;
  readonly labelKey: string;
  readonly values: readonly SnapshotCell[];
  readonly hasValues: boolean;
  /** Index of the block whose title was seen last above the row. */
  readonly block?: number;
}

interface HeaderRow {
  readonly view: TableView;
  readonly r: number;
  readonly block?: number;
}

/**
 * Binds a `blocks` table (table2): blocks of a title row, a header row and data rows, each data
 * row a label followed by its values. Works the same when the blocks are separate tables.
 */
export function bindBlocks(
  views: readonly TableView[],
  format: FormatTemplate,
  table: TableTemplate,
  index: LabelIndex,
): TableBinding {
  const blocks = table.blocks ?? [];
  const titles = new Map<number, SnapshotCell>();
  const headers: HeaderRow[] = [];
  const data: DataRow[] = [];
  let block: number | undefined;
  for (const view of views) {
    view.rows.forEach((cells, r) => {
      const own = cells.filter((c) => c.row === r);
      const title = own
        .flatMap((c) => lookupLabel(index, view.keyOf(c), table.key).map((m) => ({ c, m })))
        .find(({ m }) => m.role === "title");
      if (title) {
        block = blocks.findIndex((b) => b.title === title.m.key);
        titles.set(block, title.c);
      } else if (isHeaderRow(view, r, table, index)) headers.push({ view, r, block });
      else if (cells.length > 1) data.push(readDataRow(view, cells, table, index, block));
    });
  }
  const blockOf = table.rows.map((row) => blocks.findIndex((b) => b.rows.includes(row.key)));
  const matched = alignRows(
    data.length,
    table.rows.length,
    (i, j) => rowScore(data[i], table.rows[j], blockOf[j]),
    (i) => (data[i].item ? -3 : data[i].hasValues ? -1 : 0),
  );

  const bound = bindRows(table, fitted(data, matched, table), matched, (i, j) =>
    rowScore(data[i], table.rows[j], blockOf[j]),
  );
  const headerLabels = headerIssues(headers, table, index, bound.rows);
  bound.labelIssues.push(...headerLabels.issues, ...titleIssues(titles, table, bound.rows));
  const score =
    bound.score + titles.size * 2 + headerLabels.matched * 2 - MISSING_ROW_COST * missingBefore(matched);
  return tableBinding(views, format, table, bound, score);
}
/**
 * The data rows with each matched row's values fitted to its template row: a row with more cells
 * than the row has columns, and filled in exactly as many, gives its filled cells. A header cell
 * meant to span three columns, split into three (a merge flattened), leaves the figure in the
 * middle one of three cells; read by position, the first, blank one stood for it.
 */
function fitted(data: readonly DataRow[], matched: readonly number[], table: TableTemplate): DataRow[] {
  const rows = [...data];
  matched.forEach((i, j) => {
    if (i < 0) return;
    const need = table.rows[j].columns.length;
    const values = data[i].values;
    if (values.length <= need) return;
    const filled = values.filter((v) => v.text.trim() !== "");
    if (filled.length === need) rows[i] = { ...data[i], values: filled };
  });
  return rows;
}

function readDataRow(
  view: TableView,
  cells: readonly SnapshotCell[],
  table: TableTemplate,
  index: LabelIndex,
  block: number | undefined,
): DataRow {
  const [labelCell, ...values] = cells;
  const item = lookupLabel(index, view.keyOf(labelCell), table.key).find((m) => m.role === "row");
  const hasValues = values.some((v) => holdsFigure(view, v));
  return { view, labelCell, labelKey: view.keyOf(labelCell), values, hasValues, item, block };
}

function rowScore(doc: DataRow, row: RowTemplate, block: number): number {
  if (doc.item) {
    if (doc.item.key !== row.key) return -Infinity;
    return doc.item.status === "accepted" ? 10 : 8;
  }
  if (!doc.hasValues) return -Infinity;
  let score = 1;
  if (doc.block !== undefined) score += doc.block === block ? 3 : -3;
  const filled = doc.values.filter((v) => v.text.trim() !== "").length;
  if (filled <= row.columns.length) score += 1;
  if (similarity(templateLabelKey(row.label), doc.labelKey) >= 0.5) score += 3;
  return score;
}

/** Header labels of each block that are not the official column labels. */
function headerIssues(
  headers: readonly HeaderRow[],
  table: TableTemplate,
  index: LabelIndex,
  found: ReadonlySet<string>,
): { issues: LabelIssue[]; matched: number } {
  const issues: LabelIssue[] = [];
  let matched = 0;
  for (const { view, r, block } of headers) {
    const rowKeys = block === undefined ? undefined : table.blocks?.[block]?.rows;
    const first = table.rows.find((row) => row.key === rowKeys?.[0]);
    if (!first || !rowKeys?.some((k) => found.has(k))) continue;
    const labels = view.rows[r].filter((c) => c.row === r).slice(1);
    first.columns.forEach((key, i) => {
      const column = table.columns.find((c) => c.key === key)!;
      const cell = labels[i];
      const match = cell && lookupLabel(index, view.keyOf(cell), table.key).find((m) => m.key === key);
      if (match?.status === "accepted") {
        matched++;
        return;
      }
      issues.push({
        role: "column",
        key,
        expected: column.label,
        actual: cell?.text.trim() ?? "",
        status: match ? (match.status as LabelIssue["status"]) : cell?.text.trim() ? "altered" : "missing",
        ref: cell?.ref ?? null,
        row: first.key,
      });
    });
  }
  return { issues, matched };
}

/** Block titles missing above rows that were found, once any title was seen. */
function titleIssues(
  titles: ReadonlyMap<number, SnapshotCell>,
  table: TableTemplate,
  found: ReadonlySet<string>,
): LabelIssue[] {
  if (titles.size === 0) return [];
  return (table.blocks ?? []).flatMap((block, b) =>
    titles.has(b) || !block.rows.some((k) => found.has(k))
      ? []
      : [
          {
            role: "title" as const,
            key: block.title,
            expected: block.title,
            actual: "",
            status: "missing" as const,
            ref: null,
          },
        ],
  );
}
