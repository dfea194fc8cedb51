import { check, type CheckOptions, type DocumentSnapshot, type PreviousReport } from "../engine";
import type { CheckContext } from "./check-file";
import { failedReport } from "./failed-report";
import type { FileReport } from "./report";

/** Checks the snapshot of a file read by readEntry (`converted` when LibreOffice converted it). */
export function checkSnapshot(
  file: string,
  snapshot: DocumentSnapshot,
  converted: boolean,
  context: CheckContext,
): FileReport {
  try {
    const previous = context.previous?.(file, snapshot);
    const result = check(snapshot, checkOptions(context, previous?.report));
    return {
      file,
      error: null,
      result,
      ...(converted ? { converted: true } : {}),
      ...(previous && "from" in previous ? { previous: previous.from } : {}),
    };
  } catch (error) {
    return failedReport(file, error);
  }
}

/**
 * The engine's options for a file of the run: the run's profile and year, and the previous
 * report chosen for the file. A fixed copy is checked again with the same (修正后仍有).
 */
export function checkOptions(context: CheckContext, previous: PreviousReport | undefined): CheckOptions {
  return {
    ...context.profile,
    ...(previous ? { previous } : {}),
    ...(context.expectedYear ? { expectedYear: context.expectedYear } : {}),
  };
}

/** The report with the digest of its file's bytes, when they were read (FileReport.digest). */
export const withDigest = (report: FileReport, digest: string | null | undefined): FileReport =>
  digest ? { ...report, digest } : report;
