/**
 * The reading thread of a batch's pipeline (see worker-pool.ts): reads the files it is handed,
 * one at a time, exactly as the main thread would (readEntry), and hands each snapshot, or the
 * report of a file that could not be read, to the checking thread over the pipeline's channel —
 * telling the main thread first. It loads the reader only, not the engine. It says "ready" once
 * its modules are loaded, so a file's time limit counts the file, not the start-up.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Entry } from "./collect-files";
import { isSnapshot, readEntry } from "./read-entry";
import type { CheckJob, Read, ReadJob, ThreadData } from "./worker-pool";

const port = parentPort!;
const { setup, channel } = workerData as ThreadData;

port.on("message", ({ index, entry }: ReadJob) => {
  // a file name that is not UTF-8 arrives as bytes: fs takes it back as a Buffer
  const path = typeof entry.path === "string" ? entry.path : Buffer.from(entry.path);
  const { read, digest } = readEntry({ ...entry, path } as Entry, setup.soffice);
  // the snapshot crosses as JSON text, which parses faster than a structured clone of its objects
  const job: CheckJob = isSnapshot(read)
    ? { index, file: entry.name, converted: entry.convert, snapshot: JSON.stringify(read), digest }
    : { index, report: digest ? { ...read, digest } : read };
  port.postMessage({ index, text: "snapshot" in job ? job.snapshot.length : 0 } satisfies Read);
  channel.postMessage(job);
});
port.postMessage("ready");
