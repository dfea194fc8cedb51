/**
 * The checking thread of a batch's pipeline (see worker-pool.ts): checks the snapshots the
 * reading thread hands it over the pipeline's channel, one at a time, exactly as the main thread
 * would (checkSnapshot), and posts each report to the main thread; a file that could not be read
 * passes through as its report. It loads the engine, not the reader. It says "ready" once its
 * modules are loaded, so a file's time limit counts the file, not the start-up.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DocumentSnapshot } from "../engine/types";
import { checkSnapshot, withDigest } from "./check-snapshot";
import { fileText } from "./format-json";
import { textFormatter } from "./format-text";
import { errorCount, verdictOf, type FileReport } from "./report";
import { contextOf, type CheckJob, type Checked, type ThreadData, type WrittenOutput } from "./worker-pool";

const port = parentPort!;
const { setup, channel } = workerData as ThreadData;
const context = contextOf(setup);

/** How the run prints a file, when it asks this thread to (WorkerSetup.written). */
function printer(written: WrittenOutput | undefined): ((r: FileReport) => string) | undefined {
  if (!written) return undefined;
  return written.format === "json"
    ? (r) => fileText(r, written.errorsOnly)
    : textFormatter(written.lang, written.errorsOnly).file;
}

const print = printer(setup.written);

/** The report, or its output and verdict when the run asks for them. */
const reply = (r: FileReport): Checked =>
  print
    ? {
        file: r.file,
        text: print(r),
        verdict: verdictOf(r),
        errors: r.result ? errorCount(r.result.findings) : 0,
        agency: r.result?.agency ?? null,
        year: r.result?.year ?? null,
        ...(r.digest ? { digest: r.digest } : {}),
        error: r.error && { message: r.error.message, messageEn: r.error.messageEn },
      }
    : r;

channel.on("message", (job: CheckJob) => {
  const report =
    "report" in job
      ? job.report
      : withDigest(
          checkSnapshot(job.file, JSON.parse(job.snapshot) as DocumentSnapshot, job.converted, context),
          job.digest,
        );
  port.postMessage({ index: job.index, report: reply(report) });
});
// the reading thread gone (lost, or being stopped) closes the channel: this thread waits to be
// stopped instead of ending, so the pool learns of the loss from the reading thread, which
// knows which file cost it, not from this one's exit
channel.on("close", () => setInterval(() => {}, 2 ** 30));
port.postMessage("ready");
