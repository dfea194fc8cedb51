import type { Duplicates } from "../review/duplicates";
import type { Skipped } from "./collect-files";
import type { FileReport, Verdict } from "./report";

/** What is known before the first file is checked. */
export interface BatchStart {
  /** Files to check. */
  readonly total: number;
  /** Files and folders found but not checked, with the reason. */
  readonly skipped: readonly Skipped[];
  /** The year the batch should cover (`--year`). */
  readonly year?: number;
}

/** What is known after the last: counts only, so memory stays flat however many files. */
export interface BatchSummary extends BatchStart {
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The reports with errors, for the closing list (a name and two numbers each). */
  readonly errorFiles: readonly {
    readonly file: string;
    readonly agency: string | null;
    readonly errors: number;
  }[];
  /** The files that could not be read, with why (a name and a sentence each). */
  readonly unreadFiles?: readonly {
    readonly file: string;
    readonly message: string;
    readonly messageEn: string;
  }[];
  /** Reports the batch holds more than once (one 单位 in several files, identical files); absent when none. */
  readonly duplicates?: Duplicates;
  /** With `--previous FOLDER`: the reports without a pair on either side. */
  readonly unpaired?: { readonly thisYear: readonly string[]; readonly lastYear: readonly string[] };
}

/**
 * An output format, written as the batch runs: `begin` before the first file, `file` as each
 * file completes, `end` after the last. Each returns the text to write at once, so nothing
 * already reported is lost when a later file crashes the run.
 */
export interface Formatter {
  begin(start: BatchStart): string;
  file(report: FileReport): string;
  end(summary: BatchSummary): string;
}
