/**
 * Last year's report, remembered in the document (the same per-add-in document settings as the
 * mark ledger, see mark-store.ts), so the clerk picks last year's file once and every later
 * check of this document compares with it.
 *
 * What is stored is `PreviousReport` itself: a handful of numbers and the section texts. The
 * texts are kept as text, not as hashes of sentences, because copied-text also counts sentences
 * that were lightly edited (character-pair similarity), which a hash cannot tell. A report's six
 * sections are a few thousand characters; to keep the settings small whatever file is picked, the
 * texts are cut at `MAX_TEXT_CHARS` (paragraphs after the cut are left out and `truncated` says
 * so). Office allows about 2 MB of settings per add-in and document; this stays far below.
 */
import type { PreviousReport } from "../engine";
import { storeSetting, type SettingsStore } from "./mark-store";

export const PREVIOUS_SETTING = "reportCheck.previous";
/** Characters of section text kept at most (about 100 KB of JSON in the worst case). */
export const MAX_TEXT_CHARS = 30_000;
/** A body's name is a few dozen characters (findAgency keeps 30); a stored one is cut there. */
const MAX_AGENCY_CHARS = 30;

/** What the document remembers about last year's report. */
export interface StoredPrevious {
  readonly version: 1;
  /** The file the clerk picked, for the pane to show. */
  readonly name: string;
  readonly report: PreviousReport;
  /** Section texts were cut at MAX_TEXT_CHARS. */
  readonly truncated: boolean;
  /** The clerk typed the figures into the pane instead of picking last year's file. */
  readonly typed?: boolean;
}

const SECTION_KEYS = ["s1", "s2", "s3", "s4", "s5", "s6"] as const;

const numberMap = (value: unknown): Record<string, number> | null => {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  return out;
};

/** Keeps the numbers and as much section text as MAX_TEXT_CHARS allows, in section order. */
export function compactPrevious(name: string, report: PreviousReport): StoredPrevious {
  let left = MAX_TEXT_CHARS;
  let truncated = false;
  const sections: Partial<Record<(typeof SECTION_KEYS)[number], string[]>> = {};
  for (const key of SECTION_KEYS) {
    const paragraphs = report.sections[key];
    if (!paragraphs) continue;
    const kept: string[] = [];
    for (const p of paragraphs) {
      if (p.length > left) {
        truncated = true;
        break;
      }
      kept.push(p);
      left -= p.length;
    }
    sections[key] = kept;
  }
  return {
    version: 1,
    name,
    report: {
      year: report.year,
      // so that another body's report is not compared (previous-other-agency)
      ...(report.agency ? { agency: report.agency } : {}),
      carriedForward: { ...report.carriedForward },
      inForce: { ...report.inForce },
      sections,
      // every table figure, for identical-to-previous and unusual-change: about 200 numbers
      ...(report.cells ? { cells: { ...report.cells } } : {}),
    },
    truncated,
  };
}

/** Last year's figures the clerk typed: 结转下年度 by column and 现行有效 by row, nothing else. */
export function typedPrevious(
  carriedForward: Readonly<Record<string, number>>,
  inForce: Readonly<Record<string, number>>,
): StoredPrevious {
  return {
    version: 1,
    name: "",
    typed: true,
    report: { year: null, carriedForward: { ...carriedForward }, inForce: { ...inForce }, sections: {} },
    truncated: false,
  };
}

/** The remembered report, or null when there is none or what is stored is not one of ours. */
export function loadPrevious(settings: { get(name: string): unknown }): StoredPrevious | null {
  const raw = settings.get(PREVIOUS_SETTING) as Partial<StoredPrevious> | null | undefined;
  if (!raw || raw.version !== 1 || typeof raw.name !== "string" || !raw.report) return null;
  const r = raw.report as Partial<PreviousReport>;
  const carriedForward = numberMap(r.carriedForward);
  const inForce = numberMap(r.inForce);
  if (!carriedForward || !inForce) return null;
  const year = typeof r.year === "number" && Number.isInteger(r.year) ? r.year : null;
  const sections: Partial<Record<(typeof SECTION_KEYS)[number], string[]>> = {};
  for (const key of SECTION_KEYS) {
    const ps = (r.sections as Record<string, unknown> | undefined)?.[key];
    if (Array.isArray(ps)) sections[key] = ps.filter((p): p is string => typeof p === "string");
  }
  const cells = r.cells === undefined ? null : numberMap(r.cells);
  const agency = typeof r.agency === "string" && r.agency ? r.agency.slice(0, MAX_AGENCY_CHARS) : null;
  return {
    version: 1,
    name: raw.name,
    report: {
      year,
      ...(agency ? { agency } : {}),
      carriedForward,
      inForce,
      sections,
      ...(cells ? { cells } : {}),
    },
    truncated: raw.truncated === true,
    ...(raw.typed === true ? { typed: true } : {}),
  };
}

/** Remembers `stored` in the document, or forgets it for null; one `saveAsync`, no Word batch. */
export function savePrevious(settings: SettingsStore, stored: StoredPrevious | null): Promise<void> {
  return storeSetting(settings, PREVIOUS_SETTING, stored);
}
