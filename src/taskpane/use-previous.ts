/**
 * Last year's report for the pane: what the document remembers, picking a file (read here in the
 * page, never uploaded) and forgetting it. Runs on the document port, like use-check.
 */
import { useCallback, useEffect, useState } from "react";
import { previousReport, type DocumentSnapshot } from "../engine";
import { readySimplifierFor } from "./load-simplifier";
import { compactPrevious, typedPrevious, type DocumentPort, type StoredPrevious } from "../word";

export type PreviousProblem =
  | { readonly kind: "unreadable"; readonly name: string; readonly detail: string }
  | { readonly kind: "not-saved"; readonly detail: string };

export interface PreviousState {
  readonly stored: StoredPrevious | null;
  readonly busy: boolean;
  readonly problem: PreviousProblem | null;
}

export interface PreviousActions {
  /** Reads the file, remembers its key figures in the document; true when remembered. */
  pick(name: string, bytes: Uint8Array): Promise<boolean>;
  /** Remembers figures the clerk typed (结转下年度 by column, 现行有效 by row); true when remembered. */
  type(carriedForward: Record<string, number>, inForce: Record<string, number>): Promise<boolean>;
  remove(): Promise<boolean>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function usePrevious(
  port: DocumentPort,
  readDocx: (bytes: Uint8Array) => DocumentSnapshot | Promise<DocumentSnapshot>,
): [PreviousState, PreviousActions] {
  const [state, setState] = useState<PreviousState>({ stored: null, busy: false, problem: null });

  useEffect(() => {
    let live = true;
    void port
      .loadPrevious?.()
      .then((r) => live && r.ok && setState((s) => ({ ...s, stored: r.value })))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port]);

  const save = useCallback(
    async (stored: StoredPrevious | null): Promise<boolean> => {
      const done = port.savePrevious
        ? await port.savePrevious(stored)
        : ({ ok: false, reason: "host-error" } as const);
      setState((s) =>
        done.ok
          ? { stored, busy: false, problem: null }
          : { ...s, busy: false, problem: { kind: "not-saved", detail: done.detail ?? done.reason } },
      );
      return done.ok;
    },
    [port],
  );

  const pick = useCallback(
    async (name: string, bytes: Uint8Array) => {
      setState((s) => ({ ...s, busy: true, problem: null }));
      let stored: StoredPrevious;
      try {
        const snapshot = await readDocx(bytes);
        await readySimplifierFor(snapshot);
        stored = compactPrevious(name, previousReport(snapshot));
      } catch (e) {
        setState((s) => ({ ...s, busy: false, problem: { kind: "unreadable", name, detail: message(e) } }));
        return false;
      }
      return save(stored);
    },
    [readDocx, save],
  );

  const type = useCallback(
    (carriedForward: Record<string, number>, inForce: Record<string, number>) => {
      setState((s) => ({ ...s, busy: true, problem: null }));
      return save(typedPrevious(carriedForward, inForce));
    },
    [save],
  );

  const remove = useCallback(() => {
    setState((s) => ({ ...s, busy: true, problem: null }));
    return save(null);
  }, [save]);

  return [state, { pick, type, remove }];
}
