import { check, type DocumentSnapshot } from "../engine";
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
    const result = check(snapshot, {
      ...context.profile,
      ...(previous?.report ? { previous: previous.report } : {}),
      ...(context.expectedYear ? { expectedYear: context.expectedYear } : {}),
    });
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
