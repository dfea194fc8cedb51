/**
 * The thread a run's other work is done in, one task at a time, each bounded in time and memory
 * as a checked file is (see task-thread.ts): last year's reports read for `--previous`, the
 * copies of `--annotate` and `--fix` made, the reviewer's workbook and letters made and the
 * region's report checked. It reads and makes; the run's own thread writes, where it can look at
 * the run's originals just before each rename. It says "ready" once started.
 */
import { parentPort } from "node:worker_threads";
import { lazy } from "./lazy";
import type { Task, TaskReply } from "./task-thread";

/* eslint-disable @typescript-eslint/no-require-imports */
const checkFile = lazy(() => require("./check-file") as typeof import("./check-file"));
const copies = lazy(() => require("./copies") as typeof import("./copies"));
const letters = lazy(() => require("../review/letter-docx") as typeof import("../review/letter-docx"));
const workbook = lazy(
  () => require("../review/summary-workbook") as typeof import("../review/summary-workbook"),
);
// exceljs's own entry also loads its streaming reader and writer (unzipper and what it needs):
// 168 ms against 73 ms for the workbook's module alone, which is all a summary is written with
const excelWorkbook = lazy(
  () => require("exceljs/lib/doc/workbook") as import("../review/summary-workbook").WorkbookClass,
);
/* eslint-enable @typescript-eslint/no-require-imports */

const port = parentPort!;

async function perform(task: Task): Promise<unknown> {
  switch (task.kind) {
    case "previous":
      return checkFile().readPrevious(
        typeof task.path === "string" ? task.path : Buffer.from(task.path),
        task.name,
      );
    case "copies": {
      const { report, plan, context, previous } = task;
      const recheck = checkFile().checkCopy;
      const lastYear = { ...context, previous: () => ({ report: previous }) };
      return copies().makeCopies(report, plan, (r, bytes) => recheck(r, bytes, lastYear, undefined));
    }
    case "workbook":
      return workbook().summaryWorkbook(task.units, excelWorkbook(), task.options);
    case "letter":
      return letters().letterDocx(task.entry);
    case "region":
      return checkFile().checkFile(task.file);
  }
}

port.on("message", (task: Task) => {
  perform(task).then(
    (value) => port.postMessage({ value } satisfies TaskReply),
    (error: unknown) =>
      port.postMessage({
        failed: error instanceof Error ? error.message : String(error),
      } satisfies TaskReply),
  );
});
port.postMessage("ready");
