import { readFileSync } from "node:fs";
import { join } from "node:path";
import { collectFiles } from "./collect-files";
import { REVIEW_USAGE, takeReviewFlags, writeReviewOutputs } from "./review-outputs";
import { parseArgs, run, type Output } from "./run";

const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
  version: string;
};
const out: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
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
    const { files } = collectFiles(options.paths);
    void writeReviewOutputs(files, review.flags, out).then((code) => {
      process.exitCode = Math.max(Number(process.exitCode), code);
    });
  }
}
