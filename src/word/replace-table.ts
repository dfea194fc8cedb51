/// <reference types="office-js" />
/**
 * Replaces a damaged table (labels lost, merges broken, rows missing, 2019 layout) by the
 * standard table: the new table goes after the old one's last part with every value the plan
 * carries, then the old parts are deleted, in one write sync (and one more when Word left a
 * paragraph after the new table that needs tidying). The parts must still hold what the check
 * read, or nothing is done.
 */
import { topLevelTable, type WordRead } from "./read-snapshot";
import type { ReplaceTablePlan } from "./plan-repairs";
import { fail, type PortResult, type WriteOutcome } from "./port";
import {
  LEFT_BEHIND,
  queueAfterTable,
  queueInsert,
  queueTracking,
  tidyUp,
  undoFailedInsert,
  withNote,
} from "./_lib/insert-at";
import { standardTablePackage } from "./insert-table";
import { CHANGED_TABLE, queueShapeCheck, sameValues } from "./_lib/table-shape";

export async function replaceTable(
  context: Word.RequestContext,
  read: WordRead,
  plan: ReplaceTablePlan,
  trackChanges: boolean | undefined,
): Promise<PortResult<WriteOutcome>> {
  // a nested table is not one Word can replace here: its `t` names the table holding it
  if (plan.parts.some((ref) => ref.path !== undefined)) return fail("unconfirmed");
  const parts = plan.parts.map((ref) => topLevelTable(read.tables, ref));
  if (!parts.length || parts.some((p) => !p)) return fail("stale");
  // each part must still be the table the check read: its shape and its text, cell by cell
  const sameShape = queueShapeCheck(
    context,
    read,
    parts.map((p) => p!),
    { count: false },
  );
  const now = parts.map((p) => p!.proxy.load("values"));
  const last = parts[parts.length - 1]!;
  const follows = queueAfterTable(context, last.proxy);
  const tracking = queueTracking(context, trackChanges);
  await context.sync();
  if (!sameShape() || parts.some((p, i) => !sameValues(now[i].values, p!.values)))
    return fail("stale", CHANGED_TABLE);
  const place = { host: last.proxy, location: "After" as const, ...follows() };
  const trailing = queueInsert(
    place,
    standardTablePackage(plan, (row, column) => plan.values[`${row}/${column}`]),
  );
  // the old parts go only after the new table is in: a batch failing half-way loses nothing
  parts.forEach((p) => p!.proxy.delete());
  try {
    await context.sync();
  } catch (error) {
    // the new table not in: what was made for it is taken out; in, with every part gone: done
    const left = await undoFailedInsert(context, place, { empty: trailing.paragraph });
    if (left !== "in") throw left === "kept" ? withNote(error, LEFT_BEHIND) : error;
    // the new table is in: done if every part went; if none did, the new table goes again
    const remaining = await partsLeft(
      context,
      parts.map((p) => p!.proxy),
    );
    if (remaining === 0) return { ok: true, value: { tracked: tracking.tracked(), untidy: true } };
    if (remaining === parts.length) {
      const removed = await removeNewTable(context, last.proxy, trailing.paragraph);
      if (removed === "clean") throw error;
      if (removed === "paragraph") throw withNote(error, LEFT_BEHIND);
    }
    throw withNote(error, HALF_REPLACED);
  }
  const untidy = await tidyUp(context, trailing);
  return { ok: true, value: { tracked: tracking.tracked(), ...(untidy ? { untidy } : {}) } };
}

/** What the clerk is told when the new table is in but a part of the old one could not be deleted. */
export const HALF_REPLACED =
  "换成标准表格没有完成：标准表格已插入，原表格的一部分未能删除，请检查后删除多余的表格";

/** How many of the tables are still in the document (each tried in a sync of its own). */
async function partsLeft(context: Word.RequestContext, tables: readonly Word.Table[]): Promise<number> {
  let left = 0;
  for (const table of tables) {
    try {
      table.load("rowCount");
      await context.sync();
      left++;
    } catch (error) {
      // deleted; out of reach for another reason: perhaps still there
      if (!/ItemNotFound|InvalidObjectPath/.test(String((error as { code?: unknown }).code))) left++;
    }
  }
  return left;
}

/**
 * Deletes the standard table just inserted right after `host` (the old table's last part), and
 * the empty paragraph the insertion made, where Word kept it: "clean" when nothing of the
 * insertion is left, "paragraph" when that paragraph could not be deleted, false when the table
 * could not be reached or deleted.
 */
async function removeNewTable(
  context: Word.RequestContext,
  host: Word.Table,
  empty: Word.Paragraph,
): Promise<"clean" | "paragraph" | false> {
  try {
    const table = host.getParagraphAfterOrNullObject().parentTableOrNullObject.load("rowCount");
    await context.sync();
    if (table.isNullObject) return false;
    table.delete();
    await context.sync();
  } catch {
    return false;
  }
  try {
    empty.load("text,tableNestingLevel");
    await context.sync();
  } catch {
    return "clean"; // taken by the content: Word kept no paragraph of the insertion's
  }
  if (empty.tableNestingLevel > 0 || empty.text.trim() !== "") return "clean";
  try {
    empty.delete();
    await context.sync();
    return "clean";
  } catch {
    return "paragraph";
  }
}
