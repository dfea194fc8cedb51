import { setFlagsFromString } from "node:v8";

/**
 * How much bytecode a function runs between V8's looks at whether to optimise it, for a run of
 * report-check: six times V8 11.3's 67,584. A batch is a few seconds of one checker's code, and
 * at V8's default a fresh process compiled ≈ 350 functions with TurboFan and threw ≈ 70 of them
 * away again (deoptimised on types their first files had not shown); later, 153 and 22, and the
 * 200 reports of `npm run bench -- 8` run ≈ 12 % faster (≈ 25 % less CPU) — on a single file and
 * on 1,000 no slower.
 */
export const CLI_INTERRUPT_BUDGET = 6 * 67_584;

/**
 * Sets V8's tier-up budget for this process (every worker thread shares it) when V8 is the one
 * it was measured on: Node 20's V8 11.3. Later V8s tier up through Maglev, by other budgets, and
 * keep their defaults. True when set. Only this flag is changed after start-up: it is read each
 * time a function's budget runs out, while others (concurrent Sparkplug, say) crash the process.
 */
export function tuneTiering(v8Version: string = process.versions.v8): boolean {
  if (!v8Version.startsWith("11.3.")) return false;
  setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
  return true;
}
