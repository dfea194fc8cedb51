import { readFileSync } from "node:fs";
import path from "node:path";
import { digestOf as cliDigest } from "../../src/cli/read-entry";
import { checkBytes } from "../../src/review-page/check-bytes";
import { checkAll, type PoolJob } from "../../src/review-page/check-pool";
import type { ReviewReply, ReviewRequest } from "../../src/review-page/protocol";

const sample = readFileSync(path.join(__dirname, "../fixtures/docx/sum-errors.docx"));
const job = (bytes: Uint8Array = sample): PoolJob => ({
  read: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

/**
 * A worker that checks as the real one does, asynchronously; `dies` names the request ids on
 * which it fails as a crashed worker does (onerror, no reply), `broken` one that never loads.
 */
function fakeWorker(log: string[], dies: ReadonlySet<number> = new Set(), broken = false) {
  const worker = {
    onmessage: null as ((e: MessageEvent<ReviewReply>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage({ id, bytes }: ReviewRequest) {
      log.push(`post ${id}`);
      setTimeout(() => {
        if (broken || dies.has(id)) worker.onerror?.({ preventDefault() {} } as ErrorEvent);
        else
          worker.onmessage?.({
            data: { id, ...checkBytes(new Uint8Array(bytes)) },
          } as MessageEvent<ReviewReply>);
      }, 1);
    },
    terminate() {
      log.push("terminate");
    },
  };
  return worker as unknown as Worker;
}

describe("checking a batch in workers", () => {
  it("checks every file once, in as many workers as asked, and reports each as it finishes", async () => {
    const log: string[] = [];
    let spawned = 0;
    const done: number[] = [];
    await checkAll(
      [job(), job(), job(), job(), job()],
      () => (spawned++, fakeWorker(log)),
      (i, checked) => {
        expect(checked.result?.findings.some((f) => f.rule === "balance")).toBe(true);
        done.push(i);
      },
      2,
    );
    expect(spawned).toBe(2);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(log.filter((l) => l === "terminate")).toHaveLength(2);
  });

  it("a file that is not a .docx is reported with the reader's message, the rest go on", async () => {
    const results: (string | null)[] = [];
    await checkAll(
      [job(new TextEncoder().encode("not a docx")), job()],
      () => fakeWorker([]),
      (i, c) => (results[i] = c.error?.message ?? null),
      1,
    );
    expect(results[0]).toMatch(/\S/);
    expect(results[1]).toBeNull();
  });

  it("a worker that dies costs only the file it held; a new worker takes the rest", async () => {
    const log: string[] = [];
    let spawned = 0;
    const errors: (string | null)[] = [];
    await checkAll(
      [job(), job(), job()],
      () => (spawned++, fakeWorker(log, new Set([1]))),
      (i, c) => (errors[i] = c.error?.message ?? null),
      1,
    );
    expect(errors[0]).toBeNull();
    expect(errors[1]).toMatch(/检查程序中止/);
    expect(errors[2]).toBeNull();
    expect(spawned).toBe(2);
  });

  it("where workers cannot start or never load, checks in the page, with the same results", async () => {
    const inline: (number | undefined)[] = [];
    await checkAll(
      [job(), job()],
      () => {
        throw new Error("blocked");
      },
      (i, c) => (inline[i] = c.result?.findings.length),
      2,
    );
    const unloaded: (number | undefined)[] = [];
    await checkAll(
      [job(), job()],
      () => fakeWorker([], new Set(), true),
      (i, c) => (unloaded[i] = c.result?.findings.length),
      1,
    );
    const expected = checkBytes(sample).result!.findings.length;
    expect(inline).toEqual([expected, expected]);
    expect(unloaded).toEqual([expected, expected]);
  });
});

describe("the page's bounds and hashes", () => {
  it("gives each file the CLI's hash of its bytes, so two files of the same bytes are told as one report", async () => {
    const other = readFileSync(path.join(__dirname, "../fixtures/docx/clean-2021.docx"));
    const digests: (string | undefined)[] = [];
    await checkAll(
      [job(), job(other), job()],
      () => fakeWorker([]),
      (i, c) => (digests[i] = c.digest),
      1,
    );
    expect(digests).toEqual([cliDigest(sample), cliDigest(other), cliDigest(sample)]);
  });

  it("stops a file that takes longer than the time limit: it costs only itself, a new worker takes the rest", async () => {
    const log: string[] = [];
    let spawned = 0;
    const errors: (string | null)[] = [];
    // the second worker's first file never answers, as a worker stuck in a loop
    const hanging = (worker: Worker): Worker => {
      const post = worker.postMessage.bind(worker);
      (worker as { postMessage: (m: ReviewRequest) => void }).postMessage = (m: ReviewRequest) =>
        m.id === 1 ? log.push(`hang ${m.id}`) : post(m);
      return worker;
    };
    await checkAll(
      [job(), job(), job()],
      () => hanging((spawned++, fakeWorker(log))),
      (i, c) => (errors[i] = c.error?.message ?? null),
      1,
      300,
    );
    expect(errors[0]).toBeNull();
    expect(errors[1]).toContain("检查这个文件超过 0.3 秒，已停止，未检查；其余文件照常检查");
    expect(errors[2]).toBeNull();
    expect(spawned).toBe(2);
    expect(log).toContain("hang 1");
  });
});
