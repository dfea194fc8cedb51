/**
 * The one sequence behind 检查我的报告, shared by the pane, the ribbon command and the demo page:
 * read the document, check it, mark what is wrong. Works on any document port.
 */
import type { CheckOptions, CheckResult, DocumentSnapshot } from "../engine";
import { findingKey, type IgnoredFinding } from "./ignored-store";
import {
  fail,
  type DocumentPort,
  type MarkOptions,
  type MarkOutcome,
  type PortResult,
  type ReadOutcome,
} from "./port";

/**
 * `check` from src/engine, or the pane's worker running it; the run passes last year's report
 * when the document remembers one.
 */
export type CheckFn = (
  snapshot: DocumentSnapshot,
  options?: CheckOptions,
) => CheckResult | Promise<CheckResult>;

export interface CheckRun {
  readonly read: ReadOutcome;
  readonly result: CheckResult;
  /** The findings the clerk ignored in this document (not marked; the pane lists them apart). */
  readonly ignored: readonly IgnoredFinding[];
  /** The marking outcome; null when not marked (read-only). A failure still leaves the findings. */
  readonly mark: PortResult<MarkOutcome> | null;
}

export type CheckStage = "read" | "check" | "mark";

export interface RunCheckOptions extends MarkOptions {
  readonly onStage?: (stage: CheckStage) => void;
  /** Awaited just before the engine runs, so a pane can paint its progress indicator first. */
  readonly beforeCheck?: () => Promise<void>;
  /** The clerk's profile as check options: rules off, severities, thresholds. */
  readonly checkOptions?: CheckOptions;
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
  // last year's report, when one was picked for this document (a failure to load it is not fatal)
  const stored = port.loadPrevious ? await port.loadPrevious().catch(() => null) : null;
  const previous = stored?.ok ? stored.value?.report : undefined;
  await options.beforeCheck?.();
  let result: CheckResult;
  try {
    const chosen = { ...options.checkOptions, ...(previous ? { previous } : {}) };
    result = await (Object.keys(chosen).length
      ? check(read.value.snapshot, chosen)
      : check(read.value.snapshot));
  } catch (error) {
    return { ok: false, reason: "engine", detail: error instanceof Error ? error.message : String(error) };
  }
  // dismissals remembered in the document (a failure to load them is not fatal)
  const loaded = port.loadIgnored ? await port.loadIgnored().catch(() => null) : null;
  const ignored = loaded?.ok ? loaded.value : [];
  const run = { read: read.value, result, ignored };
  if (port.capabilities.readOnly) return { ok: true, value: { ...run, mark: null } };
  options.onStage?.("mark");
  const skipped = new Set(ignored.map((i) => i.key));
  const marked = skipped.size
    ? { ...result, findings: result.findings.filter((f) => !skipped.has(findingKey(f))) }
    : result;
  const mark = await port
    .mark(marked, { comments: options.comments })
    .catch((e: unknown) => fail("host-error", String(e)));
  return { ok: true, value: { ...run, mark } };
}
