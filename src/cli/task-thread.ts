/**
 * The run's work besides checking — last year's reports read for `--previous`, the copies of
 * `--annotate` and `--fix`, the reviewer's workbook, letters and region report — done in a
 * thread of its own, one task at a time, each with the wall every checked file has: a task that
 * takes longer than the time limit or more memory than the heap cap is stopped, costs only
 * itself (its thread is replaced for the next task) and is told in plain words; the run goes on.
 */
import { extname, join } from "node:path";
import type { PreviousReport } from "../engine";
import type { CheckContext } from "./check-file";
import type { CopyError, MadeCopies } from "./copies";
import type { FileReport } from "./report";
import type { ReportEntry } from "../review/report-entry";
import type { SumOptions } from "../review/region";
import type { PoolThread } from "./worker-pool";

/** A piece of work and what it gives back (`value` of TaskReply). */
export type Task =
  | { readonly kind: "previous"; readonly path: string | Uint8Array; readonly name: string }
  | {
      readonly kind: "copies";
      readonly report: FileReport;
      readonly plan: { readonly annotate: boolean; readonly fix: boolean };
      readonly context: Pick<CheckContext, "profile" | "expectedYear">;
      readonly previous: PreviousReport | undefined;
    }
  | { readonly kind: "workbook"; readonly units: readonly ReportEntry[]; readonly options: SumOptions }
  | { readonly kind: "letter"; readonly entry: ReportEntry }
  | { readonly kind: "region"; readonly file: string };

/** What each kind of task gives. */
export interface TaskValue {
  readonly previous: ReturnType<typeof import("./check-file").readPrevious>;
  readonly copies: MadeCopies | { readonly error: CopyError };
  readonly workbook: Uint8Array;
  readonly letter: Uint8Array;
  readonly region: FileReport;
}

/** The thread's answer: the task's value, or the message of what it threw. */
export type TaskReply = { readonly value: unknown } | { readonly failed: string };

/** Why a task has no value: the thread was stopped or died. */
export interface Stopped {
  readonly stopped: "timeout" | "memory" | "crash";
  /** The reason in Chinese and English, to finish a sentence saying what was not done. */
  readonly why: string;
  readonly whyEn: string;
}

export interface TaskLimits {
  readonly timeoutMs: number;
  readonly heapMb: number;
}

/** Starts the task thread with the heap cap (tests hand in threads that script Node's events). */
export type StartTaskThread = (heapMb: number) => PoolThread;

/** The task a thread is on: how to answer it. */
interface Current {
  readonly answer: (reply: TaskReply | Stopped) => void;
}

/** Runs tasks one at a time in a bounded thread, started when first needed and after each loss. */
export class TaskThread {
  private thread: Promise<PoolThread> | undefined;
  private current: Current | undefined;
  /** Threads stopped or dead: their later events (the exit a stop causes) are no task's. */
  private readonly gone = new WeakSet<PoolThread>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly limits: TaskLimits,
    private readonly start: StartTaskThread = startTaskThread,
  ) {}

  /**
   * The task's value, or why it was stopped. Tasks run in the order asked for. Rejects when the
   * thread cannot start at all (a broken install) or the task threw (a bug).
   */
  run<K extends Task["kind"]>(task: Task & { kind: K }): Promise<TaskValue[K] | Stopped> {
    const done = this.queue.then(() => this.runNow(task));
    this.queue = done.catch(() => {});
    return done as Promise<TaskValue[K] | Stopped>;
  }

  /** Stops the thread, when one runs. */
  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    if (thread) await (await thread.catch(() => null))?.terminate();
  }

  private async runNow(task: Task): Promise<unknown> {
    this.thread ??= this.started();
    const thread = await this.thread;
    const reply = await new Promise<TaskReply | Stopped>((answer) => {
      const timer = setTimeout(() => this.lose(thread, "timeout", ""), this.limits.timeoutMs);
      this.current = {
        answer: (reply) => {
          clearTimeout(timer);
          this.current = undefined;
          answer(reply);
        },
      };
      thread.postMessage(task);
    });
    if ("failed" in reply) throw new Error(reply.failed);
    return "value" in reply ? reply.value : reply;
  }

  /** A new thread, once it says it is ready; rejects when it dies first. */
  private started(): Promise<PoolThread> {
    const thread = this.start(this.limits.heapMb);
    return new Promise((resolve, reject) => {
      let isReady = false;
      thread.on("message", (message: "ready" | TaskReply) => {
        if (this.gone.has(thread)) return;
        if (message !== "ready") return this.current?.answer(message);
        isReady = true;
        resolve(thread);
      });
      const died = (stopped: Stopped["stopped"], detail: string) => {
        if (!isReady) reject(new Error(`辅助线程无法启动：${detail}`));
        else this.lose(thread, stopped, detail);
      };
      thread.on("error", (error: NodeJS.ErrnoException) =>
        died(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash", error.message),
      );
      thread.on("exit", (code: number) => died("crash", `exit ${code}`));
    });
  }

  /** The thread is stopped or died: its task is answered with why, and the next task gets a new thread. */
  private lose(thread: PoolThread, stopped: Stopped["stopped"], detail: string): void {
    if (this.gone.has(thread)) return;
    this.gone.add(thread);
    this.thread = undefined;
    void thread.terminate();
    this.current?.answer(stoppedBy(stopped, this.limits, detail));
  }
}

/** True for a task's answer that is why it was stopped. */
export const wasStopped = (value: unknown): value is Stopped =>
  typeof value === "object" && value !== null && "stopped" in value && "why" in value;

function stoppedBy(stopped: Stopped["stopped"], { timeoutMs, heapMb }: TaskLimits, detail: string): Stopped {
  if (stopped === "timeout")
    return {
      stopped,
      why: `超过 ${timeoutMs / 1000} 秒，已停止`,
      whyEn: `took longer than ${timeoutMs / 1000} s and was stopped`,
    };
  if (stopped === "memory")
    return {
      stopped,
      why: `需要的内存超过 ${heapMb} MB，已停止`,
      whyEn: `needed more than ${heapMb} MB of memory and was stopped`,
    };
  return { stopped, why: `出现内部错误（${detail}）`, whyEn: `an internal error occurred (${detail})` };
}

// the pool's module (how a thread is started) loads with the first task
const startTaskThread: StartTaskThread = (heapMb) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("./worker-pool") as typeof import("./worker-pool")).startThread(
    join(__dirname, `task-worker${extname(__filename)}`),
    {},
    [],
    heapMb,
  );
