import { setFlagsFromString } from "node:v8";

/**
 * How much bytecode a function runs between V8's looks at whether to optimise it, for a run of
 * report-check: nine times V8 11.3's 67,584. A batch is a second or two of one checker's code,
 * on cores its own threads share with V8's compiler: at V8's default a fresh process compiled
 * ≈ 350 functions with TurboFan and threw ≈ 70 of them away again (deoptimised on types their
 * first files had not shown). Six times the default ran the 200 reports of `npm run bench -- 8`
 * ≈ 12 % faster; with the inlining budget below, nine times was better again (see tuneTiering).
 */
export const CLI_INTERRUPT_BUDGET = 9 * 67_584;

/**
 * How much bytecode TurboFan inlines into one function in all: a quarter of V8 11.3's 920.
 * Compiling is the largest cost of a run after reading and checking themselves (≈ 600 ms of
 * compiler threads' time for the 200 reports, against ≈ 1.2 s of the two pipeline threads'),
 * and its time grows with what is inlined; smaller units compiled in about half the time.
 */
export const CLI_INLINING_BUDGET = 230;

/** V8 11.3's own values of the two budgets. */
const V8_INTERRUPT_BUDGET = 67_584;
const V8_INLINING_BUDGET = 920;

/** Whether this process runs with the CLI's budgets (tuneTiering). */
let tuned = false;
/** Threads started with V8's own budgets that have not yet sent their first message (startWithV8Budgets). */
let starting = 0;

function setBudgets(interrupt: number, inlining: number): void {
  setFlagsFromString(`--interrupt-budget=${interrupt}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${inlining}`);
}

/**
 * Sets V8's tier-up and inlining budgets for this process (every worker thread shares them) when
 * V8 is the one they were measured on: Node 20's V8 11.3. Later V8s tier up through Maglev, by
 * other budgets, and keep their defaults. True when set. Only these flags are changed after
 * start-up: each is read when it is used (a function's budget running out, a function being
 * compiled), while others (concurrent Sparkplug, say) crash the process.
 */
export function tuneTiering(v8Version: string = process.versions.v8): boolean {
  if (!v8Version.startsWith("11.3.")) return false;
  setBudgets(CLI_INTERRUPT_BUDGET, CLI_INLINING_BUDGET);
  tuned = true;
  return true;
}

/** What startWithV8Budgets watches of a thread. */
export interface StartingThread {
  once(event: "message" | "exit", listener: () => void): unknown;
}

/**
 * Starts a worker thread while V8's flags are its own, then sets the CLI's budgets again once
 * every thread so started has sent its first message (its modules loaded) or ended. A thread
 * starts from Node's code cache of its own modules only while the flags hash as they did when
 * Node built that cache (v8.cachedDataVersionTag): under the CLI's budgets each thread compiled
 * them afresh, 47 ms against 24 ms to start a bare thread here. Without tuneTiering, just `start()`.
 */
export function startWithV8Budgets<T extends StartingThread>(start: () => T): T {
  if (!tuned) return start();
  if (starting++ === 0) setBudgets(V8_INTERRUPT_BUDGET, V8_INLINING_BUDGET);
  let done = false;
  const started = () => {
    if (done) return;
    done = true;
    if (--starting === 0) setBudgets(CLI_INTERRUPT_BUDGET, CLI_INLINING_BUDGET);
  };
  try {
    const thread = start();
    thread.once("message", started);
    thread.once("exit", started);
    return thread;
  } catch (error) {
    started();
    throw error;
  }
}

/** Sets V8's own budgets back (see writeCodeCacheAfterRun): V8's flags then hash as at start-up. */
export function restoreV8Budgets(): void {
  setBudgets(V8_INTERRUPT_BUDGET, V8_INLINING_BUDGET);
  tuned = false;
}
