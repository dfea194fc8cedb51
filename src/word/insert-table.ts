/// <reference types="office-js" />
/**
 * Inserts a zero-filled standard table, wrapped in a content control tagged with its key: at
 * the cursor, or at the end of the section that lacks it. One sync to confirm the place, one to
 * write, and one more when Word left a paragraph after the table that needs tidying.
 */
// from the writer's modules, not its index, which would bring the .docx zip writer into the pane's first load
import { flatOpc, tableTextStyle } from "../docx/write/package";
import { standardTable } from "../docx/write/standard-table";
import { getFormat, getTable } from "../template";
import { confirmPlace, queueInsert, tidyUp, writeOrUndo } from "./_lib/insert-at";
import type { InsertTablePlan } from "./plan-repairs";
import { type PortResult, type WriteOutcome } from "./port";
import type { WordRead } from "./read-snapshot";

/**
 * The OOXML package of a zero-filled standard table. It ends with the table: the paragraph it
 * replaces stays after it, so no paragraph of the package's own is left there.
 */
export function standardTablePackage(
  plan: Pick<InsertTablePlan, "table" | "format">,
  value?: (row: string, column: string) => string | undefined,
): string {
  const table = getTable(getFormat(plan.format), plan.table);
  return flatOpc(standardTable(table, value ? { value } : {}), {
    styles: tableTextStyle(),
  });
}

export async function insertTable(
  context: Word.RequestContext,
  read: WordRead,
  plan: InsertTablePlan,
  trackChanges: boolean | undefined,
): Promise<PortResult<WriteOutcome>> {
  const confirmed = await confirmPlace(context, read, plan.anchor, trackChanges);
  if (!confirmed.ok) return confirmed;
  const { place } = confirmed.value;
  const trailing = queueInsert(place, standardTablePackage(plan));
  // a write that fails half-way takes out what it made (writeOrUndo); a read-back after the table went in, untidy
  const untidy =
    (await writeOrUndo(context, place, { empty: trailing.paragraph })) || (await tidyUp(context, trailing));
  return { ok: true, value: { tracked: confirmed.value.tracked(), ...(untidy ? { untidy } : {}) } };
}
