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
import { queueAfterTable, queueInsert, queueTracking, tidyUp } from "./_lib/insert-at";
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
  const trailing = queueInsert(
    { host: last.proxy, location: "After", ...follows() },
    standardTablePackage(plan, (row, column) => plan.values[`${row}/${column}`]),
  );
  parts.forEach((p) => p!.proxy.delete());
  await context.sync();
  const untidy = await tidyUp(context, trailing);
  return { ok: true, value: { tracked: tracking.tracked(), ...(untidy ? { untidy } : {}) } };
}
