/**
 * The bounded thread of a run's other work (task-thread.ts), each event in the order a test
 * chooses: a task answered, a task over its time or its heap cap, the next task on a new thread,
 * a thread that cannot start. Real threads on real files: bounded-work.test.ts.
 */
import { EventEmitter } from "node:events";
import { TaskThread, wasStopped } from "../../src/cli/task-thread";
import type { PoolThread } from "../../src/cli/worker-pool";

class ScriptedThread extends EventEmitter {
  readonly posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }
}

/** A task thread whose threads are scripted; the threads as they start. */
function scripted(timeoutMs = 10_000, heapMb = 64) {
  const threads: ScriptedThread[] = [];
  const tasks = new TaskThread({ timeoutMs, heapMb }, () => {
    const thread = new ScriptedThread();
    threads.push(thread);
    return thread as unknown as PoolThread;
  });
  return { tasks, threads };
}

const letter = { kind: "letter", entry: { file: "a.docx", result: null, error: null } } as const;
/** Lets the task thread's promises settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the bounded thread of a run's other work", () => {
  it("starts a thread with the first task, hands it the task once it is ready, and gives back its value", async () => {
    const { tasks, threads } = scripted();
    const done = tasks.run(letter);
    await settle();
    expect(threads).toHaveLength(1);
    expect(threads[0].posted).toEqual([]);
    threads[0].emit("message", "ready");
    await settle();
    expect(threads[0].posted).toEqual([letter]);
    threads[0].emit("message", { value: new Uint8Array([1, 2]) });
    expect(await done).toEqual(new Uint8Array([1, 2]));
    // the next task goes to the same thread
    const next = tasks.run(letter);
    await settle();
    threads[0].emit("message", { value: new Uint8Array([3]) });
    expect(await next).toEqual(new Uint8Array([3]));
    expect(threads).toHaveLength(1);
  });

  it("stops a task over its time: its thread is stopped, the task told why, the next task gets a new thread", async () => {
    const { tasks, threads } = scripted(30);
    const slow = tasks.run(letter);
    const next = tasks.run(letter);
    threads[0]?.emit("message", "ready");
    await settle();
    threads[0].emit("message", "ready");
    const stopped = await slow;
    expect(wasStopped(stopped)).toBe(true);
    expect(stopped).toMatchObject({ stopped: "timeout", why: "超过 0.03 秒，已停止" });
    expect(threads[0].terminated).toBe(true);
    await settle();
    expect(threads).toHaveLength(2);
    threads[1].emit("message", "ready");
    await settle();
    // the stopped thread's exit comes late, while the next task runs: it costs that task nothing
    threads[0].emit("exit", 1);
    threads[1].emit("message", { value: new Uint8Array([9]) });
    expect(await next).toEqual(new Uint8Array([9]));
  });

  it("tells a task that ran out of heap, or whose thread died, and goes on with a new thread", async () => {
    const { tasks, threads } = scripted(10_000, 128);
    const greedy = tasks.run(letter);
    await settle();
    threads[0].emit("message", "ready");
    await settle();
    threads[0].emit("error", Object.assign(new Error("heap"), { code: "ERR_WORKER_OUT_OF_MEMORY" }));
    expect(await greedy).toMatchObject({ stopped: "memory", why: "需要的内存超过 128 MB，已停止" });
    const crashed = tasks.run(letter);
    await settle();
    threads[1].emit("message", "ready");
    await settle();
    threads[1].emit("exit", 7);
    expect(await crashed).toMatchObject({ stopped: "crash", why: "出现内部错误（exit 7）" });
    expect(threads.map((t) => t.terminated)).toEqual([true, true]);
  });

  it("rejects when the thread dies before it is ready (a broken install, no task's fault)", async () => {
    const { tasks, threads } = scripted();
    const done = tasks.run(letter);
    await settle();
    threads[0].emit("error", new Error("Cannot find module"));
    await expect(done).rejects.toThrow("辅助线程无法启动：Cannot find module");
  });

  it("rejects a task that threw in the thread (a bug), and the thread goes on", async () => {
    const { tasks, threads } = scripted();
    const done = tasks.run(letter);
    await settle();
    threads[0].emit("message", "ready");
    await settle();
    threads[0].emit("message", { failed: "boom" });
    await expect(done).rejects.toThrow("boom");
    const next = tasks.run(letter);
    await settle();
    threads[0].emit("message", { value: 1 });
    expect(await next).toBe(1);
    await tasks.close();
    expect(threads[0].terminated).toBe(true);
  });
});
