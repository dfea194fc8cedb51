import type { FormatTemplate } from "../template";
import type { Agency } from "./agency";
import type { Diagnosis } from "./diagnose/diagnose-table";
import type { ReportText } from "./narrative/report-text";
import type { PreviousReport } from "./previous/previous-report";
import type { SectionMatch } from "./sections";
import type { TableBinding } from "./tables/binding";
import type {
  CellKey,
  DocumentSnapshot,
  Fix,
  HostRef,
  SectionKey,
  Severity,
  Suspect,
  TableKey,
} from "./types";

/** A message in both languages; `{name}` placeholders are filled from the report's data. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** A threshold a rule reads from its context; a profile (user, province) may override the default. */
export interface RuleOption {
  readonly default: number;
  readonly description: Message;
}

export interface RuleMeta {
  readonly description: Message;
  readonly severity: Severity;
  readonly tags: readonly string[];
  /** The official basis: a relation of format-2021.md §5 (R1…), the notice, or the 条例. */
  readonly basis: string;
  /** `fix` when some findings carry a safe fix, `suggestion` when they only carry suggestions. */
  readonly fixable?: "fix" | "suggestion";
  readonly messages: Readonly<Record<string, Message>>;
  /** Thresholds, by name: their defaults here, overridden by `CheckOptions.ruleOptions`. */
  readonly options?: Readonly<Record<string, RuleOption>>;
}

/** What a rule says about one place in the report. */
export interface Report {
  readonly messageId: string;
  readonly section?: SectionKey | null;
  readonly table?: TableKey | null;
  readonly row?: string | null;
  readonly column?: string | null;
  readonly expected?: number | string | null;
  readonly actual?: number | string | null;
  readonly cells?: readonly CellKey[];
  /** Values for the message placeholders, and the numbers a host shows (formula terms…). */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly ref?: HostRef | null;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
  readonly suspect?: Suspect;
}

/** The read-only inputs every rule gets; built once per check. */
export interface RuleContext {
  readonly snapshot: DocumentSnapshot;
  /** The format the report should follow, from its year (2021 when unknown). */
  readonly format: FormatTemplate;
  readonly year: number | null;
  /** The year the host says the report should cover (a reviewer's batch), or null. */
  readonly expectedYear: number | null;
  /** The reporting body, from the title or the signature. */
  readonly agency: Agency | null;
  readonly sections: readonly SectionMatch[];
  readonly tables: ReadonlyMap<TableKey, TableBinding>;
  /** For each table with a broken sum (三, 四): the cells most likely wrong. */
  readonly diagnoses: ReadonlyMap<TableKey, Diagnosis>;
  /** The body text, paragraph by paragraph, with the section each paragraph belongs to. */
  readonly text: ReportText;
  /** Last year's report, when the host gave it. */
  readonly previous: PreviousReport | null;
  /** This rule's own options: the defaults of its metadata, overridden by `CheckOptions.ruleOptions`. */
  readonly options: Readonly<Record<string, number>>;
  report(report: Report): void;
}

/** A rule: metadata first, then one check function that only reads the context and reports. */
export interface Rule {
  readonly id: string;
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}
