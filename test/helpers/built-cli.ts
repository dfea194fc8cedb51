/**
 * The CLI as `npm ci` builds it ("prepare", `npm run build:cli`): compiled into lib/ and bundled
 * with its code cache into lib/bundle/. A working tree where someone deleted them builds them here.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");
/** The bundle the CLI runs from (see src/cli/cached-script.ts). */
export const bundle = path.join(root, "lib/bundle/report-check.js");

export async function builtCli(): Promise<void> {
  if (existsSync(path.join(root, "lib/cli/main.js")) && existsSync(`${bundle}.cache`)) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: root,
  });
  const { bundleCli } = await import("../../scripts/bundle-cli");
  await bundleCli(path.join(root, "lib"));
}
