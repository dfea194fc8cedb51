/**
 * The pane's link to the document for checking: runs check, clear, go-to and fix on a document
 * port and keeps what the pane shows. (Last year's report has its own hook, use-previous.ts; the
 * components import only src/word's types and pure planners.)
 */
import { useCallback, useRef, useState } from "react";
import type { CheckOptions, CheckResult, Finding, Fix, HostRef } from "../engine";
import type { RepairPlan } from "../word/plan-repairs";
import {
  findingKey,
  findingTarget,
  runCheck,
  type CheckFn,
  type ClearOutcome,
  type DocumentPort,
  type FailureReason,
  type IgnoredFinding,
  type MarkOutcome,
  type ReadOutcome,
} from "../word";
import { yieldToUi } from "./yield-to-ui";

export type Busy = "read" | "check" | "mark" | "clear" | "fix";

/** Something to tell the clerk above the results. */
export type Notice =
  | { readonly kind: "failure"; readonly reason: FailureReason; readonly detail?: string }
  | { readonly kind: "engine"; readonly detail: string }
  | { readonly kind: "cleared"; readonly outcome: ClearOutcome }
  | { readonly kind: "fixed"; readonly tracked?: boolean; readonly applied?: number }
  | {
      readonly kind: "repaired";
      readonly plan: RepairPlan;
      readonly tracked: boolean;
      readonly untidy?: boolean;
    }
  | {
      readonly kind: "filled";
      readonly applied: number;
      readonly refused: number;
      readonly commented?: number;
      readonly tracked: boolean;
    };

export interface CheckState {
  readonly busy: Busy | null;
  readonly read: ReadOutcome | null;
  readonly result: CheckResult | null;
  readonly mark: MarkOutcome | null;
  readonly notice: Notice | null;
  /** The findings the clerk ignored in this document. */
  readonly ignored: readonly IgnoredFinding[];
  /** Findings gone after a write from the pane in this session (for the 自查单). */
  readonly fixed: readonly { readonly key: string; readonly message: string }[];
}

export interface CheckActions {
  check(): Promise<void>;
  clear(): Promise<void>;
  locate(index: number): Promise<void>;
  locateRef(ref: HostRef): Promise<void>;
  applyFix(fix: Fix): Promise<void>;
  /** Inserts or replaces as planned (see planRepairs), then checks again. */
  repair(plan: RepairPlan): Promise<void>;
  /** Applies many fixes in one write (空白填0 for a table, 全部修正), then checks again. */
  applyFixes(fixes: readonly Fix[], kind?: "filled" | "fixed"): Promise<void>;
  /** Remembers the finding as ignored in the document, then checks again (its cells lose their mark). */
  ignore(finding: Finding, reason?: string): Promise<void>;
  /** Forgets an ignored finding, then checks again. */
  restore(key: string): Promise<void>;
}

const initial: CheckState = {
  busy: null,
  read: null,
  result: null,
  mark: null,
  notice: null,
  ignored: [],
  fixed: [],
};

/** The findings of `before` that a check after a write no longer reports. */
const gone = (
  before: CheckResult | null,
  after: CheckResult,
  known: CheckState["fixed"],
): CheckState["fixed"] => {
  if (!before) return known;
  const now = new Set(after.findings.map(findingKey));
  const seen = new Set(known.map((k) => k.key));
  const fixed = before.findings
    .filter((f) => !now.has(findingKey(f)) && !seen.has(findingKey(f)))
    .map((f) => ({ key: findingKey(f), message: f.message }));
  return fixed.length ? [...known, ...fixed] : known;
};

export function useCheck(
  port: DocumentPort,
  check: CheckFn,
  options: { comments: boolean; checkOptions?: CheckOptions },
): [CheckState, CheckActions] {
  const [state, setState] = useState<CheckState>(initial);
  const busy = useRef(false);
  const update = (patch: Partial<CheckState>) => setState((s) => ({ ...s, ...patch }));

  const exclusive = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } catch (error) {
      update({ notice: { kind: "failure", reason: "host-error", detail: String(error) } });
    } finally {
      busy.current = false;
      update({ busy: null });
    }
  }, []);

  const doCheck = useCallback(
    async (after?: Notice) => {
      update({ notice: null, busy: "read" });
      const run = await runCheck(port, check, {
        comments: options.comments,
        checkOptions: options.checkOptions,
        onStage: (busy) => update({ busy }),
        beforeCheck: yieldToUi,
      });
      if (!run.ok) {
        update({
          notice:
            run.reason === "engine"
              ? { kind: "engine", detail: run.detail ?? "" }
              : { kind: "failure", reason: run.reason, detail: run.detail },
        });
        return;
      }
      const { read, result, mark, ignored } = run.value;
      const wrote = after?.kind === "fixed" || after?.kind === "filled" || after?.kind === "repaired";
      setState((s) => ({ ...s, fixed: wrote ? gone(s.result, result, s.fixed) : s.fixed }));
      update({
        ignored,
        read,
        result,
        mark: mark?.ok ? mark.value : null,
        notice:
          mark && !mark.ok ? { kind: "failure", reason: mark.reason, detail: mark.detail } : (after ?? null),
      });
    },
    [port, check, options.comments, options.checkOptions],
  );

  const changeIgnored = (items: readonly IgnoredFinding[]) =>
    exclusive(async () => {
      if (!port.saveIgnored) return;
      const saved = await port.saveIgnored(items);
      if (!saved.ok) {
        update({ notice: failureOf(saved) });
        return;
      }
      await doCheck();
    });

  const actions: CheckActions = {
    check: () => exclusive(() => doCheck()),
    clear: () =>
      exclusive(async () => {
        update({ busy: "clear", notice: null });
        const cleared = await port.clearMarks();
        update(
          cleared.ok
            ? { mark: null, notice: { kind: "cleared", outcome: cleared.value } }
            : { notice: { kind: "failure", reason: cleared.reason, detail: cleared.detail } },
        );
      }),
    locate: (index) => {
      const target = state.result ? findingTarget(state.result, index) : null;
      return target ? actions.locateRef(target) : Promise.resolve();
    },
    locateRef: (ref) =>
      exclusive(async () => {
        const moved = await port.navigate(ref);
        if (!moved.ok) update({ notice: { kind: "failure", reason: moved.reason, detail: moved.detail } });
      }),
    applyFix: (fix) =>
      exclusive(async () => {
        update({ busy: "fix", notice: null });
        if (port.applyFixes) {
          // the batch call also says whether Track Changes recorded the change
          const done = await port.applyFixes([fix]);
          if (!done.ok || done.value.applied === 0) {
            const reason = done.ok && done.value.commented ? "commented" : "stale";
            update({ notice: done.ok ? { kind: "failure", reason } : failureOf(done) });
            return;
          }
          await doCheck({ kind: "fixed", tracked: done.value.tracked, applied: done.value.applied });
          return;
        }
        const applied = await port.applyFix(fix);
        if (!applied.ok) {
          update({ notice: { kind: "failure", reason: applied.reason, detail: applied.detail } });
          return;
        }
        await doCheck({ kind: "fixed" });
      }),
    applyFixes: (fixes, kind = "filled") =>
      exclusive(async () => {
        if (!port.applyFixes) return;
        update({ busy: "fix", notice: null });
        const done = await port.applyFixes(fixes);
        if (!done.ok) {
          update({ notice: failureOf(done) });
          return;
        }
        await doCheck(
          kind === "filled"
            ? { kind, ...done.value }
            : { kind, tracked: done.value.tracked, applied: done.value.applied },
        );
      }),
    ignore: (finding, reason) =>
      changeIgnored([
        ...state.ignored.filter((i) => i.key !== findingKey(finding)),
        { key: findingKey(finding), message: finding.message, ...(reason ? { reason } : {}) },
      ]),
    restore: (key) => changeIgnored(state.ignored.filter((i) => i.key !== key)),
    repair: (plan) =>
      exclusive(async () => {
        const write =
          plan.kind === "replace-table" ? port.replaceTable?.bind(port, plan) : port.insert?.bind(port, plan);
        if (!write) return;
        update({ busy: "fix", notice: null });
        const done = await write();
        if (!done.ok) {
          update({ notice: failureOf(done) });
          return;
        }
        await doCheck({ kind: "repaired", plan, tracked: done.value.tracked, untidy: done.value.untidy });
      }),
  };
  return [state, actions];
}

const failureOf = (r: { reason: FailureReason; detail?: string }): Notice => ({
  kind: "failure",
  reason: r.reason,
  detail: r.detail,
});
