/**
 * The record of our marks, kept in the document itself (Office's per-add-in document settings,
 * which every Word with add-ins supports), so 清除标记 still works after the file is closed and
 * reopened. Settings are keyed by the manifest <Id>: keep it the same across deployments.
 */
export const MARKS_SETTING = "reportCheck.marks";

/** One shaded physical cell: where it is, what we painted and what it had before. */
export interface MarkRecord {
  /** Top-level table ordinal, physical row and physical cell, as in snapshot cell refs. */
  readonly t: number;
  readonly tr: number;
  readonly tc: number;
  /** The colour we painted, "RRGGBB". */
  readonly color: string;
  /** The cell's own shading before we painted it, "RRGGBB"; null for none. */
  readonly original: string | null;
  /** The table's fingerprint (table-fingerprint.ts): finds the table again wherever it moved. */
  readonly f?: string;
  /**
   * The table's place in Word's own list (`WordTable.word`): the same whichever way a read
   * numbered the tables, so it tells apart two tables of one fingerprint (label-less ones).
   */
  readonly w?: number;
  /** The row's label: finds the row again when rows were added above it. */
  readonly row?: string;
  /** Tables in the document and rows in this table when marked: unchanged, the record's place still holds. */
  readonly n?: number;
  readonly rows?: number;
  /**
   * Saved ahead of the batch that paints it (mark-findings.ts): the cell may never have been
   * painted, if that batch failed. Such a record is placed after the others when marks are
   * looked for elsewhere, so it cannot take a cell another record painted.
   */
  readonly ahead?: true;
  /**
   * Marked in a read whose tables could not be checked against the body's OOXML: a text box's
   * table Word lists may then have been numbered as a body table, so the record's place holds
   * only in a read of the same kind, or one that numbers no text box's table (otherwise it is
   * looked for by fingerprint, label and colour).
   */
  readonly unchecked?: true;
  /** Marked in a read that numbered a text box's table Word lists after the body's (`boxesApart`). */
  readonly boxesApart?: true;
  /**
   * Put back (by 清除标记, or a later mark) and kept: the clerk's Ctrl+Z can bring our colour back
   * with no other record of it, and the colour and the original here then take it off again.
   */
  readonly back?: true;
}

export interface MarkLedger {
  readonly version: 1;
  readonly marks: readonly MarkRecord[];
}

/** The subset of `Office.Settings` we use. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
  /** Loads the document's settings again: another runtime (the right-click command) may have saved since. */
  refreshAsync?(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

const isRecord = (m: unknown): m is MarkRecord => {
  const r = m as MarkRecord;
  return (
    !!r &&
    [r.t, r.tr, r.tc].every((n) => Number.isInteger(n) && n >= 0) &&
    typeof r.color === "string" &&
    (r.original === null || typeof r.original === "string") &&
    (r.f === undefined || typeof r.f === "string") &&
    (r.w === undefined || (Number.isInteger(r.w) && r.w >= 0)) &&
    (r.row === undefined || typeof r.row === "string") &&
    (r.n === undefined || Number.isInteger(r.n)) &&
    (r.rows === undefined || Number.isInteger(r.rows)) &&
    (r.ahead === undefined || r.ahead === true) &&
    (r.unchecked === undefined || r.unchecked === true) &&
    (r.boxesApart === undefined || r.boxesApart === true) &&
    (r.back === undefined || r.back === true)
  );
};

export function loadLedger(settings: SettingsStore): MarkLedger {
  const raw = settings.get(MARKS_SETTING) as { version?: unknown; marks?: unknown } | null | undefined;
  const marks = raw && raw.version === 1 && Array.isArray(raw.marks) ? raw.marks.filter(isRecord) : [];
  return { version: 1, marks };
}

/** A record as one put back: kept for an undo that paints its cell again. */
export const keptBack = (mark: MarkRecord): MarkRecord => (mark.back ? mark : { ...mark, back: true });

/** A record whose cell shows its colour again (an undo painted it): a mark like any other. */
export function painted(mark: MarkRecord): MarkRecord {
  const { back, ...live } = mark;
  return back ? live : mark;
}

/** Stores the ledger (or removes it when empty) and saves the settings into the document. */
export function saveLedger(settings: SettingsStore, ledger: MarkLedger): Promise<void> {
  return storeSetting(settings, MARKS_SETTING, ledger.marks.length ? ledger : null);
}

/**
 * Sets one of our settings (removes it for null) and saves them into the document: no Word batch.
 * `saveAsync` writes this runtime's whole copy, so the copy is refreshed first: the pane must not
 * wipe out what the right-click command saved, nor the other way round.
 */
export async function storeSetting(settings: SettingsStore, name: string, value: unknown): Promise<void> {
  await refreshSettings(settings);
  if (value === null) settings.remove(name);
  else settings.set(name, value);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === "failed" ? reject(new Error(result.error?.message ?? "saveAsync failed")) : resolve(),
    ),
  );
}

/** Loads the settings the document holds now (`Settings.refreshAsync`), where Office has it. */
export function refreshSettings(settings: SettingsStore): Promise<void> {
  const refresh = settings.refreshAsync?.bind(settings);
  if (!refresh) return Promise.resolve();
  return new Promise((resolve, reject) =>
    refresh((result) =>
      result.status === "failed"
        ? reject(new Error(result.error?.message ?? "refreshAsync failed"))
        : resolve(),
    ),
  );
}

/** "#ffc7ce" and "FFC7CE" are the same colour; "" and "auto" are none. */
export function normaliseColor(color: string | null | undefined): string | null {
  const hex = (color ?? "").replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? hex : null;
}
