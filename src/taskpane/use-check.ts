/**
 * The pane's one link to the document: runs check, clear, go-to and fix on a document port and
 * keeps what the pane shows. The only pane module (besides the entry) that imports src/word.
 */
import { useCallback, useRef, useState } from "react";
import type { CheckResult, Fix, HostRef } from "../engine";
import {
  findingTarget,
  runCheck,
  type CheckFn,
  type ClearOutcome,
  type DocumentPort,
  type FailureReason,
  type MarkOutcome,
  type ReadOutcome,
} from "../word";

export type Busy = "read" | "check" | "mark" | "clear" | "fix";

/** Something to tell the clerk above the results. */
export type Notice =
  | { readonly kind: "failure"; readonly reason: FailureReason; readonly detail?: string }
  | { readonly kind: "engine"; readonly detail: string }
  | { readonly kind: "cleared"; readonly outcome: ClearOutcome }
  | { readonly kind: "fixed" };

export interface CheckState {
  readonly busy: Busy | null;
  readonly read: ReadOutcome | null;
  readonly result: CheckResult | null;
  readonly mark: MarkOutcome | null;
  readonly notice: Notice | null;
}

export interface CheckActions {
  check(): Promise<void>;
  clear(): Promise<void>;
  locate(index: number): Promise<void>;
  locateRef(ref: HostRef): Promise<void>;
  applyFix(fix: Fix): Promise<void>;
}

const initial: CheckState = { busy: null, read: null, result: null, mark: null, notice: null };

export function useCheck(
  port: DocumentPort,
  check: CheckFn,
  options: { comments: boolean },
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
        onStage: (busy) => update({ busy }),
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
      const { read, result, mark } = run.value;
      update({
        read,
        result,
        mark: mark?.ok ? mark.value : null,
        notice:
          mark && !mark.ok ? { kind: "failure", reason: mark.reason, detail: mark.detail } : (after ?? null),
      });
    },
    [port, check, options.comments],
  );

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
        const applied = await port.applyFix(fix);
        if (!applied.ok) {
          update({ notice: { kind: "failure", reason: applied.reason, detail: applied.detail } });
          return;
        }
        await doCheck({ kind: "fixed" });
      }),
  };
  return [state, actions];
}
