/// <reference types="office-js" />
/**
 * Inserts a zero-filled standard table, wrapped in a content control tagged with its key: at
 * the cursor, or at the end of the section that lacks it. One sync to confirm the place, one to
 * write.
 */
import { emptyParagraph, flatOpc, standardTable, tableTextStyle } from "../docx/write";
import { getFormat, getTable } from "../template";
import { paragraphsNeeded, queueAnchor, queueInsert, queueTracking } from "./_lib/insert-at";
import type { InsertTablePlan } from "./plan-repairs";
import { type PortResult, type WriteOutcome } from "./port";
import type { WordRead } from "./read-snapshot";

/** The OOXML package of a zero-filled standard table followed by an empty paragraph. */
export function standardTablePackage(
  plan: Pick<InsertTablePlan, "table" | "format">,
  value?: (row: string, column: string) => string | undefined,
): string {
  const table = getTable(getFormat(plan.format), plan.table);
  return flatOpc(standardTable(table, value ? { value } : {}) + emptyParagraph(), {
    styles: tableTextStyle(),
  });
}

export async function insertTable(
  context: Word.RequestContext,
  read: WordRead,
  plan: InsertTablePlan,
  trackChanges: boolean | undefined,
): Promise<PortResult<WriteOutcome>> {
  const needed = plan.anchor.kind === "cursor" ? -1 : paragraphsNeeded(plan.anchor.ref);
  const paragraphs =
    needed >= 0
      ? context.document.body.paragraphs.load({ select: "text,tableNestingLevel", top: needed + 1 })
      : null;
  const pending = queueAnchor(context, read, plan.anchor, paragraphs);
  const tracking = queueTracking(context, trackChanges);
  await context.sync();
  const place = pending.resolve();
  if (!place.ok) return place;
  queueInsert(place.value, standardTablePackage(plan));
  await context.sync();
  return { ok: true, value: { tracked: tracking.tracked() } };
}
