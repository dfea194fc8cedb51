import type { FormatTemplate, RowTemplate, TableTemplate } from "../../template";
import type { BoundCell, CellValue, SnapshotCell } from "../types";
import { inColumnUnit } from "../values";
import {
  templateCells,
  type LabelIssue,
  type Subtotal,
  type TableBinding,
  type TemplateCell,
} from "./binding";
import type { LabelMatch } from "./label-index";
import type { TableView } from "./table-view";

/** Binds a template value cell to the document cell holding it, its value in the column's unit. */
export function bindCell(
  table: TableTemplate,
  slot: TemplateCell,
  cell: SnapshotCell,
  value: CellValue,
): BoundCell {
  const read = slot.template ? inColumnUnit(value, slot.template, cell.text) : value;
  return {
    key: { table: table.key, row: slot.row, column: slot.column },
    text: cell.text,
    value: read,
    ref: cell.ref,
  };
}

/**
 * The issue with a bound row's label: not the official wording, or missing or overwritten when
 * the row was bound by position.
 */
export function rowLabelIssue(
  row: RowTemplate,
  item?: LabelMatch,
  cell?: SnapshotCell,
): LabelIssue | undefined {
  if (item?.status === "accepted") return undefined;
  const actual = cell?.text.trim() ?? "";
  return {
    role: "row",
    key: row.key,
    expected: row.label,
    actual,
    status: item ? (item.status as LabelIssue["status"]) : actual ? "altered" : "missing",
    ref: cell?.ref ?? null,
  };
}

/** A document row as a binder sees it, aligned or not with a template row. */
export interface DocumentRow {
  readonly view: TableView;
  /** The row's value cells, in the template row's column order. */
  readonly values: readonly (SnapshotCell | undefined)[];
  /** The row label it carries, when it names a template row. */
  readonly item?: LabelMatch;
  /** The cell where its row label is (or belongs). */
  readonly labelCell?: SnapshotCell;
}

/** What binding aligned rows gives: their value cells, the rows found, their label issues. */
export interface BoundRows {
  readonly cells: Map<string, BoundCell>;
  readonly rows: Set<string>;
  readonly labelIssues: LabelIssue[];
  /** Sum of the alignment scores of the matched rows. */
  readonly score: number;
}

/**
 * Binds the value cells of document rows matched to template rows (`matched[j]` is the
 * document row of template row j, or -1) and collects their label issues.
 */
export function bindRows(
  table: TableTemplate,
  docRows: readonly DocumentRow[],
  matched: readonly number[],
  score: (docRow: number, templateRow: number) => number,
  /** Template rows bound out of the format's order (bindOutOfOrder): a label issue each. */
  moved: readonly number[] = [],
): BoundRows {
  const cells = new Map<string, BoundCell>();
  const rows = new Set<string>();
  const labelIssues: LabelIssue[] = [];
  let total = 0;
  const slots = templateCells(table);
  for (let j = 0; j < matched.length; j++) {
    const i = matched[j];
    if (i < 0) continue;
    const row = table.rows[j];
    const doc = docRows[i];
    rows.add(row.key);
    total += score(i, j);
    const rowSlots = slots[j];
    for (let c = 0; c < rowSlots.length; c++) {
      const cell = doc.values[c];
      if (cell) cells.set(rowSlots[c].id, bindCell(table, rowSlots[c], cell, doc.view.valueOf(cell)));
    }
    const issue = rowLabelIssue(row, doc.item, doc.labelCell);
    if (issue) labelIssues.push(issue);
    if (moved.includes(j))
      labelIssues.push({
        role: "row",
        key: row.key,
        expected: row.label,
        actual: doc.labelCell?.text.trim() ?? "",
        status: "moved",
        ref: doc.labelCell?.ref ?? null,
      });
  }
  return { cells, rows, labelIssues, score: total };
}

/** The binding of a template table to the document tables `views`. */
export function tableBinding(
  views: readonly TableView[],
  format: FormatTemplate,
  table: TableTemplate,
  bound: Omit<BoundRows, "score">,
  score: number,
  subtotals: readonly Subtotal[] = [],
): TableBinding {
  return {
    key: table.key,
    format,
    table,
    parts: views.map((v) => v.table.ref),
    cells: bound.cells,
    rows: bound.rows,
    labelIssues: bound.labelIssues,
    score,
    block: views[0].block,
    // one shape for every binding (see amendBinding)
    copies: undefined,
    subtotals,
  };
}
