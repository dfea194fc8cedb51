import type { CheckResult, Finding } from "../engine";
import type { CopyRecord } from "./copies";

/** One file's outcome, as the CLI's formatters print it. */
export interface FileReport {
  readonly file: string;
  /** Null when the file was read and checked. */
  readonly error: { readonly code: string; readonly message: string; readonly messageEn: string } | null;
  readonly result: CheckResult | null;
  /** The copies --annotate and --fix wrote, when asked for. */
  readonly copies?: CopyRecord;
}

export const errorCount = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === "error").length;

/** True when the file was checked and no finding is an error. */
export const passed = (r: FileReport): boolean =>
  r.error === null && r.result !== null && errorCount(r.result.findings) === 0;
