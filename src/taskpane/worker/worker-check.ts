/**
 * A CheckFn that runs the engine in a Web Worker, so the pane keeps painting and answering clicks
 * during a long check. One worker serves every check (warm after the first). Where no worker can
 * start or it fails to load (an old web view, a policy that blocks workers), checks run in the
 * pane as before: slower to paint, same results.
 */
import type { CheckResult } from "../../engine";
import type { CheckFn } from "../../word/run-check";
import type { CheckReply, CheckRequest } from "./protocol";

export function workerCheck(spawn: () => Worker, inline: CheckFn): CheckFn {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 0;
  const pending = new Map<
    number,
    { request: CheckRequest; resolve: (r: CheckResult) => void; reject: (e: Error) => void }
  >();

  /** The worker could not run: finish what it was given in the pane, and stop using it. */
  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { request, resolve, reject } of pending.values()) {
      Promise.resolve()
        .then(() => inline(request.snapshot, request.options))
        .then(resolve, (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
    }
    pending.clear();
  };

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = spawn();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if ("error" in data) waiting.reject(new Error(data.error));
      else waiting.resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      fallBack();
    };
    worker.onmessageerror = () => fallBack();
    return worker;
  };

  // started once the page is idle after it opens, so the first check does not wait for the
  // worker to fetch and compile the engine; where pages have no idle callbacks, at the first check
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => start(), { timeout: 5000 });

  return async (snapshot, options) => {
    const running = start();
    if (!running) return inline(snapshot, options);
    const request: CheckRequest = options ? { id: nextId++, snapshot, options } : { id: nextId++, snapshot };
    return new Promise<CheckResult>((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject });
      try {
        running.postMessage(request);
      } catch {
        fallBack(); // a snapshot the browser cannot copy: check it here
      }
    });
  };
}
