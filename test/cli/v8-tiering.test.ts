/**
 * The CLI's V8 tier-up budget, watched through V8's own trace of what it marks for optimisation,
 * in a process of its own (the flag is the process's): a small function called 10,000 times is
 * marked at V8's default budget (between 2,000 and 5,000 calls here) and not yet with the CLI's
 * (between 20,000 and 40,000).
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

const measuredOn = process.versions.v8.startsWith("11.3.");

describe("the CLI's tier-up budget", () => {
  (measuredOn ? it : it.skip)("holds back V8's optimisation of a function on Node 20's V8", () => {
    expect(markedHot(false)).toEqual({ set: false, marked: true });
    expect(markedHot(true)).toEqual({ set: true, marked: false });
  });

  it("leaves a V8 it was not measured on at its defaults", () => {
    expect(tuneTiering("12.4.254.21-node.33")).toBe(false);
    expect(tuneTiering("10.2.154.26-node.36")).toBe(false);
  });
});
