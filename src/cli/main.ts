import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { collectFiles } from "./collect-files";
import { REVIEW_USAGE, takeReviewFlags, writeReviewOutputs } from "./review-outputs";
import { parseArgs, run, type Output } from "./run";

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
// the reviewer's outputs (--letters, --summary, --region) come after the checker's own
const review = takeReviewFlags(process.argv.slice(2));
if (typeof review === "string") {
  out.stderr(`report-check：${review}\n`);
  process.exitCode = 2;
} else {
  process.exitCode = run(review.rest, out, version);
  const options = parseArgs(review.rest);
  if (options === "help") out.stdout(`\n${REVIEW_USAGE}`);
  if (Object.keys(review.flags).length && typeof options === "object") {
    // the reviewer's outputs read .docx files as they are; converted copies are not kept
    const files = collectFiles(options.paths)
      .files.filter((e) => !e.convert)
      .map((e) => e.path.toString());
    void writeReviewOutputs(files, review.flags, out).then((code) => {
      process.exitCode = Math.max(Number(process.exitCode), code);
    });
  }
}
