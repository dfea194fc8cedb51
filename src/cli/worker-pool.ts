/**
 * A large batch is checked in a small pool of pipelines, each two worker threads: one reads the
 * files, the other checks what it read, so a file is read while the one before it is checked —
 * and each thread warms only its half of the checker. Faster where there are cores to spare, and
 * a wall around every file. A file that takes longer than its time limit, or more memory than a
 * worker's heap cap, costs only itself: its pipeline is stopped and replaced, the file is
 * reported as not checked with a clear message, and the batch goes on. Reports are handed on in
 * input order, each as soon as it and every file before it are done, so the output is the same,
 * byte for byte, as when the main thread checks the files one by one.
 */
import { extname, join } from "node:path";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { CheckOptions, PreviousReport } from "../engine";
import type { CheckContext } from "./check-file";
import type { Entry } from "./collect-files";
import type { Language } from "./format-text";
import type { FileError, FileReport, Verdict } from "./report";
import { startWithV8Budgets } from "./v8-tiering";

/** What every worker checks with: the run's context, as data that crosses to a thread. */
export interface WorkerSetup {
  readonly profile?: CheckOptions;
  readonly expectedYear?: number;
  readonly soffice?: string | null;
  /** `--previous FILE`: last year's report, the same for every file. */
  readonly previous?: PreviousReport;
  /**
   * A run that only prints each file's result, as JSON or as text: the worker writes each file's
   * output itself and sends it back with the little the batch's summary needs (WrittenReport). A
   * whole FileReport is structured-cloned across, about 2 ms a file each way on this project's
   * reports: more than checking gains.
   */
  readonly written?: WrittenOutput;
}

/** The output a worker writes for each file (WorkerSetup.written). */
export interface WrittenOutput {
  readonly format: "json" | "text";
  readonly errorsOnly: boolean;
  readonly lang: Language;
}

/** A file checked and written out by its worker (WorkerSetup.written). */
export interface WrittenReport {
  readonly file: string;
  /** The file's output: its object in the `files` array (format-json.ts fileText), or its text lines. */
  readonly text: string;
  readonly verdict: Verdict;
  readonly errors: number;
  readonly agency: string | null;
  /** The report's year, and the digest of the file's bytes: the batch's duplicates (FileReport.digest). */
  readonly year?: number | null;
  readonly digest?: string;
  /** Why the file could not be read, for the batch's closing list (verdict "unread"). */
  readonly error?: { readonly message: string; readonly messageEn: string } | null;
}

/** What a worker sends back for a file: the report, or its text when the setup asks for it. */
export type Checked = FileReport | WrittenReport;

/** One file handed to a pipeline's reading thread. */
export interface ReadJob {
  readonly index: number;
  readonly entry: Entry;
}

/**
 * What the reading thread tells this one when it has read a file, just before it hands the file
 * to the checking thread: the length of the snapshot's JSON text (0 for a file it could not read).
 */
export interface Read {
  readonly index: number;
  readonly text: number;
}

/**
 * One file the reading thread hands to the checking thread, over a channel of their own: the
 * snapshot as JSON text, with the entry's name and whether it was converted, or the report of a
 * file it could not read. Relayed through this thread instead, each snapshot woke it and the
 * reading thread's posts took 260–490 ms in all for 200 reports, against 12–27 ms to the channel.
 */
export type CheckJob =
  | {
      readonly index: number;
      readonly file: string;
      readonly converted: boolean;
      readonly snapshot: string;
      readonly digest: string | null;
    }
  | { readonly index: number; readonly report: FileReport };

/** The pool's size and the bounds on each file. */
export interface PoolLimits {
  /** Pipelines, each a reading and a checking thread. */
  readonly workers: number;
  /** Time to read and check one file (a file to convert gets LibreOffice's two minutes more). */
  readonly timeoutMs: number;
  /** Heap cap of each worker (V8's old generation), in MB. */
  readonly heapMb: number;
}

/** A worker's context from its setup (the worker's side of WorkerSetup). */
export function contextOf(setup: WorkerSetup): CheckContext {
  const { previous, written, ...rest } = setup;
  return previous ? { ...rest, previous: () => ({ report: previous }) } : rest;
}

/** LibreOffice's own limit on one conversion (convert.ts), added to a converted file's time. */
const CONVERSION_MS = 120_000;

/**
 * Files a pipeline holds at once: the one being checked, the one being read and those queued
 * behind them, so neither thread waits for this one, nor the checking thread for a slow read
 * (a Word-markup report reads in twice a LibreOffice copy's time). Holding 8 instead of 3 took
 * the 200 reports of `npm run bench -- 8` from ≈ 0.99 s to ≈ 0.91 s between the 50th and the
 * last report (means of three runs). A held file is a name until it is read, then a snapshot's JSON
 * text (35 KB for a Word-markup report): the reading thread is handed at most UNREAD_PER_WORKER
 * files ahead, and none while TEXT_IN_FLIGHT characters of read files wait to be checked, so a
 * batch of huge files holds a few of their texts, not eight.
 */
const HELD_PER_WORKER = 8;
const UNREAD_PER_WORKER = 2;
const TEXT_IN_FLIGHT = 32 << 20;

type Lost = "timeout" | "memory" | "crash";

/**
 * Checks `entries` in `limits.workers` threads, calling `onReport` in input order. Rejects when
 * `onReport` throws (a closed pipe) or a worker cannot start; every worker is stopped either way.
 */
export function checkInWorkers(
  entries: readonly Entry[],
  setup: WorkerSetup,
  limits: PoolLimits,
  onReport: (index: number, report: Checked) => void,
  startThread: StartThread = startWorker,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const slots = new Set<Slot>();
    const finished = new Map<number, Checked>();
    /** Files a lost worker held but had not started: handed out again before any other. */
    const returned: number[] = [];
    let handedOut = 0;
    let reported = 0;
    let over = false;

    const stop = (error?: unknown) => {
      if (over) return;
      over = true;
      const stopping = [...slots].map((s) => s.end());
      void Promise.all(stopping).then(() => (error === undefined ? resolve() : reject(error)));
    };

    const deliver = (index: number, report: Checked) => {
      finished.set(index, report);
      try {
        for (let r = finished.get(reported); r; r = finished.get(reported)) {
          finished.delete(reported);
          onReport(reported++, r);
        }
      } catch (error) {
        return stop(error);
      }
      if (reported === entries.length) return stop();
      for (const slot of slots) handOut(slot);
    };

    const next = (): number | undefined => {
      if (returned.length > 0) return returned.shift();
      // no more handed out past the last reported than the pipelines hold: reports finished
      // behind a slow file wait, and a batch's memory stays flat
      if (handedOut >= entries.length || handedOut >= reported + limits.workers * HELD_PER_WORKER)
        return undefined;
      return handedOut++;
    };

    const handOut = (slot: Slot) => {
      for (let index = slot.free && !over ? next() : undefined; index !== undefined;) {
        const entry = entries[index];
        slot.take(index, limits.timeoutMs + (entry.convert ? CONVERSION_MS : 0), entry);
        index = slot.free ? next() : undefined;
      }
    };

    const lose = (slot: Slot, why: Lost, detail: string, job: number | undefined) => {
      slots.delete(slot);
      const waiting = slot.held.filter((held) => held !== job);
      void slot.end();
      if (over) return;
      // a worker that dies before its first file is a broken install, not a bad file
      if (job === undefined) return stop(new Error(`检查线程无法启动：${detail}`));
      returned.push(...waiting);
      returned.sort((a, b) => a - b);
      if (handedOut < entries.length || returned.length > 0) start();
      deliver(job, lostReport(entries[job].name, why, limits, detail));
    };

    const start = () => {
      const slot = new Slot((name, channel) => startThread(name, setup, limits.heapMb, channel), {
        ready: () => handOut(slot),
        read: () => handOut(slot),
        report: (index, report) => deliver(index, report),
        lost: (why, detail, job) => lose(slot, why, detail, job),
      });
      slots.add(slot);
    };

    if (entries.length === 0) return resolve();
    for (let i = 0; i < Math.min(limits.workers, entries.length); i++) start();
  });
}

/** What each thread of a pipeline starts with: the run's setup and its end of the pipeline's channel. */
export interface ThreadData {
  readonly setup: WorkerSetup;
  readonly channel: MessagePort;
}

/** A pipeline's two threads, by the module each runs. */
export type ThreadName = "read-worker" | "check-worker";

/** What the pool uses of a worker thread (tests hand in threads that script Node's events). */
export type PoolThread = Pick<Worker, "on" | "postMessage" | "terminate">;

/** Starts one thread of a pipeline with the run's setup, the heap cap and its end of the pipeline's channel. */
export type StartThread = (
  name: ThreadName,
  setup: WorkerSetup,
  heapMb: number,
  channel: MessagePort,
) => PoolThread;

interface SlotEvents {
  /** The pipeline may be handed files: its reading thread is ready, or has read one. */
  readonly ready: () => void;
  readonly read: () => void;
  readonly report: (index: number, report: Checked) => void;
  /** The pipeline is lost; `job` is the file to blame, undefined when it held none. */
  readonly lost: (why: Lost, detail: string, job: number | undefined) => void;
}

/** A file a pipeline holds, whether its reading thread has read it, and the length of what it read. */
interface Job {
  readonly index: number;
  readonly timeoutMs: number;
  read: boolean;
  text: number;
}

/**
 * One pipeline, its reading and checking threads, and the files it holds, read and checked in
 * the order given, with a timer on the oldest: the next file's timer starts when the one before
 * it is reported, so each file's limit counts that file alone. The reading thread tells this one
 * of each file it has read before it hands it to the checking thread, so this thread always knows
 * which file each is on: a lost reading thread costs the first file not yet read (a file read
 * but lost on its way is read again by the next pipeline), anything else the oldest.
 */
class Slot {
  private readonly reader: PoolThread;
  private readonly checker: PoolThread;
  private readerReady = false;
  private checkerReady = false;
  private timer: NodeJS.Timeout | undefined;
  private ended = false;
  /** The files held: a file's news of its read and its report may come in either order. */
  private readonly jobs: Job[] = [];

  constructor(start: (name: ThreadName, channel: MessagePort) => PoolThread, events: SlotEvents) {
    const { port1, port2 } = new MessageChannel();
    this.reader = start("read-worker", port1);
    this.checker = start("check-worker", port2);
    // files are handed out once the reading thread is ready; the oldest one's time starts once
    // both are, so a file's time limit counts the file, not the start-up
    this.reader.on("message", (message: "ready" | Read) => {
      if (this.ended) return;
      if (message === "ready") {
        this.readerReady = true;
        return events.ready();
      }
      // the two threads' messages come on two ports: a file may be reported before this news
      const job = this.jobs.find((j) => j.index === message.index);
      if (!job) return;
      job.read = true;
      job.text = message.text;
      events.read();
    });
    this.checker.on("message", (message: "ready" | { index: number; report: Checked }) => {
      // a report posted as the pipeline was being stopped: its file is already reported as lost
      if (this.ended) return;
      if (message === "ready") {
        this.checkerReady = true;
        if (this.jobs.length > 0) this.time(this.jobs[0].timeoutMs);
        return;
      }
      clearTimeout(this.timer);
      this.jobs.shift();
      if (this.jobs.length > 0) this.time(this.jobs[0].timeoutMs);
      events.report(message.index, message.report);
    });
    const lost = (why: Lost, detail: string, job: Job | undefined) => {
      if (this.ended) return;
      this.ended = true;
      clearTimeout(this.timer);
      events.lost(why, detail, job?.index);
    };
    // a thread that dies before it is ready is a broken install, no file's fault; a reading
    // thread that dies between files (all read) leaves the oldest to blame
    const reading = () => (this.readerReady ? (this.jobs.find((j) => !j.read) ?? this.jobs[0]) : undefined);
    const checking = () => (this.checkerReady ? this.jobs[0] : undefined);
    for (const [worker, blamed] of [
      [this.reader, reading],
      [this.checker, checking],
    ] as const) {
      worker.on("error", (error: NodeJS.ErrnoException) =>
        lost(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash", error.message, blamed()),
      );
      worker.on("exit", (code) => lost("crash", `exit ${code}`, blamed()));
    }
    this.lostOnTimeout = () => lost("timeout", "", this.jobs[0]);
  }

  private readonly lostOnTimeout: () => void;

  /** The files held, the oldest first. */
  get held(): number[] {
    return this.jobs.map((j) => j.index);
  }

  get free(): boolean {
    if (!this.readerReady || this.ended || this.jobs.length >= HELD_PER_WORKER) return false;
    // a reported file is no longer held: what is held and read waits to be checked
    let unread = 0;
    let text = 0;
    for (const job of this.jobs) {
      if (!job.read) unread++;
      text += job.text;
    }
    return unread < UNREAD_PER_WORKER && text < TEXT_IN_FLIGHT;
  }

  take(index: number, timeoutMs: number, entry: Entry): void {
    this.jobs.push({ index, timeoutMs, read: false, text: 0 });
    if (this.jobs.length === 1 && this.checkerReady) this.time(timeoutMs);
    this.reader.postMessage({ index, entry } satisfies ReadJob);
  }

  private time(timeoutMs: number): void {
    this.timer = setTimeout(this.lostOnTimeout, timeoutMs);
  }

  /** Stops both threads (a hung file's thread too: V8 interrupts it). */
  end(): Promise<unknown> {
    this.ended = true;
    clearTimeout(this.timer);
    return Promise.all([this.reader.terminate(), this.checker.terminate()]);
  }
}

/**
 * The compiled worker beside this file. From the sources (the tests, ts-node) each worker
 * compiles the modules it loads, which takes seconds on a busy machine: the compiled text is
 * kept in a cache folder, keyed by each source's path, size and time, so only the first pays.
 */
function startWorker(name: ThreadName, setup: WorkerSetup, heapMb: number, channel: MessagePort): Worker {
  const file = join(__dirname, `${name}${extname(__filename)}`);
  return startThread(file, { setup, channel } satisfies ThreadData, [channel], heapMb);
}

/** Starts the thread of the module `file` (compiled, or from the sources) with its data and heap cap. */
export function startThread(
  file: string,
  workerData: unknown,
  transferList: MessagePort[],
  heapMb: number,
): Worker {
  const options = { workerData, transferList, resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  return startWithV8Budgets(() =>
    file.endsWith(".ts")
      ? new Worker(`${FROM_SOURCES}\nrequire(${JSON.stringify(file)});`, { ...options, eval: true })
      : new Worker(file, options),
  );
}

const FROM_SOURCES = `
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const { join } = require("node:path");
const cache = join(require("node:os").tmpdir(), "report-check-worker-sources");
fs.mkdirSync(cache, { recursive: true });
require.extensions[".ts"] = (module, file) => {
  const { size, mtimeMs } = fs.statSync(file);
  const key = createHash("sha1").update(\`\${file} \${size} \${mtimeMs}\`).digest("hex");
  const cached = join(cache, key + ".js");
  let code;
  try {
    code = fs.readFileSync(cached, "utf8");
  } catch {
    const ts = require("typescript");
    code = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    }).outputText;
    const partial = cached + "." + process.pid + "." + require("node:worker_threads").threadId;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, cached);
  }
  module._compile(code, file);
};`;

/** The report of a file whose worker was stopped or died. */
function lostReport(file: string, why: Lost, limits: PoolLimits, detail: string): FileReport {
  return { file, result: null, error: LOST[why](limits, detail) };
}

const AS_DOCX = "请在 Word 或 WPS 中打开后“另存为” .docx 再检查";

const LOST: Readonly<Record<Lost, (limits: PoolLimits, detail: string) => FileError>> = {
  timeout: ({ timeoutMs }) => ({
    code: "check-timeout",
    message: `检查这个文件超过 ${timeoutMs / 1000} 秒，已停止，未检查；其余文件照常检查。文件可能异常庞大或已损坏，${AS_DOCX}。`,
    messageEn: `Checking this file took longer than ${timeoutMs / 1000} s and was stopped; not checked, the other files are. The file may be unusually large or damaged: save it as .docx in Word or WPS.`,
  }),
  memory: ({ heapMb }) => ({
    code: "too-much-memory",
    message: `检查这个文件需要的内存超过 ${heapMb} MB，已停止，未检查；其余文件照常检查。文件可能异常庞大或已损坏，${AS_DOCX}。`,
    messageEn: `Checking this file needed more than ${heapMb} MB of memory and was stopped; not checked, the other files are. The file may be unusually large or damaged: save it as .docx in Word or WPS.`,
  }),
  crash: (_, detail) => ({
    code: "internal-error",
    message: `检查这个文件时出现内部错误（${detail}），其余文件照常检查。请把这个文件发给开发者。`,
    messageEn: `An internal error occurred while checking this file (${detail}); the other files are checked. Please send the file to the developers.`,
  }),
};
