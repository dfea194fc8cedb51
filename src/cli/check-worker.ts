/**
 * One worker of the batch's pool (see worker-pool.ts): checks the files it is handed, one at a
 * time, exactly as the main thread would (checkEntry), and posts each report back. It says
 * "ready" once its modules are loaded, so a file's time limit counts the file, not the start-up.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkEntry } from "./check-file";
import type { Entry } from "./collect-files";
import { fileText } from "./format-json";
import { errorCount, verdictOf, type FileReport } from "./report";
import { contextOf, type Checked, type WorkerJob, type WorkerSetup } from "./worker-pool";

const port = parentPort!;
const setup = workerData as WorkerSetup;
const context = contextOf(setup);

/** The report, or its JSON text and verdict when the run asks for them (WorkerSetup.jsonText). */
const reply = (r: FileReport): Checked =>
  setup.jsonText
    ? {
        file: r.file,
        text: fileText(r, setup.jsonText.errorsOnly),
        verdict: verdictOf(r),
        errors: r.result ? errorCount(r.result.findings) : 0,
        agency: r.result?.agency ?? null,
      }
    : r;

port.on("message", ({ index, entry }: WorkerJob) => {
  // a file name that is not UTF-8 arrives as bytes: fs takes it back as a Buffer
  const path = typeof entry.path === "string" ? entry.path : Buffer.from(entry.path);
  const report = checkEntry({ ...entry, path } as Entry, context);
  port.postMessage({ index, report: reply(report) });
});
port.postMessage("ready");
