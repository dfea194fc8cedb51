/**
 * Checks many files in a few workers at once, one file per worker at a time, and reports each
 * as it finishes, with a hash of its bytes. A worker that dies, or takes longer than the time
 * limit, costs only the file it held (that file is reported as not checked) and is replaced;
 * where no worker can start, files are checked in the page.
 */
import { checkBytes, type Checked } from "./check-bytes";
import { digestOf } from "./digest";
import type { ReviewReply } from "./protocol";

/** A file to check: its bytes are read only when a worker is free, so memory holds a few at most. */
export interface PoolJob {
  readonly read: () => Promise<ArrayBuffer>;
}

/** A minute for a file, as the CLI gives each (src/cli/run.ts). */
export const FILE_TIMEOUT_MS = 60_000;

export async function checkAll(
  jobs: readonly PoolJob[],
  spawn: () => Worker,
  onDone: (index: number, checked: Checked & { readonly digest?: string }) => void,
  size = 2,
  timeoutMs = FILE_TIMEOUT_MS,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: Worker | null = start(spawn);
    let answered = false;
    while (next < jobs.length) {
      const index = next++;
      let checked: Checked;
      let digest: string | undefined;
      try {
        const bytes = await jobs[index].read();
        digest = await digestOf(bytes);
        if (worker) {
          // the worker holds the bytes it was sent; keep a copy for the page in case it fails
          const copy = answered ? null : bytes.slice(0);
          checked = await inWorker(worker, index, bytes, timeoutMs);
          if (checked.error?.code === "check-timeout") {
            // a hung file costs itself: the page does not try it again
            worker.terminate();
            worker = start(spawn);
          } else if (checked.error === WORKER_DIED) {
            worker.terminate();
            // a worker that never answered could not start at all: check in the page from now on
            worker = answered ? start(spawn) : null;
            if (copy) checked = checkBytes(new Uint8Array(copy));
          } else answered = true;
        } else checked = checkBytes(new Uint8Array(bytes));
      } catch (error) {
        checked = { result: null, error: unreadable(error) };
      }
      onDone(index, digest ? { ...checked, digest } : checked);
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

/** Why a file was stopped, in the CLI's words (src/cli/worker-pool.ts). */
const timedOut = (timeoutMs: number) => ({
  code: "check-timeout",
  message: `检查这个文件超过 ${timeoutMs / 1000} 秒，已停止，未检查；其余文件照常检查。文件可能异常庞大或已损坏，请在 Word 或 WPS 中打开后“另存为” .docx 再检查。`,
  messageEn: `Checking this file took longer than ${timeoutMs / 1000} s and was stopped; the other files are checked. It may be unusually large or damaged: save it as .docx in Word or WPS.`,
});

const unreadable = (error: unknown) => ({
  message: `无法读取这个文件：${error instanceof Error ? error.message : String(error)}`,
  messageEn: `The file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
});

function inWorker(worker: Worker, id: number, bytes: ArrayBuffer, timeoutMs: number): Promise<Checked> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ result: null, error: timedOut(timeoutMs) }), timeoutMs);
    worker.onmessage = ({ data }: MessageEvent<ReviewReply>) => {
      if (data.id !== id) return;
      clearTimeout(timer);
      resolve({ result: data.result, error: data.error });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      clearTimeout(timer);
      resolve({ result: null, error: WORKER_DIED });
    };
    worker.postMessage({ id, bytes }, [bytes]);
  });
}
