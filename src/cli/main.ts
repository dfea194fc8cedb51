import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./command";
import type { Output } from "./run";

const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
  version: string;
};

/**
 * Writes at once, so each file's result is out before the next is checked and a closed pipe
 * (`| head`) is seen as an EPIPE error right away; waits out a full non-blocking pipe.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

const out: Output = {
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  progress: process.stderr.isTTY === true,
};
// REPORT_CHECK_WORKERS=0 checks every file in this thread; a number sets the pool's size for any batch
const workers = process.env.REPORT_CHECK_WORKERS;
const pool = workers && /^\d+$/.test(workers) ? { workers: Number(workers) } : {};
void runCommand(process.argv.slice(2), out, version, pool).then((code) => {
  process.exitCode = code;
});
