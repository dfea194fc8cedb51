/**
 * The pipeline's protocol with its two threads, each event in the order a test chooses: which
 * files the reading thread is handed, which file a lost thread costs, which files go to the next
 * pipeline, and when a file's time starts. The threads here emit what Node's Worker emits
 * ("message", "error", "exit"); what passes between the two over their channel, and the pool on
 * real threads and real files, is workers.test.ts's.
 */
import { EventEmitter } from "node:events";
import type { Entry } from "../../src/cli/collect-files";
import type { FileReport } from "../../src/cli/report";
import { checkInWorkers, type Checked, type PoolThread, type ThreadName } from "../../src/cli/worker-pool";

class ScriptedThread extends EventEmitter {
  readonly posted: unknown[] = [];
  terminated = false;
  constructor(readonly name: ThreadName) {
    super();
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }
}

const entries: Entry[] = ["a.docx", "b.docx", "c.docx"].map((name) => ({ path: name, name, convert: false }));
const report = (file: string): FileReport => ({ file, error: null, result: null });

/** A batch of the three entries in one pipeline; its threads as they start, and the reports as they come. */
function batch(timeoutMs = 10_000) {
  const threads: ScriptedThread[] = [];
  const reports: [number, Checked][] = [];
  const done = checkInWorkers(
    entries,
    {},
    { workers: 1, timeoutMs, heapMb: 64 },
    (index, r) => reports.push([index, r]),
    (name, _setup, _heapMb, channel) => {
      channel.close();
      const thread = new ScriptedThread(name);
      threads.push(thread);
      return thread as unknown as PoolThread;
    },
  );
  /** The pipeline started `n`th (0 first): its reading and checking threads. */
  const pipeline = (n: number) => ({ reader: threads[2 * n], checker: threads[2 * n + 1] });
  return { threads, reports, done, pipeline };
}

const ready = (...threads: ScriptedThread[]) => threads.forEach((t) => t.emit("message", "ready"));
/** The reading thread tells of a file read, its snapshot's text `text` characters long. */
const read = (reader: ScriptedThread, index: number, text = 35_000) =>
  reader.emit("message", { index, text });
const checked = (checker: ScriptedThread, index: number) =>
  checker.emit("message", { index, report: report(entries[index].name) });
/** A pipeline that gets ready, then reads and checks the files at `indices`. */
const runThrough = (p: { reader: ScriptedThread; checker: ScriptedThread }, indices: number[]) => {
  ready(p.reader, p.checker);
  indices.forEach((i) => read(p.reader, i));
  indices.forEach((i) => checked(p.checker, i));
};
const readJobs = (reader: ScriptedThread) => reader.posted.map((m) => (m as { index: number }).index);
/** Each report's index and error code, null for a file checked. */
const outcomes = (reports: [number, Checked][]) =>
  reports.map(([i, r]) => [i, ("text" in r ? undefined : r.error?.code) ?? null]);

const ALL_CHECKED = [
  [0, null],
  [1, null],
  [2, null],
];

describe("a batch's pipeline", () => {
  it("keeps the reading thread two files ahead, handing out the next as one is read", async () => {
    const { reports, done, pipeline } = batch();
    const { reader, checker } = pipeline(0);
    ready(reader, checker);
    expect(reader.posted).toEqual([0, 1].map((index) => ({ index, entry: entries[index] })));
    read(reader, 0);
    expect(readJobs(reader)).toEqual([0, 1, 2]);
    [1, 2].forEach((i) => read(reader, i));
    [0, 1, 2].forEach((i) => checked(checker, i));
    await done;
    expect(outcomes(reports)).toEqual(ALL_CHECKED);
  });

  it("takes a file's report before the reading thread's news of it (two ports, no order between them)", async () => {
    const { reports, done, pipeline } = batch();
    const { reader, checker } = pipeline(0);
    ready(reader, checker);
    checked(checker, 0);
    // the report counts as the read: the reading thread is handed the next file
    expect(readJobs(reader)).toEqual([0, 1, 2]);
    [0, 1, 2].forEach((i) => read(reader, i));
    [1, 2].forEach((i) => checked(checker, i));
    await done;
    expect(outcomes(reports)).toEqual(ALL_CHECKED);
  });

  it("hands the reading thread nothing more while a huge text it read waits to be checked", async () => {
    const { done, pipeline } = batch();
    const { reader, checker } = pipeline(0);
    ready(reader, checker);
    read(reader, 0, 32 << 20);
    read(reader, 1);
    expect(readJobs(reader)).toEqual([0, 1]);
    checked(checker, 0);
    expect(readJobs(reader)).toEqual([0, 1, 2]);
    read(reader, 2);
    [1, 2].forEach((i) => checked(checker, i));
    await done;
  });

  it("costs only the file being read when the reading thread runs out of memory, though the one before is being checked", async () => {
    const { reports, done, pipeline } = batch();
    const first = pipeline(0);
    ready(first.reader, first.checker);
    read(first.reader, 0);
    const error = Object.assign(new Error("heap"), { code: "ERR_WORKER_OUT_OF_MEMORY" });
    first.reader.emit("error", error);
    expect([first.reader.terminated, first.checker.terminated]).toEqual([true, true]);
    // b is lost, its report waiting for a's; a (read, not yet checked) and c go to the next pipeline
    expect(reports).toEqual([]);
    runThrough(pipeline(1), [0, 2]);
    expect(readJobs(pipeline(1).reader)).toEqual([0, 2]);
    await done;
    expect(outcomes(reports)).toEqual([
      [0, null],
      [1, "too-much-memory"],
      [2, null],
    ]);
  });

  it("costs the file being checked when the checking thread dies, and reads the others again", async () => {
    const { reports, done, pipeline } = batch();
    const first = pipeline(0);
    ready(first.reader, first.checker);
    read(first.reader, 0);
    read(first.reader, 1);
    first.checker.emit("exit", 134);
    runThrough(pipeline(1), [1, 2]);
    expect(readJobs(pipeline(1).reader)).toEqual([1, 2]);
    await done;
    expect(outcomes(reports)).toEqual([
      [0, "internal-error"],
      [1, null],
      [2, null],
    ]);
  });

  it("stops the batch, costing no file, when a thread dies before it is ready", async () => {
    const { reports, done, pipeline } = batch();
    const { reader, checker } = pipeline(0);
    ready(reader);
    checker.emit("exit", 1);
    await expect(done).rejects.toThrow("检查线程无法启动");
    expect(reports).toEqual([]);
  });

  describe("a file's time", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("starts once both threads are ready, and counts each file from the report of the one before", async () => {
      const { reports, done, pipeline } = batch(10_000);
      const { reader, checker } = pipeline(0);
      ready(reader);
      // the checking thread takes long to load: no file's time runs meanwhile
      jest.advanceTimersByTime(25_000);
      expect(checker.terminated).toBe(false);
      ready(checker);
      read(reader, 0);
      jest.advanceTimersByTime(9_000);
      checked(checker, 0);
      // b's time starts now: 9 s later it is still within its 10 s
      jest.advanceTimersByTime(9_000);
      expect(checker.terminated).toBe(false);
      jest.advanceTimersByTime(1_000);
      expect(checker.terminated).toBe(true);
      runThrough(pipeline(1), [2]);
      await done;
      expect(outcomes(reports)).toEqual([
        [0, null],
        [1, "check-timeout"],
        [2, null],
      ]);
    });
  });
});
