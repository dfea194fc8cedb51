/**
 * The whole `report-check` command: the checker's run and, after it, the reviewer's outputs
 * (--letters, --summary, --region) made from the results the run streamed, so every file is
 * read and checked once.
 */
import { REVIEW_USAGE, reviewEntry, takeReviewFlags, writeReviewOutputs } from "./review-outputs";
import { parseArgs, run, type Output } from "./run";
import type { ReportEntry } from "../review/report-entry";

/** Runs the command; resolves to the exit code. */
export async function runCommand(argv: readonly string[], out: Output, version: string): Promise<number> {
  const review = takeReviewFlags(argv);
  if (typeof review === "string") {
    out.stderr(`report-check：${review}\n`);
    return 2;
  }
  const { flags, rest } = review;
  const wanted = Object.keys(flags).length > 0;
  const entries: ReportEntry[] = [];
  const code = run(
    rest,
    out,
    version,
    wanted ? (report) => entries.push(reviewEntry(report, flags)) : undefined,
  );
  const options = parseArgs(rest);
  if (options === "help") out.stdout(`\n${REVIEW_USAGE}`);
  // a run refused before its batch (copies over an original, an unreadable --previous) writes none either
  if (!wanted || typeof options !== "object" || (code === 2 && entries.length === 0)) return code;
  return Math.max(code, await writeReviewOutputs(entries, flags, out));
}
