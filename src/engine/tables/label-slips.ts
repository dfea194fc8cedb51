import type { TableTemplate } from "../../template";
import type { HostRef, SnapshotCell } from "../types";
import type { LabelIssue } from "./binding";
import { lookupLabel, type LabelIndex } from "./label-index";
import type { TableView } from "./table-view";

const refKey = (ref: HostRef | null): string => JSON.stringify(ref);

/**
 * Labels read as an official label by closeness, not by their words: a group label
 * (（三）不于公开), a header (申请人情况 with a slip) or any other label of the table that a binder
 * took for the official one without saying so. Each is `altered`, naming the official label;
 * a cell a binder already reported is left to its binder's issue.
 */
export function labelSlips(
  views: readonly TableView[],
  table: TableTemplate,
  index: LabelIndex,
  reported: readonly LabelIssue[],
): LabelIssue[] {
  const seen = new Set(reported.map((issue) => refKey(issue.ref)));
  const issues: LabelIssue[] = [];
  for (const view of views) {
    for (const cell of view.table.cells) {
      const key = view.keyOf(cell);
      if (!key || index.has(key) || view.valueOf(cell).kind !== "text") continue;
      const slip = lookupLabel(index, key, table.key).find((m) => m.status === "altered");
      if (!slip || seen.has(refKey(cell.ref)) || wrappedPiece(view, cell, index)) continue;
      seen.add(refKey(cell.ref));
      issues.push({
        role: slip.role,
        key: slip.key,
        expected: slip.label,
        actual: cell.text.trim(),
        status: "altered",
        ref: cell.ref,
      });
    }
  }
  return issues;
}

/**
 * True for a piece of a label wrapped over two rows ("4.保护第三方合法" over "权益"): with the
 * cell right below or right above it in its column, it makes an official label exactly.
 */
function wrappedPiece(view: TableView, cell: SnapshotCell, index: LabelIndex): boolean {
  const key = view.keyOf(cell);
  const below = view.table.cells.find(
    (c) => c.col === cell.col && c.row === cell.row + Math.max(1, cell.rowSpan),
  );
  const above = view.table.cells.find(
    (c) => c.col === cell.col && c.row + Math.max(1, c.rowSpan) === cell.row,
  );
  return (!!below && index.has(key + view.keyOf(below))) || (!!above && index.has(view.keyOf(above) + key));
}
