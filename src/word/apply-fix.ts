/// <reference types="office-js" />
/**
 * Applies one fix from the engine. A fix carries the text it expects to replace (`from`); when the
 * document no longer holds it (the clerk edited the cell since the check) the fix is refused.
 */
import type { Fix } from "../engine";
import { readsAs } from "./_lib/calibrate";
import { sameText } from "./_lib/same-text";
import { queueTracking } from "./_lib/insert-at";
import { CHANGED_SINCE_CHECK, CHANGED_TABLE, fromThisCheck, queueShapeCheck } from "./_lib/table-shape";
import { fail, ok, type FixesOutcome, type PortResult } from "./port";
import { addressOf, COMMENT_PREFIX, type WordRead } from "./read-snapshot";

/** Word search treats "^" as a special character even without wildcards. */
const searchable = (text: string) => text.replace(/\^/g, "^^");

/**
 * Where a cell fix may write: a confirmed address of a cell that is not, in the OOXML, the
 * continuation of a merge (one with nothing above to continue reads as a cell of its own, so
 * the engine may want it filled). Word documents nothing about text written into a `w:vMerge`
 * continuation: kept behind the merge, `getCell` would read text that neither `values` nor the
 * OOXML show, the addressing probe would take the whole table for contradicted, and its marks
 * could no longer be taken off. Such a fix is refused, and so is one to a cell holding a table:
 * what setting a cell's `value` does to a table inside it is not documented either.
 */
function cellToWrite(read: WordRead, fix: Fix): ReturnType<typeof addressOf> {
  const address = addressOf(read.tables, fix.ref);
  const physical = address?.table.physical?.rows[fix.ref.tr as number]?.[fix.ref.tc as number];
  const holdsTable = address?.table.block.cells.some(
    (c) => c.ref.tr === fix.ref.tr && c.ref.tc === fix.ref.tc && c.tables?.length,
  );
  return address && !physical?.continuation && !holdsTable ? address : null;
}

/**
 * Whether a cell Word reads as `value` still holds the text a fix expects (`from`): as Word gives
 * it, or, where the read's OOXML showed tracked deletions in the cell (a 修正 written under Track
 * Changes leaves one) and Word's text still shows them, the reader's text the check saw.
 */
function holdsFrom(value: string, fix: Fix, address: NonNullable<ReturnType<typeof addressOf>>): boolean {
  if (sameText(value, fix.from)) return true;
  const physical = address.table.physical?.rows[fix.ref.tr as number]?.[fix.ref.tc as number];
  return !!physical && sameText(physical.text, fix.from) && readsAs(value, physical);
}

/**
 * Queues what tells, after the sync, whether someone's comment is anchored in the cell: [Silent]
 * whether setting `value` keeps it, and Word deletes a comment with the whole text it is anchored
 * to, so such a cell is written only by adding text. Where Word lists comments (WordApi 1.4) it
 * says, ours left out (the next check makes them again); elsewhere the read's OOXML does, or
 * Word's text, where a comment's mark shows (U+0005, office-js#2114).
 */
function queueCommented(
  cell: Word.TableCell,
  fix: Fix,
  address: NonNullable<ReturnType<typeof addressOf>>,
  comments: boolean,
): (value: string) => boolean {
  const listed = comments ? cell.body.getRange("Whole").getComments().load("items/content") : null;
  const physical = address.table.physical?.rows[fix.ref.tr as number]?.[fix.ref.tc as number];
  return (value) =>
    listed
      ? listed.items.some((c) => !c.content.startsWith(COMMENT_PREFIX))
      : !!physical?.commented || value.includes("\u0005");
}

/**
 * Writes a fix's text into a cell that holds `from`: a commented cell by adding the text to its
 * start, where it is blank (nothing is replaced, so the comment stays); false, writing nothing,
 * for a commented cell that has text to replace.
 */
function writeCell(cell: Word.TableCell, fix: Fix, commented: boolean): boolean {
  if (!commented) cell.value = fix.to;
  else if (fix.from.trim()) return false;
  else cell.body.insertText(fix.to, "Start");
  return true;
}

export async function applyFix(
  context: Word.RequestContext,
  read: WordRead,
  checked: WordRead | null,
  fix: Fix,
  comments = false,
): Promise<PortResult<void>> {
  if (!fromThisCheck(read, checked)) return fail("stale", CHANGED_SINCE_CHECK);
  if (fix.op === "set-cell") {
    const address = cellToWrite(read, fix);
    if (!address) return fail("unconfirmed");
    const sameShape = queueShapeCheck(context, read, [address.table]);
    const cell = address.table.proxy.getCell(address.rowIndex, address.cellIndex).load("value");
    const commented = queueCommented(cell, fix, address, comments);
    await context.sync();
    if (!sameShape()) return fail("stale", CHANGED_TABLE);
    if (!holdsFrom(cell.value, fix, address)) return fail("stale", cell.value);
    if (!writeCell(cell, fix, commented(cell.value))) return fail("commented");
    await context.sync();
    return ok(undefined);
  }
  if (fix.op === "set-paragraph-prefix" && typeof fix.ref.p === "number") {
    const paragraphs = context.document.body.paragraphs.load({ select: "text", top: fix.ref.p + 1 });
    await context.sync();
    const paragraph = paragraphs.items[fix.ref.p];
    if (!paragraph || !paragraph.text.startsWith(fix.from)) return fail("stale", paragraph?.text);
    if (fix.from)
      paragraph.search(searchable(fix.from), { matchCase: true }).getFirst().insertText(fix.to, "Replace");
    else paragraph.getRange("Start").insertText(fix.to, "Before");
    await context.sync();
    return ok(undefined);
  }
  return fail("host-error", `unsupported fix ${fix.op}`);
}

/**
 * Applies several fixes in one write: one sync reads every target (cells through their confirmed
 * addresses, paragraphs by index), one sync writes those still holding `from`; the others are
 * counted as refused. Used for 空白填0 over a whole table.
 */
export async function applyFixes(
  context: Word.RequestContext,
  read: WordRead,
  checked: WordRead | null,
  fixes: readonly Fix[],
  trackChanges: boolean | undefined,
  comments = false,
): Promise<PortResult<FixesOutcome>> {
  if (!fromThisCheck(read, checked)) return fail("stale", CHANGED_SINCE_CHECK);
  const top = Math.max(
    -1,
    ...fixes.map((f) => (f.op === "set-paragraph-prefix" && typeof f.ref.p === "number" ? f.ref.p : -1)),
  );
  const paragraphs =
    top >= 0 ? context.document.body.paragraphs.load({ select: "text", top: top + 1 }) : null;
  const addresses = fixes.map((fix) => (fix.op === "set-cell" ? cellToWrite(read, fix) : null));
  const sameShape = queueShapeCheck(
    context,
    read,
    addresses.flatMap((a) => (a ? [a.table] : [])),
  );
  const targets = fixes.map((fix, i) => {
    const address = addresses[i];
    const cell = address
      ? address.table.proxy.getCell(address.rowIndex, address.cellIndex).load("value")
      : null;
    return { fix, address, cell, commented: cell && address && queueCommented(cell, fix, address, comments) };
  });
  const tracking = queueTracking(context, trackChanges);
  await context.sync();
  if (!sameShape()) return fail("stale", CHANGED_TABLE);
  let applied = 0;
  let kept = 0;
  const seen = new Set<string>();
  for (const { fix, address, cell, commented } of targets) {
    const key = JSON.stringify(fix.ref);
    if (seen.has(key)) continue; // a second fix on one place would act on stale text
    if (fix.op === "set-cell") {
      if (!cell || !address || !commented || !holdsFrom(cell.value, fix, address)) continue;
      if (!writeCell(cell, fix, commented(cell.value))) {
        kept++;
        continue;
      }
    } else {
      const paragraph = typeof fix.ref.p === "number" ? paragraphs?.items[fix.ref.p] : undefined;
      if (!paragraph || !fix.from || !paragraph.text.startsWith(fix.from)) continue;
      paragraph.search(searchable(fix.from), { matchCase: true }).getFirst().insertText(fix.to, "Replace");
    }
    seen.add(key);
    applied++;
  }
  if (applied) await context.sync();
  return ok({
    applied,
    refused: fixes.length - applied,
    tracked: tracking.tracked(),
    ...(kept ? { commented: kept } : {}),
  });
}
