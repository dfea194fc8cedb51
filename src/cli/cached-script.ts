/**
 * Runs the CLI's bundle (lib/bundle/report-check.js, built by scripts/bundle-cli.ts) with the V8
 * code cache built beside it: the bytecode of every function the bundled sample's check ran, so a
 * fresh thread neither resolves some 150 modules nor compiles what a check runs first. Against the
 * modules of lib/ (11 alternating runs, medians): one file 167 → 130 ms, eight files 260 → 221 ms,
 * 40 files 397 → 377 ms, 200 files 963 → 953 ms.
 *
 * The cache is used only for the bundle it was made from (its size and time are in the cache's
 * first line) and only by a V8 of the same version with the same flags, which V8 checks itself:
 * anything else, and the script is compiled from its source as if there were no cache.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { Script } from "node:vm";
import { restoreV8Budgets } from "./v8-tiering";

/** The threads the bundle can run (see bundle-entry.ts). */
export type BundledThread = "main" | "read-worker" | "check-worker" | "task-worker";

/** Whether a load used the code cache: `stale` for a cache of another build, `rejected` when V8 refused it. */
export type CacheUse = "used" | "rejected" | "stale" | "none";

export interface LoadedScript {
  readonly exports: unknown;
  readonly cache: CacheUse;
  readonly script: Script;
}

const HEADER = "report-check code cache";

/** The cache file of a script. */
export const cacheFile = (file: string): string => `${file}.cache`;

/** The cache's first line: the script's size and time, so a cache of another build is never used. */
function header(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${HEADER} ${size} ${mtimeMs}\n`;
}

/** The cached data for `file`, when its cache was made from this very file. */
function cachedData(file: string): { data?: Buffer; cache: CacheUse } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile(file));
  } catch {
    return { cache: "none" };
  }
  const expected = Buffer.from(header(file));
  const matches = bytes.length > expected.length && bytes.subarray(0, expected.length).equals(expected);
  return matches ? { data: bytes.subarray(expected.length), cache: "used" } : { cache: "stale" };
}

/**
 * Loads a CommonJS script as Node would (its own `require`, `module`, `__filename` and
 * `__dirname`), from its code cache when there is one for it.
 */
export function loadScript(path: string, useCache = true): LoadedScript {
  const file = resolve(path);
  const source = readFileSync(file, "utf8");
  const found = useCache ? cachedData(file) : { cache: "none" as const };
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: found.data,
  });
  const cache = found.data && script.cachedDataRejected ? "rejected" : found.cache;
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  return { exports: module.exports, cache, script };
}

/** What the bundle exports (bundle-entry.ts). */
interface Bundle {
  start(thread: BundledThread): void;
}

/** Starts one of the CLI's threads from the bundle. */
export function runBundled(bundle: string, thread: BundledThread): CacheUse {
  const loaded = loadScript(bundle);
  (loaded.exports as Bundle).start(thread);
  return loaded.cache;
}

/**
 * Checks the files in `args` with the bundle, as `report-check ARGS` would, in this process, and
 * when the process ends writes the bundle's code cache: the bytecode of what the check ran. The
 * CLI sets V8's tier-up budgets as it starts; they are set back to V8's own first, because V8
 * accepts a cache only under the flags it was made with, and the CLI's threads load the bundle
 * before the budgets are set. For the build (scripts/bundle-cli.ts), in a process of its own.
 */
export function writeCodeCacheAfterRun(bundle: string, args: readonly string[]): void {
  process.argv = [process.argv[0], bundle, ...args];
  const loaded = loadScript(bundle, false);
  process.on("exit", () => {
    restoreV8Budgets();
    const partial = `${cacheFile(bundle)}.${process.pid}`;
    writeFileSync(partial, Buffer.concat([Buffer.from(header(bundle)), loaded.script.createCachedData()]));
    renameSync(partial, cacheFile(bundle));
  });
  (loaded.exports as Bundle).start("main");
}
