import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./command";
import type { Output } from "./run";
import { tuneTiering } from "./v8-tiering";

tuneTiering();

const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
  version: string;
};

/**
 * Writes at once, so each file's result is out before the next is checked and a closed pipe
 * (`| head`) is seen as an EPIPE error right away; waits out a full non-blocking pipe.
 */
function writeAll(fd: number, text: string): void {
  const bytes = utf8Of(text);
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** The buffer output is encoded into, kept from one write to the next (never more than SCRATCH_MAX bytes). */
let scratch = Buffer.alloc(0);
const SCRATCH_MAX = 4 << 20;

/**
 * The text's UTF-8 bytes, in the kept buffer when they fit: a Word-markup report's JSON is about
 * 100 KB, and a fresh buffer for each file (Buffer.from) cost three times the encoding itself.
 */
function utf8Of(text: string): Uint8Array {
  // no UTF-16 code unit takes more than 3 bytes in UTF-8
  const most = text.length * 3;
  if (most > SCRATCH_MAX) return Buffer.from(text);
  if (scratch.length < most) scratch = Buffer.allocUnsafe(Math.max(most, 64 << 10));
  return scratch.subarray(0, scratch.write(text, 0, "utf8"));
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
