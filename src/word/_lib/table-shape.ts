/// <reference types="office-js" />
/**
 * A write by address relies on the table having the shape it had at the check: a row the clerk
 * added since shifts every address below it, and a blank cell at the shifted address would pass
 * the text check ("" is "" anywhere). So writes load the touched tables' row count and each row's
 * cell count in their first sync, at no extra round trip, and refuse when anything differs.
 */
import type { WordTable } from "../read-snapshot";

/** Queues the loads (no sync); after the sync, says whether every table still has its shape. */
export function queueShapeCheck(tables: readonly WordTable[]): () => boolean {
  const loads = [...new Set(tables)].map((w) => ({
    w,
    table: w.proxy.load("rowCount"),
    rows: w.proxy.rows.load("items/cellCount"),
  }));
  return () =>
    loads.every(
      ({ w, table, rows }) =>
        table.rowCount === w.shape.rowCount &&
        rows.items.length === w.shape.cellCounts.length &&
        rows.items.every((row, r) => row.cellCount === w.shape.cellCounts[r]),
    );
}

export const CHANGED_TABLE = "表格在检查后增删了行或单元格";
