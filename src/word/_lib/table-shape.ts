/// <reference types="office-js" />
/**
 * A write by address relies on the table having the shape it had at the check: a row the clerk
 * added since shifts every address below it, and a blank cell at the shifted address would pass
 * the text check ("" is "" anywhere). So writes load the touched tables' row count and each row's
 * cell count in their first sync, at no extra round trip, and refuse when anything differs.
 */
import type { WordRead, WordTable } from "../read-snapshot";
import { sameText } from "./same-text";

/**
 * Queues the loads (no sync); after the sync, says whether Word still lists as many top-level
 * tables as the read did (a table inserted above renumbers the findings' refs; not asked where
 * the table is reached through its own proxy, `count: false`) and every table still has its shape.
 */
export function queueShapeCheck(
  context: Word.RequestContext,
  read: WordRead,
  tables: readonly WordTable[],
  { count = true }: { readonly count?: boolean } = {},
): () => boolean {
  const listed = count ? context.document.body.tables.load("items/nestingLevel") : null;
  const loads = [...new Set(tables)].map((w) => ({
    w,
    table: w.proxy.load("rowCount"),
    rows: w.proxy.rows.load("items/cellCount"),
  }));
  return () =>
    (!listed || listed.items.filter((t) => t.nestingLevel === 1).length === read.tables.length) &&
    loads.every(
      ({ w, table, rows }) =>
        table.rowCount === w.shape.rowCount &&
        rows.items.length === w.shape.cellCounts.length &&
        rows.items.every((row, r) => row.cellCount === w.shape.cellCounts[r]),
    );
}

/** The read's tables whose cells have Word addresses (read with their OOXML): what a write by address relies on. */
export const addressed = (read: WordRead): WordTable[] => read.tables.filter((w) => w.physical);

/**
 * Whether two reads saw the same tables: as many, each of the same shape and the same cell texts.
 * A fix made from one read and written through another (清除标记 reads afresh) relies on it: a
 * table inserted above since the check gives the check's refs to another table.
 */
export function sameTables(a: WordRead, b: WordRead): boolean {
  return (
    a.tables.length === b.tables.length &&
    a.tables.every((w, t) => {
      const v = b.tables[t];
      return (
        JSON.stringify(w.shape) === JSON.stringify(v.shape) &&
        JSON.stringify(w.block.cells.map((c) => c.text)) === JSON.stringify(v.block.cells.map((c) => c.text))
      );
    })
  );
}

/**
 * Whether the read a fix or a 定位 goes through still shows the tables of the check its ref comes
 * from (`checked`): 清除标记 reads afresh, and a table inserted above since then hands the check's
 * refs to another table, where a blank cell passes the text check.
 */
export const fromThisCheck = (read: WordRead, checked: WordRead | null): boolean =>
  read === checked || (!!checked && sameTables(read, checked));

/** The body paragraphs a read saw, by Word's index, with their text. */
const paragraphsOf = (read: WordRead): string[] =>
  read.snapshot.blocks.flatMap((b) => (b.kind === "paragraph" ? [`${String(b.ref.p)}:${b.text}`] : []));

/**
 * Whether a plan made from the check (`checked`: 换成标准表格's parts, 插入这一部分's anchor and
 * model paragraphs) may be carried out through `read`: the same read, or one that saw the same
 * tables and the same body paragraphs at the same places. 清除标记 and 自检 read afresh, and a
 * table or paragraph the clerk added above since the check gives the plan's refs to another block.
 */
export const planFromThisCheck = (read: WordRead, checked: WordRead | null): boolean =>
  read === checked ||
  (!!checked &&
    sameTables(read, checked) &&
    JSON.stringify(paragraphsOf(read)) === JSON.stringify(paragraphsOf(checked)));

/**
 * Whether Word's `values` of a table are still those the read saw, cell by cell, as `sameText`
 * compares them (Word's marks in the text, such as a comment's, do not count).
 */
export const sameValues = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean =>
  a.length === b.length &&
  a.every((row, r) => row.length === b[r].length && row.every((text, c) => sameText(text, b[r][c])));

export const CHANGED_TABLE = "表格在检查后有增删（行、单元格或整个表格）";
export const CHANGED_SINCE_CHECK = "文档中的表格在检查后有改动，请重新检查";
