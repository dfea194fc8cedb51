/// <reference types="office-js" />
/**
 * Takes every mark off in one round trip after a fresh read: each recorded cell that still has
 * the colour we painted gets its own shading back; a cell the clerk re-shaded since is left alone.
 */
import {
  currentFill,
  locateLedger,
  replaceComments,
  writeShading,
  type NoColourProof,
  type ShadingWrite,
} from "./mark-findings";
import { keptBack, painted, type MarkLedger, type MarkRecord } from "./mark-store";
import type { Capabilities, ClearOutcome } from "./port";
import { restoringAddressOf, type WordRead } from "./read-snapshot";

export function planClear(
  read: WordRead,
  ledger: MarkLedger,
): { writes: ShadingWrite[]; ledger: MarkLedger; changed: number; moved: MarkLedger | null } {
  const writes: ShadingWrite[] = [];
  const { located, lost } = locateLedger(read, ledger);
  // records found elsewhere (an insertion moved them), recorded as this read sees them: saved
  // before the batch, so one that fails half-way leaves records the next read finds at home
  const placed = [...located.values(), ...lost];
  const moved = placed.some((m) => !ledger.marks.includes(m)) ? { version: 1 as const, marks: placed } : null;
  // every record found stays, put back: the clerk's Ctrl+Z may paint its cell again
  const kept = [...lost];
  const back: MarkRecord[] = [];
  let changed = 0;
  for (const mark of located.values()) {
    const fill = currentFill(read, mark.t, mark.tr, mark.tc);
    const address = restoringAddressOf(read.tables, mark);
    if (fill !== undefined && fill !== mark.color) {
      // the clerk re-shaded it, or it was never painted (saved ahead of a failed batch), or put back
      if (fill !== mark.original && !mark.back) changed++;
      back.push(keptBack(mark));
    } else if (!address) kept.push(painted(mark));
    else {
      writes.push({
        table: address.table,
        rowIndex: address.rowIndex,
        cellIndex: address.cellIndex,
        color: mark.original,
      });
      back.push(keptBack(mark));
    }
  }
  return { writes, ledger: { version: 1, marks: [...kept, ...back] }, changed, moved };
}

/** Puts back the shading in one sync, then takes our comments away in a batch of their own. */
export async function clearMarks(
  context: Word.RequestContext,
  read: WordRead,
  ledger: MarkLedger,
  capabilities: Capabilities,
  noColour: NoColourProof,
  saveAhead?: (ledger: MarkLedger) => Promise<void>,
): Promise<{ outcome: ClearOutcome; ledger: MarkLedger }> {
  const planned = planClear(read, ledger);
  if (planned.moved && planned.writes.length && saveAhead) await saveAhead(planned.moved);
  const approximate = await writeShading(context, planned.writes, capabilities, noColour);
  const comments = read.ourComments.length ? await replaceComments(context, read, []) : { added: 0 };
  return {
    outcome: {
      restored: planned.writes.length,
      changed: planned.changed,
      unreachable: planned.ledger.marks.filter((m) => !m.back).length,
      approximate,
      comments: comments.refused ? 0 : read.ourComments.length,
    },
    ledger: planned.ledger,
  };
}
