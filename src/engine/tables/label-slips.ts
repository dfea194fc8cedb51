import type { TableTemplate } from "../../template";
import type { HostRef } from "../types";
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
      if (!slip || seen.has(refKey(cell.ref))) continue;
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
