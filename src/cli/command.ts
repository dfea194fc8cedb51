/**
 * The whole `report-check` command: the checker's run and, after it, the reviewer's outputs
 * (--letters, --summary, --region) made from the results the run streamed, so every file is
 * read and checked once.
 */
import {
  REVIEW_USAGE,
  refuseReviewOutputs,
  reviewEntry,
  reviewOriginals,
  skippedEntry,
  takeReviewFlags,
  writeReviewOutputs,
  type ReviewFlags,
} from "./review-outputs";
import { defaultPool, parseArgs, runPooled, type Output } from "./run";
import { TaskThread } from "./task-thread";
import type { PoolLimits } from "./worker-pool";
import type { ReportEntry } from "../review/report-entry";

/** Runs the command; resolves to the exit code. `pool` overrides the worker threads' defaults (see runPooled). */
export async function runCommand(
  argv: readonly string[],
  out: Output,
  version: string,
  pool: Partial<PoolLimits> = {},
): Promise<number> {
  const review = takeReviewFlags(argv);
  if (typeof review === "string") {
    out.stderr(`report-check：${review}\n`);
    return 2;
  }
  const { flags, rest } = review;
  const wanted = Object.keys(flags).length > 0;
  const parsed = parseArgs(rest);
  const refused = wanted && typeof parsed === "object" ? refuseReviewOutputs(flags, parsed) : null;
  if (refused) {
    out.stderr(`report-check：${refused}\n`);
    return 2;
  }
  // the reviewer's outputs are made in the bounded thread the run's copies and --previous use
  const limits = { ...defaultPool(), ...pool };
  const tasks = new TaskThread(limits);
  try {
    return await runWith(tasks, flags, rest, parsed, wanted, out, version, pool);
  } finally {
    await tasks.close();
  }
}

async function runWith(
  tasks: TaskThread,
  flags: ReviewFlags,
  rest: string[],
  parsed: ReturnType<typeof parseArgs>,
  wanted: boolean,
  out: Output,
  version: string,
  pool: Partial<PoolLimits>,
): Promise<number> {
  const entries: ReportEntry[] = [];
  // the files not checked (.doc, .pdf…) come after the checked ones: a row each, and a letter
  const notChecked: ReportEntry[] = [];
  const code = await runPooled(
    rest,
    out,
    version,
    wanted ? (report) => entries.push(reviewEntry(report, flags)) : undefined,
    pool,
    wanted ? (skipped) => notChecked.push(...skipped.flatMap((s) => skippedEntry(s) ?? [])) : undefined,
    tasks,
  );
  entries.push(...notChecked);
  if (parsed === "help") out.stdout(`\n${REVIEW_USAGE}`);
  // a run refused before its batch (copies over an original, an unreadable --previous) writes none either
  if (!wanted || typeof parsed !== "object" || (code === 2 && entries.length === 0)) return code;
  const originals = reviewOriginals(
    entries.map((e) => e.file),
    parsed,
    flags,
  );
  return Math.max(code, await writeReviewOutputs(entries, flags, out, originals, tasks, parsed.year));
}
