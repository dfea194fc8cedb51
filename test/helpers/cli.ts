/** `report-check` run in-process, as the CLI tests drive it. */
import path from "node:path";
import { run } from "../../src/cli/run";

const root = path.resolve(__dirname, "../..");

/** Runs `report-check` with `cwd` as the working folder; its exit code and what it printed. */
export function cliIn(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, "9.9.9");
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

/** Runs `report-check` from the project's root, where the fixtures' relative paths hold. */
export const cli = (...args: string[]) => cliIn(root, ...args);
