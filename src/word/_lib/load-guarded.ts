/// <reference types="office-js" />
/**
 * Loads that may fail one by one. Word rejects a whole sync when one statement in it fails
 * (a table whose `getOoxml()` throws, office-js#6059, #5394; a list number of a deleted paragraph,
 * #5335; a response over the web's payload limit): a group that fails is split in halves and
 * tried again, so one bad item costs only itself and a few round trips, and only when it fails.
 */

/** A load: queues what it needs and returns how to read the result after the sync. */
export type Job<R> = () => () => R;

/** Why an item could not be loaded, as Office.js says it. */
export interface LoadFailure {
  readonly failed: true;
  readonly code: string;
  /** `debugInfo.errorLocation`: the call that failed, e.g. "Range.getOoxml". */
  readonly location?: string;
}

export function loadFailure(error: unknown): LoadFailure {
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const code =
    typeof e?.code === "string" ? e.code : typeof e?.message === "string" ? e.message : String(error);
  const location = e?.debugInfo?.errorLocation;
  return { failed: true, code, ...(typeof location === "string" && location ? { location } : {}) };
}

export const isFailure = (r: unknown): r is LoadFailure => (r as LoadFailure | null)?.failed === true;

/** Runs the jobs in one sync; on failure, each half again, down to single jobs. */
export async function loadGuarded<R>(
  context: Word.RequestContext,
  jobs: readonly Job<R>[],
): Promise<(R | LoadFailure)[]> {
  if (!jobs.length) return [];
  try {
    const reads = jobs.map((job) => job());
    await context.sync();
    return reads.map((read) => read());
  } catch (error) {
    if (jobs.length === 1) return [loadFailure(error)];
    const half = Math.ceil(jobs.length / 2);
    return [
      ...(await loadGuarded(context, jobs.slice(0, half))),
      ...(await loadGuarded(context, jobs.slice(half))),
    ];
  }
}

/**
 * Runs the jobs and one more, big and optional, in one sync. If that sync fails, the jobs run
 * again without it (split as `loadGuarded` does): when they all load, the extra one is what
 * failed (too big for a response, or refused) and is not tried again; when one of them fails
 * too, the extra one is tried once alone. A failure costs round trips only when it happens.
 */
export async function loadGuardedWith<R, X>(
  context: Word.RequestContext,
  jobs: readonly Job<R>[],
  extra: Job<X>,
): Promise<{ loads: (R | LoadFailure)[]; extra: X | LoadFailure }> {
  try {
    const reads = jobs.map((job) => job());
    const read = extra();
    await context.sync();
    return { loads: reads.map((r) => r()), extra: read() };
  } catch (error) {
    const loads = await loadGuarded(context, jobs);
    if (!loads.some(isFailure)) return { loads, extra: loadFailure(error) };
    return { loads, extra: (await loadGuarded(context, [extra]))[0] };
  }
}
