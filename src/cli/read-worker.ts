/**
 * The reading thread of a batch's pipeline (see worker-pool.ts): reads the files it is handed,
 * one at a time, exactly as the main thread would (readEntry), and posts each snapshot, or the
 * report of a file that could not be read, back. It loads the reader only, not the engine. It
 * says "ready" once its modules are loaded, so a file's time limit counts the file, not the
 * start-up.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Entry } from "./collect-files";
import { isSnapshot, readEntry } from "./read-entry";
import type { ReadJob, WorkerSetup } from "./worker-pool";

const port = parentPort!;
const setup = workerData as WorkerSetup;

port.on("message", ({ index, entry }: ReadJob) => {
  // a file name that is not UTF-8 arrives as bytes: fs takes it back as a Buffer
  const path = typeof entry.path === "string" ? entry.path : Buffer.from(entry.path);
  const read = readEntry({ ...entry, path } as Entry, setup.soffice);
  // the snapshot crosses as JSON text, which parses faster than a structured clone of its objects
  port.postMessage(isSnapshot(read) ? { index, snapshot: JSON.stringify(read) } : { index, report: read });
});
port.postMessage("ready");
