/**
 * Decides which cells to shade for a check result. Pure: the Word adapter and the demo page
 * both execute this plan, each in its own way.
 */
import type { CheckResult, HostRef, Severity } from "../engine";

/** `part` is a cell that took part in a finding without being its culprit. */
export type MarkLevel = Severity | "part";

/**
 * The marks' palette per level, as "#RRGGBB": strong for the offending cell, lighter for the cells
 * that took part. The CLI's annotated copies and the demo page paint these. They are Office's own
 * presets (Excel's Bad and Neutral cell styles, the light red fill of conditional formatting,
 * Blue Accent 1 lighter 80%), which a table pasted from Excel keeps as its cells' own fill, so
 * Word's marks use `WORD_MARK_COLORS`.
 */
export const MARK_COLORS: Readonly<Record<MarkLevel, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  part: "#FDF0D5",
};

/**
 * What the add-in paints in Word, per level: the palette's shades, each a step off it so that no
 * Office preset we know of (theme tints, standard colours, Excel's cell styles) is one of them. A
 * cell in one of these with no record of ours is taken for a mark whose record was lost, never for
 * the clerk's own fill; any other fill, the palette's included, is recorded as the cell's own and
 * put back by 清除标记.
 */
export const WORD_MARK_COLORS: Readonly<Record<MarkLevel, string>> = {
  error: "#FEC6CD",
  warning: "#FEEA9B",
  info: "#DCEAF8",
  part: "#FCEFD4",
};

/**
 * What versions before WORD_MARK_COLORS painted in Word (the palette): a document they marked is
 * cleared through its records, which say which cells hold them; a cell in one of them with no
 * record is the clerk's.
 */
export const LEGACY_WORD_MARK_COLORS: readonly string[] = Object.values(MARK_COLORS);

const RANK: Readonly<Record<MarkLevel, number>> = { error: 3, warning: 2, info: 1, part: 0 };

export interface PlannedMark {
  /** A cell ref, `{ t, tr, tc }`. */
  readonly ref: HostRef;
  readonly level: MarkLevel;
  /** Messages of the findings that name this cell as the culprit (for optional comments). */
  readonly messages: readonly string[];
}

/** True for a ref that points at a table cell (`{ t, tr, tc }`). */
export function isCellRef(ref: HostRef | null | undefined): ref is HostRef {
  return !!ref && typeof ref.t === "number" && typeof ref.tr === "number" && typeof ref.tc === "number";
}

/** A stable string for a ref, for maps and DOM attributes. */
export function refKey(ref: HostRef): string {
  return Object.keys(ref)
    .sort()
    .map((k) => `${k}=${String(ref[k])}`)
    .join(";");
}

/**
 * One mark per cell: each finding's own cell gets its severity, every other cell that took part
 * gets `part`. A cell named by several findings keeps the strongest level.
 */
export function planMarks(result: CheckResult): PlannedMark[] {
  const refOfKey = new Map<string, HostRef>();
  for (const bound of result.cells) {
    refOfKey.set(`${bound.key.table}/${bound.key.row}/${bound.key.column}`, bound.ref);
  }
  const marks = new Map<string, { ref: HostRef; level: MarkLevel; messages: string[] }>();
  const add = (ref: HostRef, level: MarkLevel, message?: string) => {
    const key = refKey(ref);
    const mark = marks.get(key) ?? { ref, level, messages: [] };
    if (RANK[level] > RANK[mark.level]) mark.level = level;
    if (message && !mark.messages.includes(message)) mark.messages.push(message);
    marks.set(key, mark);
  };
  for (const finding of result.findings) {
    if (isCellRef(finding.ref)) add(finding.ref, finding.severity, finding.message);
    for (const cell of finding.cells) {
      const ref = refOfKey.get(`${cell.table}/${cell.row}/${cell.column}`);
      if (isCellRef(ref)) add(ref, "part");
    }
  }
  return [...marks.values()];
}

/** Where a finding is in the document: its own ref, else the first cell that took part. */
export function findingTarget(result: CheckResult, index: number): HostRef | null {
  const finding = result.findings[index];
  if (!finding) return null;
  if (finding.ref) return finding.ref;
  for (const cell of finding.cells) {
    const bound = result.cells.find(
      (b) => b.key.table === cell.table && b.key.row === cell.row && b.key.column === cell.column,
    );
    if (bound) return bound.ref;
  }
  return null;
}
