import type { CheckResult, DocumentSnapshot, FormatId } from "./types";

export interface CheckOptions {
  /** Force a format instead of detecting it. */
  readonly format?: FormatId;
  /** Rule ids to run; all rules when absent. */
  readonly rules?: readonly string[];
}

/** Checks a report snapshot against the official format. */
export function check(snapshot: DocumentSnapshot, options: CheckOptions = {}): CheckResult {
  void snapshot;
  void options;
  throw new Error("not implemented yet");
}
