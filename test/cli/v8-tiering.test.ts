/**
 * The CLI's V8 budgets, watched through V8's own traces in a process of their own (the flags are
 * the process's): a small function called 10,000 times is marked for optimisation at V8's
 * default tier-up budget (between 2,000 and 5,000 calls here) and not yet with the CLI's
 * (between 40,000 and 45,000); a function of 342 bytes of bytecode is inlined into its caller
 * under V8's default inlining budget (920) and not under the CLI's.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { tuneTiering } from "../../src/cli/v8-tiering";

const root = path.resolve(__dirname, "../..");

/** Whether V8 marked `hot` for optimisation after 10,000 calls, with or without the CLI's tuning. */
function markedHot(tuned: boolean): { set: boolean; marked: boolean } {
  const script = `
    const set = process.argv[1] === "tuned" && require("./src/cli/v8-tiering").tuneTiering();
    function hot(x) { return (x * 31 + 7) % 1009; }
    let s = 0;
    for (let i = 0; i < 10000; i++) s = hot(s);
    process.stdout.write(JSON.stringify({ set, s }) + "\\n");`;
  const child = spawnSync(
    process.execPath,
    ["--trace-opt", "-r", "ts-node/register/transpile-only", "-e", script, tuned ? "tuned" : "plain"],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  // V8's background compiler may still print after the script's own line
  const lines = child.stdout.split("\n");
  const { set } = JSON.parse(lines.find((line) => line.startsWith("{"))!) as { set: boolean };
  return { set, marked: lines.some((line) => /marking .*<JSFunction hot /.test(line)) };
}

/**
 * Whether TurboFan inlined `callee` (342 bytes of bytecode, under the 460 a single function may
 * have) into `outer`, compiled on request, with or without the CLI's tuning.
 */
function inlinedCallee(tuned: boolean): boolean {
  const script = `
    if (process.argv[1] === "tuned") require("./src/cli/v8-tiering").tuneTiering();
    function callee(a) {
      let s = 0;
      for (let i = 0; i < a.length; i++) { s += a[i] * 3 + (a[i] >> 1) - (a[i] & 7); if (s > 1e9) s -= 1e9; s ^= i; s += a[i] % 11; s -= a[i] % 13; s += (a[i] | 0) * 5; s += a[i] % 17; s -= a[i] % 19; s += a[i] % 23; s -= a[i] % 29; }
      for (let i = 0; i < a.length; i++) { s += a[i] * 7 + (a[i] >> 2) - (a[i] & 3); if (s > 1e9) s -= 1e9; s ^= i; s += a[i] % 31; s -= a[i] % 37; s += a[i] % 41; }
      return s;
    }
    function outer(a) { return callee(a) + 1; }
    %PrepareFunctionForOptimization(outer);
    %PrepareFunctionForOptimization(callee);
    outer([1, 2, 3]);
    outer([4, 5, 6]);
    %OptimizeFunctionOnNextCall(outer);
    outer([7, 8, 9]);`;
  const child = spawnSync(
    process.execPath,
    [
      "--allow-natives-syntax",
      "--trace-turbo-inlining",
      "-r",
      "ts-node/register/transpile-only",
      "-e",
      script,
      tuned ? "tuned" : "plain",
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  // the function is considered either way: only its inlining tells the budgets apart
  expect(child.stdout).toMatch(/Considering .*<SharedFunctionInfo callee>/);
  return /Inlining .*<SharedFunctionInfo callee>\} into .*<SharedFunctionInfo outer>/.test(child.stdout);
}

/**
 * V8's flag hash (v8.cachedDataVersionTag, what a code cache is checked against) as threads
 * start through startWithV8Budgets in a tuned process: `plain` before tuning, `tuned` after,
 * then the hash seen in turn as two scripted threads start, one sends its first message and the
 * other ends; and inside a real worker thread as it starts, and here after its first message.
 */
function flagsAsThreadsStart(tuned: boolean): Record<string, unknown> {
  const script = `
    const v8 = require("node:v8");
    const { EventEmitter } = require("node:events");
    const { Worker } = require("node:worker_threads");
    const tiering = require("./src/cli/v8-tiering");
    const plain = v8.cachedDataVersionTag();
    if (process.argv[1] === "tuned") tiering.tuneTiering();
    const tuned = v8.cachedDataVersionTag();
    const seen = [];
    const starting = () => {
      seen.push(v8.cachedDataVersionTag());
      return new EventEmitter();
    };
    const one = tiering.startWithV8Budgets(starting);
    const other = tiering.startWithV8Budgets(starting);
    one.emit("message", "ready");
    seen.push(v8.cachedDataVersionTag());
    other.emit("exit", 1);
    seen.push(v8.cachedDataVersionTag());
    one.emit("message", "a report");
    seen.push(v8.cachedDataVersionTag());
    const real = tiering.startWithV8Budgets(() => new Worker(
      'require("node:worker_threads").parentPort.postMessage(require("node:v8").cachedDataVersionTag())',
      { eval: true },
    ));
    real.on("message", (inThread) => {
      const after = v8.cachedDataVersionTag();
      real.terminate().then(() => console.log(JSON.stringify({ plain, tuned, seen, inThread, after })));
    });`;
  const child = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "-e", script, tuned ? "tuned" : "plain"],
    { cwd: root, encoding: "utf8" },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

const measuredOn = process.versions.v8.startsWith("11.3.");

describe("the CLI's V8 budgets", () => {
  (measuredOn ? it : it.skip)("holds back V8's optimisation of a function on Node 20's V8", () => {
    expect(markedHot(false)).toEqual({ set: false, marked: true });
    expect(markedHot(true)).toEqual({ set: true, marked: false });
  });

  (measuredOn ? it : it.skip)("holds back TurboFan's inlining on Node 20's V8", () => {
    expect(inlinedCallee(false)).toBe(true);
    expect(inlinedCallee(true)).toBe(false);
  });

  (measuredOn ? it : it.skip)(
    "starts worker threads under V8's own flags and sets the budgets again once each has spoken",
    () => {
      const { plain, tuned, seen, inThread, after } = flagsAsThreadsStart(true);
      expect(tuned).not.toBe(plain);
      // both scripted threads start under V8's flags, which stay until the second is done
      expect(seen).toEqual([plain, plain, plain, tuned, tuned]);
      expect(inThread).toBe(plain);
      expect(after).toBe(tuned);
    },
  );

  it("starts threads as they are in a process left at V8's defaults", () => {
    const { plain, tuned, seen, inThread, after } = flagsAsThreadsStart(false);
    expect(tuned).toBe(plain);
    expect(seen).toEqual([plain, plain, plain, plain, plain]);
    expect([inThread, after]).toEqual([plain, plain]);
  });

  it("leaves a V8 it was not measured on at its defaults", () => {
    expect(tuneTiering("12.4.254.21-node.33")).toBe(false);
    expect(tuneTiering("10.2.154.26-node.36")).toBe(false);
  });
});
