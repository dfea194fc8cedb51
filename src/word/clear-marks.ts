/// <reference types="office-js" />
/**
 * Takes every mark off in one round trip after a fresh read: each recorded cell that still has
 * the colour we painted gets its own shading back; a cell the clerk re-shaded since is left alone.
 */
import { currentFill, queueShading, type ShadingWrite } from "./mark-findings";
import type { MarkLedger } from "./mark-store";
import type { Capabilities, ClearOutcome } from "./port";
import { addressOf, type WordRead } from "./read-snapshot";

export function planClear(
  read: WordRead,
  ledger: MarkLedger,
): { writes: ShadingWrite[]; ledger: MarkLedger; changed: number } {
  const writes: ShadingWrite[] = [];
  const kept = [];
  let changed = 0;
  for (const mark of ledger.marks) {
    const fill = currentFill(read, mark.t, mark.tr, mark.tc);
    const address = addressOf(read.tables, { t: mark.t, tr: mark.tr, tc: mark.tc });
    if (fill !== undefined && fill !== mark.color) changed++;
    else if (!address) kept.push(mark);
    else
      writes.push({
        table: address.table,
        rowIndex: address.rowIndex,
        cellIndex: address.cellIndex,
        color: mark.original,
      });
  }
  return { writes, ledger: { version: 1, marks: kept }, changed };
}

export async function clearMarks(
  context: Word.RequestContext,
  read: WordRead,
  ledger: MarkLedger,
  capabilities: Capabilities,
): Promise<{ outcome: ClearOutcome; ledger: MarkLedger }> {
  const planned = planClear(read, ledger);
  const approximate = queueShading(planned.writes, capabilities);
  read.ourComments.forEach((c) => c.delete());
  await context.sync();
  return {
    outcome: {
      restored: planned.writes.length,
      changed: planned.changed,
      unreachable: planned.ledger.marks.length,
      approximate,
      comments: read.ourComments.length,
    },
    ledger: planned.ledger,
  };
}
