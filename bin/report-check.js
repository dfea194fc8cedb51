#!/usr/bin/env node
// The compiled CLI, in lib/ (apart from the add-in's dist/); `npm ci` builds it (the "prepare" script).
try {
  require.resolve("../lib/cli/main.js");
} catch {
  console.error(
    "report-check 还没有编译：请在项目目录中运行 npm ci（或 npm run build:cli）。\n" +
      "report-check is not built yet: run npm ci (or npm run build:cli) in the project folder.",
  );
  process.exit(2);
}
require("../lib/cli/main.js");
