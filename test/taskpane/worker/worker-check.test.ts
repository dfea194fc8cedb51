import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { readDocx } from "../../../src/docx";
import { check, type CheckResult, type DocumentSnapshot } from "../../../src/engine";
import { runCheck } from "../../../src/word";
import type { CheckReply, CheckRequest } from "../../../src/taskpane/worker/protocol";
import { workerCheck } from "../../../src/taskpane/worker/worker-check";

/** v8's serializer is the structured clone a browser uses between a page and its worker. */
const clone = <T>(x: T): T => deserialize(serialize(x)) as T;

/**
 * A worker that runs check-worker.ts's job in this process, passing every message through the
 * structured clone; or one that fails to load, as a worker blocked by policy does.
 */
class FakeWorker {
  onmessage: ((e: MessageEvent<CheckReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received = 0;
  terminated = false;
  constructor(private readonly behaviour: "works" | "fails-to-load" | "engine-throws" = "works") {}
  postMessage(message: CheckRequest) {
    this.received++;
    const request = clone(message);
    setTimeout(() => {
      if (this.behaviour === "fails-to-load") {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      const reply: CheckReply =
        this.behaviour === "engine-throws"
          ? { id: request.id, error: "engine exploded" }
          : { id: request.id, result: check(request.snapshot, request.options) };
      this.onmessage?.({ data: clone(reply) } as MessageEvent<CheckReply>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const seeds = [0, 1, 2, 3, 4].map((n) =>
  readDocx(readFileSync(path.resolve(__dirname, `../../fixtures/docx/seed-00${n}.docx`))),
);

describe("checking in a worker", () => {
  it("gives exactly the result of checking in the pane, for every seed, through one worker", async () => {
    const workers: FakeWorker[] = [];
    const inline = jest.fn(check);
    const checkFn = workerCheck(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    }, inline);
    for (const snapshot of seeds) {
      await expect(checkFn(snapshot)).resolves.toEqual(check(snapshot));
    }
    expect(workers).toHaveLength(1);
    expect(workers[0].received).toBe(seeds.length);
    expect(inline).not.toHaveBeenCalled();
  });

  it("passes last year's report to the worker", async () => {
    const checkFn = workerCheck(() => new FakeWorker() as unknown as Worker, check);
    const { previousReport } = await import("../../../src/engine");
    const previous = previousReport(seeds[1]);
    const result = await checkFn(seeds[0], { previous });
    expect(result).toEqual(check(seeds[0], { previous }));
  });

  it("checks in the pane when no worker can start", async () => {
    const inline = jest.fn(check);
    const checkFn = workerCheck(() => {
      throw new Error("Workers are not supported");
    }, inline);
    await expect(checkFn(seeds[0])).resolves.toEqual(check(seeds[0]));
    await checkFn(seeds[1]);
    expect(inline).toHaveBeenCalledTimes(2);
  });

  it("finishes the check in the pane when the worker fails to load, and stops using it", async () => {
    const worker = new FakeWorker("fails-to-load");
    let spawned = 0;
    const inline = jest.fn(check);
    const checkFn = workerCheck(() => {
      spawned++;
      return worker as unknown as Worker;
    }, inline);
    await expect(checkFn(seeds[2])).resolves.toEqual(check(seeds[2]));
    expect(worker.terminated).toBe(true);
    await expect(checkFn(seeds[3])).resolves.toEqual(check(seeds[3]));
    expect(spawned).toBe(1);
    expect(worker.received).toBe(1);
    expect(inline).toHaveBeenCalledTimes(2);
  });

  it("reports the engine's error as the run's `engine` failure, as the pane shows it", async () => {
    const checkFn = workerCheck(() => new FakeWorker("engine-throws") as unknown as Worker, check);
    const port = {
      capabilities: { tables: true, comments: false, noColorShading: true, readOnly: true, wordApi: "1.3" },
      read: async () => ({ ok: true as const, value: { snapshot: seeds[0], mapping: [] } }),
    } as unknown as Parameters<typeof runCheck>[0];
    await expect(runCheck(port, checkFn)).resolves.toEqual({
      ok: false,
      reason: "engine",
      detail: "engine exploded",
    });
  });

  it("keeps answers apart when checks overlap", async () => {
    const checkFn = workerCheck(() => new FakeWorker() as unknown as Worker, check);
    const results = await Promise.all(seeds.map((s: DocumentSnapshot) => checkFn(s)));
    results.forEach((r: CheckResult, i) => expect(r).toEqual(check(seeds[i])));
  });
});

describe("starting the worker", () => {
  afterEach(() => {
    delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
  });

  it("starts it when the page is first idle, and the checks use that one", async () => {
    const idle: (() => void)[] = [];
    (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = (run: () => void) =>
      idle.push(run);
    const spawn = jest.fn(() => new FakeWorker() as unknown as Worker);
    const checkFn = workerCheck(spawn, check);
    expect(spawn).not.toHaveBeenCalled();
    idle.forEach((run) => run());
    expect(spawn).toHaveBeenCalledTimes(1);
    await expect(checkFn(seeds[0])).resolves.toEqual(check(seeds[0]));
    expect(spawn).toHaveBeenCalledTimes(1);
  });

  it("starts it at the first check where pages have no idle callbacks", async () => {
    const spawn = jest.fn(() => new FakeWorker() as unknown as Worker);
    const checkFn = workerCheck(spawn, check);
    expect(spawn).not.toHaveBeenCalled();
    await expect(checkFn(seeds[1])).resolves.toEqual(check(seeds[1]));
    expect(spawn).toHaveBeenCalledTimes(1);
  });
});
