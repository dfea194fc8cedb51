/**
 * OpenCC out of the pages' first load: it is about a fifth of the pane's JavaScript, and most
 * reports are simplified Chinese. Before a check whose text has a character OpenCC would change,
 * the page (or its worker) fetches OpenCC as a chunk of its own and hands it to the engine, which
 * stays synchronous.
 */
import { containsTraditional, provideSimplifier, simplifierReady } from "../engine";

let loading: Promise<void> | undefined;

/** Loads OpenCC for the engine if any text in `data` needs it; at most once per page or worker. */
export function readySimplifierFor(data: unknown): Promise<void> {
  if (simplifierReady() || !containsTraditional(data)) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "opencc" */ "opencc-js/t2cn").then(
    ({ Converter }) => provideSimplifier(Converter({ from: "t", to: "cn" })),
    (error: unknown) => {
      loading = undefined; // the next check tries again
      throw new Error(
        `繁体字转换表（OpenCC）未能载入，请重试。The traditional-to-simplified tables (OpenCC) did not load: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    },
  );
  return loading;
}

/** A check that first loads what its text needs: the pane's own (inline) check and the demo's. */
export function withSimplifier<A extends unknown[], R>(check: (...args: A) => R): (...args: A) => Promise<R> {
  return async (...args) => {
    await readySimplifierFor(args);
    return check(...args);
  };
}
