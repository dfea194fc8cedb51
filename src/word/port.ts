/**
 * The document port: what the task pane asks of a document, whoever hosts it. `createWordPort`
 * implements it over Office.js; the demo page implements it over a .docx rendered in the browser.
 * Types only: nothing here touches Word, so the demo can import it.
 */
import type { CheckResult, DocumentSnapshot, Fix, HostRef } from "../engine";
import type { InsertPlan, ReplaceTablePlan } from "./plan-repairs";
import type { IgnoredFinding } from "./ignored-store";
import type { StoredPrevious } from "./previous-store";

/** What this Word can do, detected at run time (see capabilities.ts). */
export interface Capabilities {
  /** WordApi 1.3: Table objects. Without it nothing can be checked in Word. */
  readonly tables: boolean;
  /** WordApi 1.4: Word comments. */
  readonly comments: boolean;
  /** WordApiDesktop 1.4: cell.shading, the only way to put "no colour" back exactly. */
  readonly noColorShading: boolean;
  /** The document is open read-only. */
  readonly readOnly: boolean;
  /** The highest WordApi version reported, e.g. "1.3"; "" when none. */
  readonly wordApi: string;
  /** WordApi 1.4: the Track Changes mode can be read, so the pane can say a change was tracked. */
  readonly trackChanges?: boolean;
  /**
   * WordApiDesktop 1.4: `Document.protectionType` can be read, so a write Word refused with a
   * catch-all error can be told apart from a protected document's refusal.
   */
  readonly protection?: boolean;
}

/** Why a port call failed, so the pane can explain it in plain Chinese. */
export type FailureReason =
  | "too-old" // this Word lacks the API the action needs
  | "read-only" // the document is open read-only
  | "protected" // the document (or the region) is protected against editing
  | "stale" // the document changed since the check; check again
  | "unconfirmed" // the cell's Word address could not be confirmed, so nothing was written
  | "cursor-in-table" // a table cannot be inserted inside a table cell
  | "cursor-outside-body" // the cursor is in a header, footer, note or text box, not the document's text
  | "commented" // a comment is anchored in the cell's text, which writing over may delete
  | "host-error"; // anything else Word reported

export type PortResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: FailureReason; readonly detail?: string };

/** How many cells of one document table could be given a confirmed address in the host. */
export interface TableMapping {
  /** The table's host ref, `{ t }`. */
  readonly ref: HostRef;
  /** Cells in the table (origin cells, merges resolved). */
  readonly cells: number;
  /** Cells whose address the host confirmed; only these are ever written to. */
  readonly confirmed: number;
  /** Word could not give the table's OOXML: read from its text alone, merges unknown, nothing written to it. */
  readonly withoutMerges?: boolean;
  /** A web page's layout table: its content read as the report; `cells` are the tables' in it, none addressed. */
  readonly layout?: true;
}

/** A load that failed during a read, and what the read did without it. */
export type ReadIssue = {
  /** Office.js's error code, e.g. "GeneralException". */
  readonly code: string;
  /** `debugInfo.errorLocation`: the call that failed, e.g. "Range.getOoxml". */
  readonly location?: string;
} & (
  | { readonly kind: "table"; /** The table's ordinal: read without merges. */ readonly t: number }
  | { readonly kind: "list"; /** The paragraph's index: read without its list number. */ readonly p: number }
  | {
      /**
       * The body's OOXML (what shows hidden text and text boxes) could not be read ("ooxml"), or
       * Word's paragraphs or tables do not line up with it ("paragraphs", "tables"): hidden text
       * or the tables of text boxes may be read otherwise than by the .docx reader.
       */
      readonly kind: "story";
      readonly unchecked: "ooxml" | "paragraphs" | "tables";
    }
);

export interface ReadOutcome {
  readonly snapshot: DocumentSnapshot;
  readonly tables: readonly TableMapping[];
  /** Loads that failed; the check ran without them. */
  readonly issues?: readonly ReadIssue[];
}

export interface MarkOptions {
  /** Also add a comment with the explanation to each offending cell (WordApi 1.4). */
  readonly comments?: boolean;
}

export interface MarkOutcome {
  /** Offending cells shaded. */
  readonly marked: number;
  /** Cells that took part, shaded lightly. */
  readonly participating: number;
  /** Cells not shaded because their address was not confirmed (listed in the pane only). */
  readonly unconfirmed: number;
  /** Cells no longer flagged that had no shading and got white, because this Word cannot set "no colour". */
  readonly approximate: number;
  readonly comments: number;
  /** Word refused the comments (office-js#6746): what it said. The shading stands. */
  readonly commentsRefused?: string;
  /** Tables whose cell addressing Word contradicted when probed: nothing in them was shaded. */
  readonly unverifiedTables?: number;
}

export interface ClearOutcome {
  /** Cells whose own shading was put back. */
  readonly restored: number;
  /** Cells left alone because someone changed their shading after we marked them. */
  readonly changed: number;
  /** Marked cells whose address could not be confirmed this time; their record is kept for a later try. */
  readonly unreachable: number;
  /** Cells that had no shading and got white instead, because this Word cannot set "no colour". */
  readonly approximate: number;
  readonly comments: number;
}

/** What a write into the document did beyond its own change. */
export interface WriteOutcome {
  /** Track Changes was on: the change shows as a revision the clerk can accept or reject. */
  readonly tracked: boolean;
  /**
   * The insertion is in, but Word left something around it that could not be put right (an empty
   * or numbered paragraph after it, a heading Word numbered otherwise): the clerk should look.
   */
  readonly untidy?: boolean;
}

export interface FixesOutcome extends WriteOutcome {
  readonly applied: number;
  /** Fixes not applied because their cell or paragraph changed since the check, or has no confirmed address. */
  readonly refused: number;
  /** Of those, the cells left as they were because someone's comment is anchored in their text (writing over it may delete it). */
  readonly commented?: number;
}

/** What 自检 found on the open document, for the clerk to copy and send (issue 10). */
export interface SelfTestReport {
  /** Office's own words: `Office.context.diagnostics` version and platform; "" when unknown. */
  readonly version: string;
  readonly platform: string;
  readonly capabilities: Capabilities;
  readonly tables: readonly {
    readonly t: number;
    readonly cells: number;
    readonly confirmed: number;
    /** The table has merged cells, so `getCell` was probed. */
    readonly merged: boolean;
    /** The probe's verdict: Word's cells matched the OOXML (null: nothing to probe). */
    readonly addressing: boolean | null;
    readonly withoutMerges: boolean;
    /** A web page's layout table, read as its content (see TableMapping). */
    readonly layout?: boolean;
  }[];
  /** Calls that failed: the read's loads and the probe. */
  readonly failures: readonly string[];
}

export interface DocumentPort {
  readonly capabilities: Capabilities;
  /** Reads the document into a snapshot (and remembers the host addresses for marking). */
  read(): Promise<PortResult<ReadOutcome>>;
  /** Shades offending and participating cells of the last read, replacing earlier marks. */
  mark(result: CheckResult, options?: MarkOptions): Promise<PortResult<MarkOutcome>>;
  /** Removes every mark the add-in made and puts back each cell's own shading. */
  clearMarks(): Promise<PortResult<ClearOutcome>>;
  /** Selects (and scrolls to) a cell, paragraph or table. */
  navigate(ref: HostRef): Promise<PortResult<void>>;
  /** Applies one fix, refusing it when the document no longer holds `fix.from`. */
  applyFix(fix: Fix): Promise<PortResult<void>>;
  /** Applies several fixes at once (空白填0 for a whole table), skipping the stale ones. */
  applyFixes?(fixes: readonly Fix[]): Promise<PortResult<FixesOutcome>>;
  /** Inserts a standard table or a missing section where the plan says, never over existing content. */
  insert?(plan: InsertPlan): Promise<PortResult<WriteOutcome>>;
  /** Replaces a damaged table by the standard table with the plan's values. */
  replaceTable?(plan: ReplaceTablePlan): Promise<PortResult<WriteOutcome>>;
  /** Last year's report as remembered with this document; null when none was picked. */
  loadPrevious?(): Promise<PortResult<StoredPrevious | null>>;
  /** Remembers last year's report with this document (null forgets it). */
  savePrevious?(stored: StoredPrevious | null): Promise<PortResult<void>>;
  /** The findings the clerk ignored in this document. */
  loadIgnored?(): Promise<PortResult<readonly IgnoredFinding[]>>;
  /** Remembers the ignored findings with this document. */
  saveIgnored?(items: readonly IgnoredFinding[]): Promise<PortResult<void>>;
  /** 自检: reads the document and probes every merged table's addressing anew; writes nothing. */
  selfTest?(): Promise<PortResult<SelfTestReport>>;
}

export const ok = <T>(value: T): PortResult<T> => ({ ok: true, value });
export const fail = (reason: FailureReason, detail?: string): PortResult<never> => ({
  ok: false,
  reason,
  detail,
});
