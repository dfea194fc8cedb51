/**
 * The one sequence behind 检查我的报告, shared by the pane, the ribbon command and the demo page:
 * read the document, check it, mark what is wrong. Works on any document port.
 */
import type { CheckResult, DocumentSnapshot } from "../engine";
import {
  fail,
  type DocumentPort,
  type MarkOptions,
  type MarkOutcome,
  type PortResult,
  type ReadOutcome,
} from "./port";

export type CheckFn = (snapshot: DocumentSnapshot) => CheckResult;

export interface CheckRun {
  readonly read: ReadOutcome;
  readonly result: CheckResult;
  /** The marking outcome; null when not marked (read-only). A failure still leaves the findings. */
  readonly mark: PortResult<MarkOutcome> | null;
}

export type CheckStage = "read" | "check" | "mark";

export interface RunCheckOptions extends MarkOptions {
  readonly onStage?: (stage: CheckStage) => void;
}

/** Reads, checks and marks. An exception thrown by the engine comes back as reason `engine`. */
export async function runCheck(
  port: DocumentPort,
  check: CheckFn,
  options: RunCheckOptions = {},
): Promise<PortResult<CheckRun> | { ok: false; reason: "engine"; detail: string }> {
  options.onStage?.("read");
  const read = await port.read();
  if (!read.ok) return read;
  options.onStage?.("check");
  let result: CheckResult;
  try {
    result = check(read.value.snapshot);
  } catch (error) {
    return { ok: false, reason: "engine", detail: error instanceof Error ? error.message : String(error) };
  }
  if (port.capabilities.readOnly) return { ok: true, value: { read: read.value, result, mark: null } };
  options.onStage?.("mark");
  const mark = await port
    .mark(result, { comments: options.comments })
    .catch((e: unknown) => fail("host-error", String(e)));
  return { ok: true, value: { read: read.value, result, mark } };
}
