import type { RowTemplate, TableTemplate } from "../../../template";
import { labelKey } from "../../normalise";
import type { TableBinding } from "../../tables/binding";
import type { DocumentSnapshot, SnapshotCell } from "../../types";

/** Rows of the format written in one document row: their labels paragraphs of one cell. */
export interface MergedRows {
  readonly cell: SnapshotCell;
  /** The format's rows named in the cell, in the cell's order. */
  readonly rows: readonly RowTemplate[];
}

/**
 * The label cells of a table that hold two rows' labels or more, each a paragraph of its own, one
 * of those rows found nowhere else: rows merged into one, as a PDF's conversion leaves rows with
 * no rule drawn between them, or a web page's rows joined by line breaks. Their figures share
 * cells too, and none can be told from another.
 */
export function mergedRows(snapshot: DocumentSnapshot, binding: TableBinding): readonly MergedRows[] {
  // 表四's groups head its columns: their labels in one cell are a header, not rows
  if (binding.table.layout === "wide") return [];
  // table-row-missing and table-rows-merged both ask, for every table of every check
  let found = foundIn.get(binding);
  if (!found) foundIn.set(binding, (found = findMerged(snapshot, binding)));
  return found;
}

const foundIn = new WeakMap<TableBinding, readonly MergedRows[]>();

function findMerged(snapshot: DocumentSnapshot, binding: TableBinding): MergedRows[] {
  const byLabel = rowsByLabel(binding.table);
  const found: MergedRows[] = [];
  for (const block of snapshot.blocks) {
    if (block.kind !== "table" || !binding.parts.includes(block.ref)) continue;
    for (const cell of block.cells) {
      if (!cell.text.includes("\n")) continue;
      const rows = cell.text.split("\n").flatMap((line) => byLabel.get(labelKey(line)) ?? []);
      if (rows.length >= 2 && rows.some((r) => !binding.rows.has(r.key))) found.push({ cell, rows });
    }
  }
  return found;
}

/** A table's rows by their labels' keys, made once a table. */
function rowsByLabel(table: TableTemplate): ReadonlyMap<string, RowTemplate> {
  let rows = byLabelOf.get(table);
  if (!rows) byLabelOf.set(table, (rows = new Map(table.rows.map((r) => [labelKey(r.label), r]))));
  return rows;
}

const byLabelOf = new WeakMap<TableTemplate, ReadonlyMap<string, RowTemplate>>();
