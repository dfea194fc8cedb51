/** The add-in's pages as the end-to-end tests open them: built by webpack, served on 127.0.0.1. */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "../../src/demo/serve";
import { hasChromium } from "../helpers/chromium";

const root = path.resolve(__dirname, "../..");
/** Where the tests build and leave their screenshots. */
export const artifacts = path.join(root, "test-artifacts");

/** A describe that is skipped where Debian's Chromium is missing. */
export const describeE2E = hasChromium ? describe : describe.skip;

/**
 * Builds the pages into `dist` (a folder of each test file's own, so they can run side by side)
 * unless `built` says it holds a build already, and serves them.
 */
export function servePages(dist: string, built = false): ReturnType<typeof serveStatic> {
  mkdirSync(artifacts, { recursive: true });
  if (!built)
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist],
      { cwd: root, stdio: "pipe" },
    );
  return serveStatic(dist);
}
