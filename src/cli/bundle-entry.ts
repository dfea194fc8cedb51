/**
 * The CLI's four threads in one script, the bundle scripts/bundle-cli.ts builds: each thread
 * loads the same bundle and starts its own part, so one V8 code cache serves all three (see
 * cached-script.ts). A part's modules load when it starts, as they would from lib/.
 */
import type { BundledThread } from "./cached-script";

export function start(thread: BundledThread): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (thread === "main") require("./main");
  else if (thread === "read-worker") require("./read-worker");
  else if (thread === "task-worker") require("./task-worker");
  else require("./check-worker");
  /* eslint-enable @typescript-eslint/no-require-imports */
}
