/**
 * Builds lib/bundle/ from the compiled CLI in lib/ (`npm run build:cli`, which `npm ci` runs):
 * - report-check.js: the CLI's modules and its small dependencies in one script (webpack), whose
 *   `start(thread)` runs the main thread or a pipeline's reading or checking thread;
 * - read-worker.js and check-worker.js: the two pipeline threads, and task-worker.js, the bounded
 *   thread of the run's other work (src/cli/task-thread.ts), each starting its part of the bundle;
 * - report-check.js.cache: the V8 code cache of the bundle after it checked examples/sample-report.docx
 *   (see src/cli/cached-script.ts), made in a node process of its own.
 * The libraries a plain check never loads (exceljs, docx, opencc-js, parse5, csv-stringify) stay
 * in node_modules, loaded when a run needs them, as from lib/.
 * Usage: ts-node --transpile-only scripts/bundle-cli.ts [LIB_FOLDER]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import webpack from "webpack";

const root = resolve(__dirname, "..");

/** Packages left out of the bundle: large, and loaded only by runs that need them. */
const LEFT_OUT = /^(exceljs|docx|opencc-js|parse5|csv-stringify)(\/|$)/;

const THREAD_STUB = (thread: string): string =>
  `"use strict";
// Written by scripts/bundle-cli.ts: a thread of the CLI (see src/cli/worker-pool.ts), started from the bundle.
require("../cli/cached-script.js").runBundled(require("node:path").join(__dirname, "report-check.js"), "${thread}");
`;

/** Bundles `lib` (the compiled CLI) into `lib`/bundle and writes its code cache. */
export async function bundleCli(lib: string): Promise<void> {
  const out = join(lib, "bundle");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await pack({
    mode: "production",
    target: "node20",
    entry: join(lib, "cli/bundle-entry.js"),
    output: { path: out, filename: "report-check.js", library: { type: "commonjs2" } },
    // readable stack traces in bug reports; minifying saves nothing once the code cache is used
    optimization: { minimize: false },
    // __dirname and __filename as node gives them: the bundle finds package.json and its threads beside it
    node: { __dirname: false, __filename: false },
    externalsPresets: { node: true },
    externals: ({ request }, done) =>
      request && LEFT_OUT.test(request) ? done(undefined, `commonjs ${request}`) : done(),
    devtool: false,
    performance: { hints: false },
  });
  for (const thread of ["read-worker", "check-worker", "task-worker"])
    writeFileSync(join(out, `${thread}.js`), THREAD_STUB(thread));
  const bundle = join(out, "report-check.js");
  const run = spawnSync(
    process.execPath,
    [
      "-e",
      `require(${JSON.stringify(join(lib, "cli/cached-script.js"))}).writeCodeCacheAfterRun(process.argv[1], process.argv.slice(2))`,
      bundle,
      join(root, "examples/sample-report.docx"),
    ],
    { cwd: root, encoding: "utf8", env: { ...process.env, REPORT_CHECK_WORKERS: "0" } },
  );
  if (!existsSync(`${bundle}.cache`))
    throw new Error(`the code cache was not written: ${run.stderr || run.error}`);
}

function pack(config: webpack.Configuration): Promise<void> {
  return new Promise((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    }),
  );
}

if (require.main === module) {
  bundleCli(resolve(process.argv[2] ?? join(root, "lib"))).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
