/**
 * Decides which cells to shade for a check result. Pure: the Word adapter and the demo page
 * both execute this plan, each in its own way.
 */
import type { CheckResult, HostRef, Severity } from "../engine";

/** `part` is a cell that took part in a finding without being its culprit. */
export type MarkLevel = Severity | "part";

/** Shading per level, as "#RRGGBB": strong for the offending cell, lighter for the cells that took part. */
export const MARK_COLORS: Readonly<Record<MarkLevel, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  part: "#FDF0D5",
};

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
