/// <reference types="office-js" />
/**
 * Shades the cells of a plan in ONE round trip: offending cells strongly, the cells that took
 * part lightly, earlier marks that no longer apply restored. Each cell's own shading comes from
 * the OOXML of the read just before, so nothing has to be read back first, and goes into the
 * ledger kept in the document.
 */
import { mergedExtent } from "./_lib/calibrate";
import { candidatePlaces, furthestPlace, type CellPlace } from "./_lib/locate-mark";
import { rowLabel } from "./_lib/table-fingerprint";
import { queueShapeCheck } from "./_lib/table-shape";
import { keptBack, normaliseColor, painted, type MarkLedger, type MarkRecord } from "./mark-store";
import { LEGACY_WORD_MARK_COLORS, WORD_MARK_COLORS, type PlannedMark } from "./plan-marks";
import type { Capabilities, MarkOutcome } from "./port";
import { describeError } from "./errors";
import {
  addressOf,
  COMMENT_PREFIX,
  restoringAddressOf,
  type WordRead,
  type WordTable,
} from "./read-snapshot";

/** One cell to paint: `color` "RRGGBB", or null to put back "no colour". */
export interface ShadingWrite {
  readonly table: WordTable;
  readonly rowIndex: number;
  readonly cellIndex: number;
  readonly color: string | null;
}

const key = (t: number, tr: number, tc: number) => `${t}:${tr}:${tc}`;

/**
 * Our own colours: never a cell's original, whatever a stranded mark may make a read believe. Not
 * the colours of earlier versions: they are Office presets, a clerk's fill as likely as a mark,
 * and their marks are found through their records.
 */
const OURS = new Set(Object.values(WORD_MARK_COLORS).map((c) => normaliseColor(c)));
/** Every colour a mark of ours may have, this version's and earlier ones'. */
const EVER_OURS = new Set([...OURS, ...LEGACY_WORD_MARK_COLORS.map((c) => normaliseColor(c))]);

/** The fill a physical cell has now, from the last read's OOXML. */
export function currentFill(read: WordRead, t: number, tr: number, tc: number): string | null | undefined {
  const row = read.tables[t]?.physical?.rows[tr];
  return row && tc < row.length ? row[tc].fill : undefined;
}

/** A ledger record for a cell of this read: where it is, and how to find it again. */
export function markRecord(
  read: WordRead,
  table: WordTable,
  tr: number,
  tc: number,
  color: string,
  original: string | null,
): MarkRecord {
  const row = table.physical ? rowLabel(table.physical, tr) : "";
  const rows = table.physical?.rows.length ?? 0;
  return {
    t: table.t,
    tr,
    tc,
    color,
    original,
    f: table.fingerprint,
    ...(table.word !== undefined ? { w: table.word } : {}),
    row,
    n: read.tables.length,
    rows,
    ...(read.unchecked ? { unchecked: true as const } : {}),
    ...(read.boxesApart ? { boxesApart: true as const } : {}),
  };
}

/**
 * Whether the read numbers the tables as the read that made the record did: a read that could
 * not check the body's OOXML numbers them as Word lists them, one that could puts a text box's
 * table Word lists after the body's. The two differ only where Word lists such a table.
 */
function sameNumbering(read: WordRead, mark: MarkRecord): boolean {
  return mark.unchecked ? !!read.unchecked || !read.boxesApart : !read.unchecked || !mark.boxesApart;
}

/**
 * The table at the record's place in this read: found by its place in Word's own list where the
 * record and the read both know it (the same however the two reads numbered the tables), else by
 * the ordinal when the two reads numbered alike.
 */
function homeTable(read: WordRead, mark: MarkRecord): WordTable | undefined {
  if (mark.w !== undefined && read.tables.every((w) => w.word !== undefined))
    return read.tables.find((w) => w.word === mark.w);
  return sameNumbering(read, mark) ? read.tables[mark.t] : undefined;
}

/**
 * The record's own place (its ordinal `t` in this read), when nothing was inserted or removed
 * since (same tables, same rows); null otherwise.
 */
function home(read: WordRead, mark: MarkRecord): MarkRecord | null {
  const table = homeTable(read, mark);
  const fits =
    !!table &&
    mark.n === read.tables.length &&
    table.fingerprint === mark.f &&
    table.physical?.rows.length === mark.rows &&
    mark.tc < (table.physical?.rows[mark.tr]?.length ?? 0);
  if (!table || !fits) return null;
  return table.t === mark.t ? mark : { ...mark, t: table.t };
}

/**
 * The ledger after a batch failed half-way (a mark or a 清除标记), read again at once while the
 * document has its shape: Office.js applies a batch's writes up to the one that fails and no
 * further, and does not say which was the last. A record whose cell, at its own place, shows its
 * own shading and not our colour was never painted or was already put back: it is kept put back
 * (keptBack), ranked after every other record, so an insertion cannot send it looking for another
 * record's painted cell, and a Ctrl+Z of the batch's writes still finds it. One saved ahead whose cell
 * shows its colour was painted: it is no longer ranked behind the others (locateLedger).
 */
export function settleLedger(read: WordRead, ledger: MarkLedger): MarkLedger {
  const marks = ledger.marks.flatMap((mark): MarkRecord[] => {
    const at = home(read, mark);
    if (!at || mark.back) return [mark];
    const fill = currentFill(read, at.t, at.tr, at.tc);
    // painted for sure (an original is never our colour): no longer ranked behind the others
    if (fill === mark.color && mark.ahead) {
      const { ahead, ...painted } = mark;
      return [painted];
    }
    return fill === undefined || fill === mark.color || !putBack(fill, mark.original)
      ? [mark]
      : [keptBack(mark)];
  });
  return { version: 1, marks };
}

/** The cell shows its original: its own fill, or white for none where "no colour" could only be white. */
const putBack = (fill: string | null, original: string | null) =>
  fill === original || (original === null && fill === "FFFFFF");

/** The record at the place it was found in this read, described as this read sees it. */
function replaced(
  read: WordRead,
  mark: MarkRecord,
  place: { t: number; tr: number; tc: number },
): MarkRecord {
  const table = read.tables[place.t];
  if (!table) return { ...mark, ...place };
  const record = markRecord(read, table, place.tr, place.tc, mark.color, mark.original);
  return { ...record, ...(mark.ahead ? { ahead: true } : {}), ...(mark.back ? { back: true } : {}) };
}

/** How much a record's cell may not be in its colour: painted, saved ahead of a batch, put back. */
const doubt = (mark: MarkRecord) => (mark.back ? 2 : mark.ahead ? 1 : 0);

/**
 * The ledger's records where they are now (located ones keyed by place), and those not found.
 * A record whose table and document kept their shape keeps its place; the others go in document
 * order, each to its nearest free place forward (candidatePlaces), so a table or rows inserted
 * above a run of marks shift them all alike.
 */
export function locateLedger(
  read: WordRead,
  ledger: MarkLedger,
): { located: Map<string, MarkRecord>; lost: MarkRecord[] } {
  const located = new Map<string, MarkRecord>();
  const lost: MarkRecord[] = [];
  // a record saved ahead of a batch that may have failed goes after those surely painted, one
  // put back last: its cell is painted only if an undo brought the colour back
  const order = [...ledger.marks].sort(
    (a, b) => doubt(a) - doubt(b) || a.t - b.t || a.tr - b.tr || a.tc - b.tc,
  );
  const moved = order.filter((mark) => {
    const at = home(read, mark);
    if (!at || located.has(key(at.t, at.tr, at.tc))) return true;
    located.set(key(at.t, at.tr, at.tc), at);
    return false;
  });
  // by the furthest place each can have gone to (a record from an earlier read, with tables
  // inserted since, may be further down than one made later at the same place)
  moved.sort((a, b) => doubt(a) - doubt(b) || furthestPlace(read, a) - furthestPlace(read, b));
  const free = (mark: MarkRecord, strictly = false) =>
    candidatePlaces(read, mark, strictly).find((p) => !located.has(key(p.t, p.tr, p.tc)));
  // records put back last (moved is in that order), each at its own row first, all before any elsewhere
  const firm = moved.filter((mark) => !mark.back);
  const back = moved.filter((mark) => mark.back);
  for (const mark of firm) if (!place(mark, free(mark))) lost.push(mark);
  const unplaced = back.filter((mark) => !place(mark, free(mark, true)));
  for (const mark of unplaced) if (!place(mark, free(mark))) lost.push(mark);
  return { located, lost };

  /**
   * Records the mark at the place found, afresh as this read sees it: a batch that then fails
   * half-way leaves a ledger whose places hold at home in the next read (settleLedger).
   */
  function place(mark: MarkRecord, at: CellPlace | undefined): boolean {
    if (at) located.set(key(at.t, at.tr, at.tc), replaced(read, mark, at));
    return !!at;
  }
}

/**
 * Pure: what to paint, what the ledger becomes and what to tell the clerk. `ahead` is the ledger
 * to save BEFORE painting: every cell this batch may leave in our colour, so a batch that fails
 * half-way still leaves nothing 清除标记 cannot take off.
 */
export function planShading(
  read: WordRead,
  plan: readonly PlannedMark[],
  ledger: MarkLedger,
): {
  writes: ShadingWrite[];
  ahead: MarkLedger;
  ledger: MarkLedger;
  outcome: Omit<MarkOutcome, "comments" | "approximate">;
} {
  const { located: previous, lost } = locateLedger(read, ledger);
  const records = new Map<string, MarkRecord>();
  /** Records of cells this batch is to paint: saved ahead as such. */
  const pending = new Set<string>();
  const restoring: MarkRecord[] = [];
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
    const color = normaliseColor(WORD_MARK_COLORS[mark.level]) as string;
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
      // already in our colour, with records not found in this read (a table unreadable now): one
      // of them is this cell's, with its true original; a new record would say "no colour"
      if (!before && fill === color && lost.length) continue;
      const original =
        before && before.color === fill ? before.original : fill && OURS.has(fill) ? null : fill;
      records.set(k, markRecord(read, table, cell.tr, cell.tc, color, original));
      if (fill !== color) {
        writes.push({ table, ...address, color });
        pending.add(k);
      }
    }
  }
  /** Records of cells not marked now and not in our colour: kept, put back, for the clerk's Ctrl+Z (keptBack). */
  const resting: MarkRecord[] = [];
  for (const [k, before] of previous) {
    if (records.has(k)) continue;
    const fill = currentFill(read, before.t, before.tr, before.tc);
    const address = restoringAddressOf(read.tables, before);
    // the clerk re-shaded it (or it was never painted, or was put back): theirs, nothing to write
    if (fill !== before.color) resting.push(keptBack(before));
    else if (address) {
      writes.push({ ...address, color: before.original });
      restoring.push(painted(before));
    } else records.set(k, painted(before)); // cannot reach it now; keep it for 清除标记
  }
  const kept = [...records.values(), ...lost, ...resting, ...restoring.map(keptBack)];
  return {
    writes,
    ahead: {
      version: 1,
      marks: [
        ...[...records].map(([k, r]) => (pending.has(k) ? { ...r, ahead: true as const } : r)),
        ...lost,
        ...restoring,
        ...resting,
      ],
    },
    ledger: { version: 1, marks: kept },
    outcome: { marked, participating, unconfirmed },
  };
}

/**
 * Writes the shading in one sync, then settles the cells told "no colour" (settleNoColour).
 * Returns how many "no colour" cells could only be set to white.
 */
export async function writeShading(
  context: Word.RequestContext,
  writes: readonly ShadingWrite[],
  capabilities: Capabilities,
  proof: NoColourProof,
): Promise<number> {
  const queued = queueShading(writes, capabilities);
  if (writes.length) await context.sync();
  return queued.approximate + (await settleNoColour(context, queued.noColour, proof));
}

/**
 * Queues the writes (no sync). Returns how many "no colour" cells could only be set to white, and
 * the cells told "no colour" through "Auto", to be read back after the batch.
 */
function queueShading(
  writes: readonly ShadingWrite[],
  capabilities: Capabilities,
): { approximate: number; noColour: Word.TableCell[] } {
  let approximate = 0;
  const noColour: Word.TableCell[] = [];
  for (const w of writes) {
    const cell = w.table.proxy.getCell(w.rowIndex, w.cellIndex);
    if (w.color) cell.shadingColor = `#${w.color}`;
    else if (capabilities.noColorShading) {
      cell.shading.backgroundPatternColorIndex = "Auto";
      noColour.push(cell);
    } else {
      // WordApi 1.3 has no way to say "no colour" (OfficeDev/office-js#5460): white looks the same
      cell.shadingColor = "#FFFFFF";
      approximate++;
    }
  }
  return { approximate, noColour };
}

/** What a session has learnt of "Auto": once a read-back showed it took our colour away. */
export interface NoColourProof {
  proved: boolean;
}

/**
 * After the batch, [Silent] whether "Auto" took our colour away (docs/word-assumptions.md §14):
 * until a read-back has shown it once this session, the cells are read back in a sync of their
 * own, since reading a colourless cell can throw (office-js#3479) and must not stop the writes. A
 * cell still showing one of our colours, or all of them when the read-back fails, gets white,
 * the approximate path, so no mark outlives its record. Returns how many cells got white.
 */
async function settleNoColour(
  context: Word.RequestContext,
  cells: readonly Word.TableCell[],
  proof: NoColourProof,
): Promise<number> {
  if (!cells.length || proof.proved) return 0;
  let kept: readonly Word.TableCell[];
  try {
    cells.forEach((cell) => cell.load("shadingColor"));
    await context.sync();
    kept = cells.filter((cell) => EVER_OURS.has(normaliseColor(cell.shadingColor)));
  } catch {
    kept = cells;
  }
  if (!kept.length) proof.proved = true;
  kept.forEach((cell) => (cell.shadingColor = "#FFFFFF"));
  if (kept.length) await context.sync();
  return kept.length;
}

/**
 * Marks the plan: the tables' shape is confirmed (unless `shapeChecked`), the ledger `ahead` is
 * saved through `saveAhead`, then the shading goes in one `context.sync()`; comments (optional, WordApi 1.4) follow in a batch of their own, so a
 * Word that refuses comments (office-js#6746) cannot stop the shading half-way.
 */
export async function markFindings(
  context: Word.RequestContext,
  read: WordRead,
  plan: readonly PlannedMark[],
  ledger: MarkLedger,
  capabilities: Capabilities,
  options: {
    readonly comments?: boolean;
    readonly saveAhead: (ledger: MarkLedger) => Promise<void>;
    readonly noColour: NoColourProof;
    /** The tables' shape was checked since the read (in the probe's sync): no sync of its own. */
    readonly shapeChecked?: boolean;
  },
): Promise<{ outcome: MarkOutcome; ledger: MarkLedger } | null> {
  const planned = planShading(read, plan, ledger);
  // the writes go by the read's addresses: a row added since shifts them, so the tables' shape is
  // confirmed first (one sync, where the probe's did not already); null when it changed
  const commented = capabilities.comments ? wanted(plan, !!options.comments) : [];
  const touched = [
    ...new Set([
      ...planned.writes.map((w) => w.table),
      ...commented.flatMap((m) => addressOf(read.tables, m.ref)?.table ?? []),
    ]),
  ];
  if (touched.length && !options.shapeChecked) {
    const same = queueShapeCheck(context, read, touched);
    await context.sync();
    if (!same()) return null;
  }
  await options.saveAhead(planned.ahead);
  const approximate = await writeShading(context, planned.writes, capabilities, options.noColour);
  const comments = capabilities.comments ? await replaceComments(context, read, commented) : { added: 0 };
  return {
    outcome: {
      ...planned.outcome,
      approximate,
      comments: comments.added,
      ...(comments.refused ? { commentsRefused: comments.refused } : {}),
    },
    ledger: planned.ledger,
  };
}

/** The comments to add: one per offending cell with a confirmed address, when asked for. */
function wanted(plan: readonly PlannedMark[], asked: boolean): PlannedMark[] {
  return asked ? plan.filter((m) => m.level !== "part" && m.messages.length) : [];
}

/**
 * Our old comments out, the new ones in, in one sync of their own; a refusal leaves the shading
 * as it is and is reported (with the call that failed). Comments half-added carry our prefix, so
 * the next 检查 or 清除标记 takes them away.
 */
export async function replaceComments(
  context: Word.RequestContext,
  read: WordRead,
  marks: readonly PlannedMark[],
): Promise<{ added: number; refused?: string }> {
  read.ourComments.forEach((c) => c.delete());
  let added = 0;
  for (const mark of marks) {
    const address = addressOf(read.tables, mark.ref);
    if (!address) continue;
    const range = address.table.proxy.getCell(address.rowIndex, address.cellIndex).body.getRange("Whole");
    range.insertComment(COMMENT_PREFIX + mark.messages.join("\n"));
    added++;
  }
  if (!read.ourComments.length && !added) return { added: 0 };
  try {
    await context.sync();
    return { added };
  } catch (error) {
    return { added: 0, refused: describeError(error) };
  }
}
