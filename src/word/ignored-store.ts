/**
 * Findings the clerk chose to ignore (忽略), remembered in the document (the same per-add-in
 * document settings as the mark ledger), so a dismissal survives re-checks and reopening the
 * file. A finding is known by what it says, not by where it is: its rule, message kind, place in
 * the template and the values it compares. Change a number and the finding is new again.
 * Reviewers' copies of the file are unaffected: the CLI reports everything.
 */
import type { Finding } from "../engine";
import { storeSetting, type SettingsStore } from "./mark-store";

export const IGNORED_SETTING = "reportCheck.ignored";
/** Dismissals kept at most (the oldest go first); a report has a few dozen findings. */
export const MAX_IGNORED = 300;

export interface IgnoredFinding {
  /** `findingKey` of the finding. */
  readonly key: string;
  /** Its message when ignored, for the pane's list of ignored findings. */
  readonly message: string;
  /** Why the clerk ignored it, when they said (the 自查单 lists it). */
  readonly reason?: string;
}

/** What identifies a finding across checks and edits elsewhere in the document. */
export function findingKey(f: Finding): string {
  return JSON.stringify([f.rule, f.messageId, f.section, f.table, f.row, f.column, f.expected, f.actual]);
}

/** The remembered dismissals; [] when there are none or what is stored is not ours. */
export function loadIgnored(settings: { get(name: string): unknown }): IgnoredFinding[] {
  const raw = settings.get(IGNORED_SETTING) as { version?: unknown; items?: unknown } | null | undefined;
  if (!raw || raw.version !== 1 || !Array.isArray(raw.items)) return [];
  return raw.items.filter(
    (i): i is IgnoredFinding =>
      !!i && typeof i.key === "string" && typeof (i as IgnoredFinding).message === "string",
  );
}

/** Stores the dismissals (the newest MAX_IGNORED); one `saveAsync`, no Word batch. */
export function saveIgnored(settings: SettingsStore, items: readonly IgnoredFinding[]): Promise<void> {
  return storeSetting(
    settings,
    IGNORED_SETTING,
    items.length ? { version: 1, items: items.slice(-MAX_IGNORED) } : null,
  );
}
