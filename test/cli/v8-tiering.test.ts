/**
 * The CLI's V8 budgets, watched through V8's own traces in a process of their own (the flags are
 * the process's): a small function called 10,000 times is marked for optimisation at V8's
 * default tier-up budget (between 2,000 and 5,000 calls here) and not yet with the CLI's
 * (between 30,000 and 45,000); a function of 342 bytes of bytecode is inlined into its caller
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

const measuredOn = process.versions.v8.startsWith("11.3.");

describe("the CLI's tier-up budget", () => {
  (measuredOn ? it : it.skip)("holds back V8's optimisation of a function on Node 20's V8", () => {
    expect(markedHot(false)).toEqual({ set: false, marked: true });
    expect(markedHot(true)).toEqual({ set: true, marked: false });
  });

  (measuredOn ? it : it.skip)("holds back TurboFan's inlining on Node 20's V8", () => {
    expect(inlinedCallee(false)).toBe(true);
    expect(inlinedCallee(true)).toBe(false);
  });

  it("leaves a V8 it was not measured on at its defaults", () => {
    expect(tuneTiering("12.4.254.21-node.33")).toBe(false);
    expect(tuneTiering("10.2.154.26-node.36")).toBe(false);
  });
});
