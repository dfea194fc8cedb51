/// <reference types="office-js" />
/**
 * Shades the cells of a plan in ONE round trip: offending cells strongly, the cells that took
 * part lightly, earlier marks that no longer apply restored. Each cell's own shading comes from
 * the OOXML of the read just before, so nothing has to be read back first, and goes into the
 * ledger kept in the document.
 */
import { mergedExtent } from "./_lib/calibrate";
import { normaliseColor, type MarkLedger, type MarkRecord } from "./mark-store";
import { MARK_COLORS, type PlannedMark } from "./plan-marks";
import type { Capabilities, MarkOutcome } from "./port";
import { addressOf, COMMENT_PREFIX, type WordRead, type WordTable } from "./read-snapshot";

/** One cell to paint: `color` "RRGGBB", or null to put back "no colour". */
export interface ShadingWrite {
  readonly table: WordTable;
  readonly rowIndex: number;
  readonly cellIndex: number;
  readonly color: string | null;
}

const key = (t: number, tr: number, tc: number) => `${t}:${tr}:${tc}`;

/** The fill a physical cell has now, from the last read's OOXML. */
export function currentFill(read: WordRead, t: number, tr: number, tc: number): string | null | undefined {
  const row = read.tables[t]?.physical?.rows[tr];
  return row && tc < row.length ? row[tc].fill : undefined;
}

/** Pure: what to paint, what the ledger becomes and what to tell the clerk. */
export function planShading(
  read: WordRead,
  plan: readonly PlannedMark[],
  ledger: MarkLedger,
): { writes: ShadingWrite[]; ledger: MarkLedger; outcome: Omit<MarkOutcome, "comments" | "approximate"> } {
  const previous = new Map(ledger.marks.map((m) => [key(m.t, m.tr, m.tc), m]));
  const records = new Map<string, MarkRecord>();
  const writes: ShadingWrite[] = [];
  let marked = 0;
  let participating = 0;
  let unconfirmed = 0;
  for (const mark of plan) {
    const origin = addressOf(read.tables, mark.ref);
    if (!origin) {
      unconfirmed++;
      continue;
    }
    if (mark.level === "part") participating++;
    else marked++;
    const color = normaliseColor(MARK_COLORS[mark.level]) as string;
    const { table } = origin;
    const tr = mark.ref.tr as number;
    const tc = mark.ref.tc as number;
    const extent =
      table.physical && table.addresses.rule === "physical"
        ? mergedExtent(table.physical, tr, tc)
        : [{ tr, tc }];
    for (const cell of extent) {
      const address = table.addresses.cells.get(`${cell.tr}:${cell.tc}`);
      const k = key(table.t, cell.tr, cell.tc);
      if (!address || records.has(k)) continue;
      const fill = currentFill(read, table.t, cell.tr, cell.tc) ?? null;
      const before = previous.get(k);
      const original = before && before.color === fill ? before.original : fill;
      records.set(k, { t: table.t, tr: cell.tr, tc: cell.tc, color, original });
      if (fill !== color) writes.push({ table, ...address, color });
    }
  }
  for (const [k, before] of previous) {
    if (records.has(k)) continue;
    const fill = currentFill(read, before.t, before.tr, before.tc);
    if (fill !== before.color) continue; // the clerk re-shaded it: theirs now
    const address = addressOf(read.tables, { t: before.t, tr: before.tr, tc: before.tc });
    if (address)
      writes.push({
        table: address.table,
        rowIndex: address.rowIndex,
        cellIndex: address.cellIndex,
        color: before.original,
      });
    else records.set(k, before); // cannot reach it now; keep it for 清除标记
  }
  return {
    writes,
    ledger: { version: 1, marks: [...records.values()] },
    outcome: { marked, participating, unconfirmed },
  };
}

/** Queues the writes (no sync). Returns how many "no colour" cells could only be set to white. */
export function queueShading(writes: readonly ShadingWrite[], capabilities: Capabilities): number {
  let approximate = 0;
  for (const w of writes) {
    const cell = w.table.proxy.getCell(w.rowIndex, w.cellIndex);
    if (w.color) cell.shadingColor = `#${w.color}`;
    else if (capabilities.noColorShading) cell.shading.backgroundPatternColorIndex = "Auto";
    else {
      // WordApi 1.3 has no way to say "no colour" (OfficeDev/office-js#5460): white looks the same
      cell.shadingColor = "#FFFFFF";
      approximate++;
    }
  }
  return approximate;
}

/** Marks the plan in one `context.sync()`; returns the outcome and the ledger to save. */
export async function markFindings(
  context: Word.RequestContext,
  read: WordRead,
  plan: readonly PlannedMark[],
  ledger: MarkLedger,
  capabilities: Capabilities,
  options: { readonly comments?: boolean } = {},
): Promise<{ outcome: MarkOutcome; ledger: MarkLedger }> {
  const planned = planShading(read, plan, ledger);
  const approximate = queueShading(planned.writes, capabilities);
  let comments = 0;
  if (capabilities.comments) {
    read.ourComments.forEach((c) => c.delete());
    if (options.comments) {
      for (const mark of plan) {
        const address =
          mark.level !== "part" && mark.messages.length ? addressOf(read.tables, mark.ref) : null;
        if (!address) continue;
        const range = address.table.proxy.getCell(address.rowIndex, address.cellIndex).body.getRange("Whole");
        range.insertComment(COMMENT_PREFIX + mark.messages.join("\n"));
        comments++;
      }
    }
  }
  await context.sync();
  return { outcome: { ...planned.outcome, approximate, comments }, ledger: planned.ledger };
}
