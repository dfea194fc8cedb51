#!/usr/bin/env node
// The compiled CLI, bundled in lib/bundle/ with its V8 code cache (apart from the add-in's dist/);
// `npm ci` builds it (the "prepare" script: `npm run build:cli`).
const { join } = require("node:path");
const bundle = join(__dirname, "../lib/bundle/report-check.js");
try {
  require.resolve(bundle);
  require.resolve("../lib/cli/cached-script.js");
} catch {
  console.error(
    "report-check 还没有编译：请在项目目录中运行 npm ci（或 npm run build:cli）。\n" +
      "report-check is not built yet: run npm ci (or npm run build:cli) in the project folder.",
  );
  process.exit(2);
}
require("../lib/cli/cached-script.js").runBundled(bundle, "main");
