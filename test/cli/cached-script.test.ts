/**
 * The CLI runs from a bundle and its V8 code cache (src/cli/cached-script.ts). A cache is used
 * only for the very build of the script it was made from, and only as V8 accepts it; anything
 * else runs from source. Each load is a fresh node process, as each run of the CLI is: within
 * one process V8 may find a compiled script without looking at the cache at all.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { cacheFile, loadScript } from "../../src/cli/cached-script";
import { builtCli, bundle, root } from "../helpers/built-cli";
import { tempFolderForEachTest } from "../helpers/temp-folder";

/** A script as the bundle is one: its own requires, and a `start(thread)` that records how it was started. */
const SCRIPT = `
const { join } = require("node:path");
const { twice } = require("./part.js");
exports.value = twice(21);
exports.where = [__filename, __dirname];
exports.start = (thread) => {
  if (process.env.TUNE) require(${JSON.stringify(path.join(root, "src/cli/v8-tiering"))}).tuneTiering();
  for (let i = 0; i < 1000; i++) twice(i);
  require("node:fs").writeFileSync(join(__dirname, "started.json"), JSON.stringify({ thread, args: process.argv.slice(2) }));
};
`;

/** Runs `code` in a fresh node that can load the TypeScript sources, `file` its first argument. */
function node(code: string, file: string, { flags = [] as string[], env = {} } = {}) {
  const run = spawnSync(
    process.execPath,
    [...flags, "-r", "ts-node/register/transpile-only", "-e", code, file],
    { cwd: root, encoding: "utf8", env: { ...process.env, ...env } },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

const LOAD = `const { loadScript } = require("./src/cli/cached-script");
const loaded = loadScript(process.argv[1]);
console.log(JSON.stringify({ cache: loaded.cache, value: loaded.exports.value }));`;

/** How a fresh process loads the script: whether it used the cache, and what the script computed. */
const load = (file: string, flags: string[] = []) =>
  JSON.parse(node(LOAD, file, { flags })) as { cache: string; value: number };

const WRITE = `require("./src/cli/cached-script").writeCodeCacheAfterRun(process.argv[1], ["a.docx", "--json"]);`;

describe("running a script from its code cache", () => {
  let dir: string;
  let script: string;
  tempFolderForEachTest("cached-script", (made) => {
    dir = made;
    script = path.join(dir, "script.js");
    writeFileSync(script, SCRIPT);
    writeFileSync(path.join(dir, "part.js"), "exports.twice = (n) => 2 * n;");
  });

  it("runs a script as node runs a module: its own require, __filename and __dirname", () => {
    const loaded = loadScript(script, false);
    expect(loaded.exports).toMatchObject({ value: 42, where: [script, dir] });
    expect(loaded.cache).toBe("none");
  });

  it("writes the cache when a run of the main thread ends, and the next run uses it", () => {
    expect(load(script)).toEqual({ cache: "none", value: 42 });
    node(WRITE, script);
    expect(JSON.parse(readFileSync(path.join(dir, "started.json"), "utf8"))).toEqual({
      thread: "main",
      args: ["a.docx", "--json"],
    });
    expect(load(script)).toEqual({ cache: "used", value: 42 });
  });

  it("sets V8's budgets back before writing, so a run that tuned them leaves a cache V8 accepts", () => {
    node(WRITE, script, { env: { TUNE: "1" } });
    expect(load(script)).toEqual({ cache: "used", value: 42 });
  });

  it("leaves a cache of another build alone: one byte more, or the same bytes written later", () => {
    node(WRITE, script);
    writeFileSync(script, SCRIPT.replace("twice(21)", "twice(210)"));
    expect(load(script)).toEqual({ cache: "stale", value: 420 });
    node(WRITE, script);
    expect(load(script)).toEqual({ cache: "used", value: 420 });
    const { atime, mtime } = statSync(script);
    utimesSync(script, atime, new Date(mtime.getTime() + 1000));
    expect(load(script)).toEqual({ cache: "stale", value: 420 });
  });

  it("runs from the source when V8 refuses the cache: other flags, or a cache cut short", () => {
    node(WRITE, script);
    expect(load(script, ["--interrupt-budget=1000"])).toEqual({ cache: "rejected", value: 42 });
    const cache = readFileSync(cacheFile(script));
    writeFileSync(cacheFile(script), cache.subarray(0, cache.length >> 1));
    expect(load(script)).toEqual({ cache: "rejected", value: 42 });
  });
});

describe("the CLI's bundle as npm ci builds it", () => {
  beforeAll(builtCli, 180_000);

  it("is loaded from its code cache by a fresh process", () => {
    expect(load(bundle).cache).toBe("used");
  });

  it("is loaded from its code cache by a worker thread started under V8's own flags", async () => {
    const worker = new Worker(
      `const { loadScript } = require(${JSON.stringify(path.join(root, "lib/cli/cached-script.js"))});
      require("node:worker_threads").parentPort.postMessage(loadScript(${JSON.stringify(bundle)}).cache);`,
      { eval: true },
    );
    const cache = await new Promise((done, fail) => worker.once("message", done).once("error", fail));
    await worker.terminate();
    expect(cache).toBe("used");
  });
});
