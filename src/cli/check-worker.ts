/**
 * One worker of the batch's pool (see worker-pool.ts): checks the files it is handed, one at a
 * time, exactly as the main thread would (checkEntry), and posts each report back. It says
 * "ready" once its modules are loaded, so a file's time limit counts the file, not the start-up.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkEntry } from "./check-file";
import type { Entry } from "./collect-files";
import { contextOf, type WorkerJob, type WorkerSetup } from "./worker-pool";

const port = parentPort!;
const context = contextOf(workerData as WorkerSetup);

port.on("message", ({ index, entry }: WorkerJob) => {
  // a file name that is not UTF-8 arrives as bytes: fs takes it back as a Buffer
  const path = typeof entry.path === "string" ? entry.path : Buffer.from(entry.path);
  const report = checkEntry({ ...entry, path } as Entry, context);
  port.postMessage({ index, report });
});
port.postMessage("ready");
