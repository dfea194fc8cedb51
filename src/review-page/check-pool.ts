/**
 * Checks many files in a few workers at once, one file per worker at a time, and reports each
 * as it finishes. A worker that dies costs only the file it held (that file is reported as not
 * checked) and is replaced; where no worker can start, files are checked in the page.
 */
import { checkBytes, type Checked } from "./check-bytes";
import type { ReviewReply } from "./protocol";

/** A file to check: its bytes are read only when a worker is free, so memory holds a few at most. */
export interface PoolJob {
  readonly read: () => Promise<ArrayBuffer>;
}

export async function checkAll(
  jobs: readonly PoolJob[],
  spawn: () => Worker,
  onDone: (index: number, checked: Checked) => void,
  size = 2,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: Worker | null = start(spawn);
    let answered = false;
    while (next < jobs.length) {
      const index = next++;
      let checked: Checked;
      try {
        const bytes = await jobs[index].read();
        if (worker) {
          // the worker holds the bytes it was sent; keep a copy for the page in case it fails
          const copy = answered ? null : bytes.slice(0);
          checked = await inWorker(worker, index, bytes);
          if (checked.error === WORKER_DIED) {
            worker.terminate();
            // a worker that never answered could not start at all: check in the page from now on
            worker = answered ? start(spawn) : null;
            if (copy) checked = checkBytes(new Uint8Array(copy));
          } else answered = true;
        } else checked = checkBytes(new Uint8Array(bytes));
      } catch (error) {
        checked = { result: null, error: unreadable(error) };
      }
      onDone(index, checked);
    }
    worker?.terminate();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, lane));
}

const start = (spawn: () => Worker): Worker | null => {
  try {
    return spawn();
  } catch {
    return null; // workers blocked: check in the page
  }
};

const WORKER_DIED = {
  message: "检查这个文件时检查程序中止（文件可能过大或已损坏）。",
  messageEn: "The checker stopped on this file (it may be too large or damaged).",
};

const unreadable = (error: unknown) => ({
  message: `无法读取这个文件：${error instanceof Error ? error.message : String(error)}`,
  messageEn: `The file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
});

function inWorker(worker: Worker, id: number, bytes: ArrayBuffer): Promise<Checked> {
  return new Promise((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ReviewReply>) => {
      if (data.id === id) resolve({ result: data.result, error: data.error });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      resolve({ result: null, error: WORKER_DIED });
    };
    worker.postMessage({ id, bytes }, [bytes]);
  });
}
