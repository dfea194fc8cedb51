import type { RowTemplate } from "../../template";
import type { BoundCell, CellValue, SnapshotCell, TableKey } from "../types";
import type { LabelIssue } from "./binding";
import type { LabelMatch } from "./label-index";

/** Binds a template value cell to the document cell holding it. */
export function bindCell(
  table: TableKey,
  row: string,
  column: string,
  cell: SnapshotCell,
  value: CellValue,
): BoundCell {
  return { key: { table, row, column }, text: cell.text, value, ref: cell.ref };
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
