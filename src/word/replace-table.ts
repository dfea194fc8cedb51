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
  const before = parts.map((p) => JSON.stringify(p!.proxy.values));
  parts.forEach((p) => p!.proxy.load("values"));
  const last = parts[parts.length - 1]!;
  const follows = queueAfterTable(context, last.proxy);
  const tracking = queueTracking(context, trackChanges);
  await context.sync();
  if (parts.some((p, i) => JSON.stringify(p!.proxy.values) !== before[i]))
    return fail("stale", "the table changed since the check");
  const trailing = queueInsert(
    { host: last.proxy, location: "After", ...follows() },
    standardTablePackage(plan, (row, column) => plan.values[`${row}/${column}`]),
  );
  parts.forEach((p) => p!.proxy.delete());
  await context.sync();
  const untidy = await tidyUp(context, trailing);
  return { ok: true, value: { tracked: tracking.tracked(), ...(untidy ? { untidy } : {}) } };
}
