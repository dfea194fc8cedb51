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
  // what puts a part back where it was, should the replacement have to be undone
  const restorers = parts.map((p) => queueRestorer(p!.proxy));
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
    // the new table is in: done once every part is gone (those left deleted again, one by one);
    // otherwise the parts gone are put back and the new table goes: wholly undone
    const remaining = await partsLeft(
      context,
      parts.map((p) => p!.proxy),
    );
    if (remaining.length < parts.length && (await deleteEach(context, remaining)))
      return { ok: true, value: { tracked: tracking.tracked(), untidy: true } };
    const gone = restorers.filter((_, i) => !remaining.includes(parts[i]!.proxy));
    const { next } = restorers[restorers.length - 1];
    const table = await newTable(context, remaining.includes(last.proxy) ? last.proxy : null, next);
    if (table && (await restoreEach(context, gone))) {
      const removed = await removeNewTable(context, table, trailing.paragraph);
      if (removed === "paragraph") throw withNote(error, LEFT_BEHIND);
      if (removed) throw gone.length ? withNote(error, UNDONE) : error;
    }
    throw withNote(error, HALF_REPLACED);
  }
  const untidy = await tidyUp(context, trailing);
  return { ok: true, value: { tracked: tracking.tracked(), ...(untidy ? { untidy } : {}) } };
}

/** What the clerk is told when the new table is in and the old one could be neither wholly deleted nor put back. */
export const HALF_REPLACED =
  "换成标准表格没有完成，也未能撤回：标准表格已插入，原表格可能只剩一部分，请检查后删除多余的表格，或用“撤消”（Ctrl+Z）恢复";

/** What the clerk is told when the replacement failed half-way and was wholly undone. */
export const UNDONE = "换成标准表格没有完成，已全部撤回：原表格已放回原处，标准表格已删除";

/** The tables still in the document (each tried in a sync of its own). */
async function partsLeft(context: Word.RequestContext, tables: readonly Word.Table[]): Promise<Word.Table[]> {
  const left: Word.Table[] = [];
  for (const table of tables) {
    try {
      table.load("rowCount");
      await context.sync();
      left.push(table);
    } catch (error) {
      // deleted; out of reach for another reason: perhaps still there
      if (!/ItemNotFound|InvalidObjectPath/.test(String((error as { code?: unknown }).code)))
        left.push(table);
    }
  }
  return left;
}

/** Deletes each table in a sync of its own; true when every one went. */
async function deleteEach(context: Word.RequestContext, tables: readonly Word.Table[]): Promise<boolean> {
  for (const table of tables) {
    try {
      table.delete();
      await context.sync();
    } catch {
      return false;
    }
  }
  return true;
}

/** A part's own OOXML and the paragraph after it (Word keeps one after every table): where it goes back. */
interface Restorer {
  readonly ooxml: OfficeExtension.ClientResult<string>;
  readonly next: Word.Paragraph;
}

/** Queues, in the first sync, what puts a table back where it is should it be deleted. */
function queueRestorer(table: Word.Table): Restorer {
  return {
    ooxml: table.getRange("Whole").getOoxml(),
    next: table.getParagraphAfterOrNullObject().load("text,tableNestingLevel"),
  };
}

/**
 * Puts deleted parts back, each from its own OOXML before the paragraph that followed it (an
 * insertion like any other: an empty paragraph replaced, the one Word leaves after it taken out);
 * true when every one went back.
 */
async function restoreEach(context: Word.RequestContext, gone: readonly Restorer[]): Promise<boolean> {
  for (const { ooxml, next } of gone) {
    const place = {
      host: next,
      location: "Before" as const,
      followedBy: "paragraph" as const,
      trailing: () => next.getPreviousOrNullObject(),
      edges: null,
    };
    try {
      queueInsert(place, ooxml.value);
      await context.sync();
    } catch {
      return false;
    }
    await emptyOut(context, next);
  }
  return true;
}

/**
 * Deletes the empty paragraphs an insertion left between a table put back and `next`, which
 * followed it directly before (one "Replace" adds, office-js-docs#874, and the part's own OOXML
 * ends with one): best effort, a few at most.
 */
async function emptyOut(context: Word.RequestContext, next: Word.Paragraph): Promise<void> {
  for (let i = 0; i < 3; i++) {
    try {
      const before = next.getPreviousOrNullObject().load("text,tableNestingLevel");
      await context.sync();
      if (before.isNullObject || before.tableNestingLevel > 0 || before.text.trim()) return;
      before.delete();
      await context.sync();
    } catch {
      return;
    }
  }
}

/**
 * The standard table just inserted where the old table's last part was: right after `host`, or,
 * that part gone, before `next`, the paragraph that followed it (past the empty paragraph an
 * insertion may leave); null when it cannot be reached.
 */
async function newTable(
  context: Word.RequestContext,
  host: Word.Table | null,
  next: Word.Paragraph,
): Promise<Word.Table | null> {
  try {
    const before = next.getPreviousOrNullObject().load("text,tableNestingLevel");
    const further = before.getPreviousOrNullObject().load("tableNestingLevel");
    await context.sync();
    const inTable = (p: Word.Paragraph) => !p.isNullObject && p.tableNestingLevel > 0;
    const first = host
      ? host.getParagraphAfterOrNullObject()
      : inTable(before)
        ? before
        : !before.isNullObject && !before.text.trim() && inTable(further)
          ? further
          : null;
    if (!first) return null;
    const table = first.parentTableOrNullObject.load("rowCount");
    await context.sync();
    return table.isNullObject ? null : table;
  } catch {
    return null;
  }
}

/**
 * Deletes the standard table just inserted, and the empty paragraph the insertion made, where
 * Word kept it: "clean" when nothing of the insertion is left, "paragraph" when that paragraph
 * could not be deleted, false when the table could not be deleted.
 */
async function removeNewTable(
  context: Word.RequestContext,
  table: Word.Table,
  empty: Word.Paragraph,
): Promise<"clean" | "paragraph" | false> {
  try {
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
