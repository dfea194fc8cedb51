import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import type { CheckContext, readPrevious } from "./check-file";
import { collectFiles, type Entry, type Skipped } from "./collect-files";
import { jsonFormatter, type JsonFormatter } from "./format-json";
import type { BatchSummary, Formatter } from "./formatter";
import { checking, lazy } from "./lazy";
import { optionHelp, parseArgs, type Options } from "./options";
import { distinctFiles, originalsOf, type Originals } from "./originals";
import type { PreviousPairs } from "./previous-pairs";
import type { PreviousReport } from "../engine";
import { duplicatesOf, noDuplicates, type BatchFile } from "../review/duplicates";
import { errorCount, needsAttention, verdictOf, type FileReport, type Verdict } from "./report";
import { CLEAR_LINE, progressLine } from "./terminal";
import type { PoolLimits, WorkerSetup, WrittenOutput, WrittenReport } from "./worker-pool";
import type { Stopped, TaskThread } from "./task-thread";
import type { CopyError } from "./copies";

// what only some options use is loaded when they are used (see lazy.ts)
/* eslint-disable @typescript-eslint/no-require-imports */
const pairsOf = lazy(() => require("./previous-pairs") as typeof import("./previous-pairs"));
const convert = lazy(() => require("./convert") as typeof import("./convert"));
const copies = lazy(() => require("./copies") as typeof import("./copies"));
const csv = lazy(() => require("./format-csv") as typeof import("./format-csv"));
const text = lazy(() => require("./format-text") as typeof import("./format-text"));
const template = lazy(() => require("./template-command") as typeof import("./template-command"));
const workerPool = lazy(() => require("./worker-pool") as typeof import("./worker-pool"));
const taskThread = lazy(() => require("./task-thread") as typeof import("./task-thread"));
/* eslint-enable @typescript-eslint/no-require-imports */

export { parseArgs } from "./options";

export interface Output {
  /** May throw an EPIPE error when the reader went away (`| head`): the run then ends quietly. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal: a progress line is drawn there. */
  readonly progress?: boolean;
}

const USAGE = `用法：report-check [选项] 文件或文件夹…
      report-check template --year 2024 --out report.docx

检查政府信息公开工作年度报告（.docx）：六个部分、三张统计表的勾稽关系和填写规范。
文件夹会递归查找其中所有 .docx 文件，并列出没有检查的文件和原因。结果逐个文件输出。

选项：
${optionHelp()}

退出码：0 没有错误；1 有文件存在错误；2 有文件无法读取（或 .doc、PDF 等未检查）或参数有误。
`;

/**
 * The whole command, every file checked in this thread: returns the exit code — 0 when no
 * finding is an error, 1 when some is, 2 when a file could not be read or checked, or the
 * arguments are wrong.
 */
export function run(
  argv: readonly string[],
  out: Output,
  version = "0.0.0",
  onChecked?: (report: FileReport) => void,
): number {
  const prepared = prepare(argv, out, version);
  return typeof prepared === "number" ? prepared : checkHere(prepared, out, onChecked);
}

/** A batch this large is checked in worker threads by default: a smaller one pays more to start them than it gains. */
export const POOL_FROM_FILES = 16;

/**
 * The pool's defaults: a minute and 512 MB of heap for each file; a pipeline (a reading and a
 * checking thread) for each two cores the machine has to spare now (its cores less the load
 * average), at least one — the wall around each file — and at most four. This thread reads the
 * folder and writes the output. Whole files in one worker were slower than checking in this
 * thread (2 cores, 200 reports, alternating, 15 rounds: 1.80 s against 1.72 s wall; two such
 * workers slower again, each loading and warming the whole checker); one pipeline took 1.61 s —
 * its threads each warm half of the checker, side by side. REPORT_CHECK_WORKERS=0 checks in this
 * thread; REPORT_CHECK_WORKERS=n uses n pipelines for any batch.
 */
export const defaultPool = (): PoolLimits => ({
  workers: Math.max(1, Math.min(4, Math.floor((availableParallelism() - Math.floor(loadavg()[0])) / 2))),
  timeoutMs: 60_000,
  heapMb: 512,
});

/**
 * The whole command as `report-check` runs it: like `run`, but a large batch (or any batch, when
 * `pool.workers` is given) is checked in a pool of worker threads, each file bounded in time and
 * memory (see worker-pool.ts); the output is the same, byte for byte. `onSkipped` hears, before
 * the first file is checked, of the files found and not checked (the reviewer's outputs give
 * them a row and a letter).
 */
export async function runPooled(
  argv: readonly string[],
  out: Output,
  version = "0.0.0",
  onChecked?: (report: FileReport) => void,
  pool: Partial<PoolLimits> = {},
  onSkipped?: (skipped: readonly Skipped[]) => void,
  given?: TaskThread,
): Promise<number> {
  const limits = { ...defaultPool(), ...pool };
  const tasks = given ?? new (taskThread().TaskThread)(limits);
  try {
    return await checkPooled(argv, out, version, onChecked, pool, limits, tasks, onSkipped);
  } finally {
    if (!given) await tasks.close();
  }
}

async function checkPooled(
  argv: readonly string[],
  out: Output,
  version: string,
  onChecked: ((report: FileReport) => void) | undefined,
  pool: Partial<PoolLimits>,
  limits: PoolLimits,
  tasks: TaskThread,
  onSkipped?: (skipped: readonly Skipped[]) => void,
): Promise<number> {
  // last year's reports are read in the bounded thread, before the batch
  const parsed = parseArgs(argv);
  const lastYear =
    typeof parsed === "object" && parsed.previous ? await readLastYearIn(tasks, parsed.previous) : undefined;
  const prepared = prepare(argv, out, version, lastYear);
  if (typeof prepared === "number") return prepared;
  onSkipped?.(prepared.batch.skipped);
  const { entries } = prepared.batch;
  const workers = pool.workers ?? (entries.length >= POOL_FROM_FILES ? limits.workers : 0);
  // the copies of each file are made in the bounded thread, one file after another, in order
  let copying: Promise<void> = Promise.resolve();
  try {
    const batch = openBatch(prepared, out, onChecked, tasks);
    const file = (report: FileReport, i: number) => {
      copying = copying.then(() => batch.file(report, i));
    };
    // --previous FOLDER pairs each file as it is read, in input order: that stays in this thread
    if (!prepared.setup || workers < 1 || entries.length === 0) {
      for (const [i, entry] of entries.entries()) {
        batch.progress(i);
        file(checking().checkEntry(entry, prepared.context), i);
        await copying;
      }
      return settle(prepared, batch.end());
    }
    // a run that only prints (JSON or text): each worker writes its files' output, only it and a
    // verdict cross back; a CSV's header belongs to the batch, so its rows are written here
    const { json, csv: asCsv, errorsOnly, lang, annotate, fix } = prepared.options;
    const format: WrittenOutput["format"] | null = json ? "json" : asCsv ? null : "text";
    const setup =
      format && !onChecked && !annotate && !fix
        ? { ...prepared.setup, written: { format, errorsOnly, lang } }
        : prepared.setup;
    batch.progress(0);
    await workerPool().checkInWorkers(entries, setup, { ...limits, workers }, (i, report) => {
      if ("text" in report) batch.written(report);
      else file(report, i);
      if (i + 1 < entries.length) batch.progress(i + 1);
    });
    await copying;
    return settle(prepared, batch.end());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") return 0;
    throw error;
  }
}

/** `--previous` read in the bounded thread: one report, or each of a folder's. */
async function readLastYearIn(tasks: TaskThread, path: string): Promise<LastYear> {
  const read = async (file: string | Buffer, name: string) => {
    const value = await tasks.run({ kind: "previous", path: file, name });
    return taskThread().wasStopped(value) ? previousStopped(name, value) : value;
  };
  return isFolderPath(path)
    ? { pairs: await pairsOf().PreviousPairs.readEach(path, read) }
    : { file: await read(path, path) };
}

/** Why last year's report stopped in the bounded thread, as readPrevious says why one cannot be read. */
const previousStopped = (name: string, stopped: Stopped): string =>
  `无法读取上年报告“${name}”：读取这个文件${stopped.why}，没有读取；其余文件照常检查。文件可能异常庞大或已损坏，请在 Word 或 WPS 中打开后“另存为” .docx 再检查。`;

/** Checks the batch in this thread, file by file. */
function checkHere(prepared: Prepared, out: Output, onChecked?: (report: FileReport) => void): number {
  try {
    const batch = openBatch(prepared, out, onChecked);
    prepared.batch.entries.forEach((entry, i) => {
      batch.progress(i);
      batch.file(checking().checkEntry(entry, prepared.context), i);
    });
    return settle(prepared, batch.end());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") return 0;
    throw error;
  }
}

/** A run whose arguments, files and context are ready, before its first file is checked. */
interface Prepared {
  readonly options: Options;
  readonly batch: Batch;
  readonly context: CheckContext;
  /** The context as a worker gets it; null when it cannot cross to one (--previous FOLDER). */
  readonly setup: WorkerSetup | null;
  readonly pairs?: PreviousPairs;
}

/** A previous folder with unreadable reports makes the run's exit code 2 whatever the batch found. */
const settle = (prepared: Prepared, code: number): number => (prepared.pairs?.unreadable.length ? 2 : code);

/** Reads the arguments and gathers the files; a number is the exit code of a run that ends here. */
function prepare(
  argv: readonly string[],
  out: Output,
  version: string,
  lastYear?: LastYear,
): Prepared | number {
  if (argv[0] === "template") return template().runTemplate(argv.slice(1), out);
  const options = parseArgs(argv);
  if (options === "help") {
    out.stdout(USAGE);
    return 0;
  }
  if (options === "version") {
    out.stdout(`${version}\n`);
    return 0;
  }
  if (typeof options === "string") {
    out.stderr(`report-check：${options}\n\n${USAGE}`);
    return 2;
  }
  const previous = previousFor(options.previous, lastYear);
  if (typeof previous === "string") {
    out.stderr(`report-check：${previous}\n`);
    return 2;
  }
  const { files, missing, skipped, linked } = collectFiles(options.paths, options.convert);
  const soffice = options.convert ? convert().findSoffice() : null;
  // a file listed twice, or reached by two names (a link), is checked once
  const kept = new Set(distinctFiles(files.map((e) => e.path)));
  const distinct = files.filter((e) => kept.delete(e.path));
  // without LibreOffice the files to convert are listed as not checked, saying how to get a .docx
  const entries = distinct.filter((e) => !e.convert || soffice);
  skipped.push(
    ...distinct
      .filter((e) => e.convert && !soffice)
      .map((e): Skipped => ({ file: e.name, reason: "no-libreoffice" })),
  );
  const lastYearPath = options.previous ? [options.previous] : [];
  // a folder reached through a symlink is searched as much as one named: no copy goes there
  const originals = originalsOf(
    [...distinct.map((e) => e.path), ...lastYearPath],
    [...options.paths, ...lastYearPath, ...linked],
  );
  const refused =
    options.annotate || options.fix
      ? copies().refuseCopies(
          entries.map((e) => e.name),
          options,
          options.lang,
          originals,
        )
      : null;
  if (refused) {
    out.stderr(`report-check：${refused}\n`);
    return 2;
  }
  if (previous?.pairs?.unreadable.length)
    out.stderr(previous.pairs.unreadable.map((m) => `report-check：${m}\n`).join(""));
  const profile = options.profile ? checking().readProfile(options.profile) : {};
  if (typeof profile === "string") {
    out.stderr(`report-check：${profile}\n`);
    return 2;
  }
  const setup: WorkerSetup = {
    profile,
    ...(previous?.report ? { previous: previous.report } : {}),
    ...(options.year ? { expectedYear: options.year } : {}),
    soffice,
  };
  const context: CheckContext = {
    profile,
    ...(previous ? { previous: previous.choose } : {}),
    ...(options.year ? { expectedYear: options.year } : {}),
    soffice,
  };
  return {
    options,
    batch: { entries, missing, skipped, originals },
    context,
    setup: previous?.pairs ? null : setup,
    ...(previous?.pairs ? { pairs: previous.pairs } : {}),
  };
}

/** Last year's reports as read: a folder's, paired by 单位, or one file's (why it could not be read, as a string). */
type LastYear = { readonly pairs: PreviousPairs } | { readonly file: ReturnType<typeof readPrevious> };

/** Whether `path` is a folder (a path that is not there is not: reading it says so). */
function isFolderPath(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `--previous` read in this thread. */
const readLastYear = (path: string): LastYear =>
  isFolderPath(path)
    ? { pairs: pairsOf().PreviousPairs.read(path) }
    : { file: checking().readPrevious(path) };

/** `--previous`: one report for every file, or a folder of reports paired by 单位; read here unless `read` already. */
function previousFor(
  path: string | undefined,
  read: LastYear | undefined,
):
  | { choose: NonNullable<CheckContext["previous"]>; pairs?: PreviousPairs; report?: PreviousReport }
  | string
  | undefined {
  if (!path) return undefined;
  const lastYear = read ?? readLastYear(path);
  if ("pairs" in lastYear) {
    const { pairs } = lastYear;
    return { choose: (file, snapshot) => pairs.match(file, snapshot), pairs };
  }
  const { file } = lastYear;
  if (typeof file === "string") return file;
  return { choose: () => ({ report: file.report }), report: file.report };
}

/** The files of a run: to check, named but missing, not checked (and why), and the originals to protect. */
interface Batch {
  readonly entries: readonly Entry[];
  readonly missing: ReturnType<typeof collectFiles>["missing"];
  readonly skipped: readonly Skipped[];
  readonly originals: Originals;
}

/** A batch being reported: the progress line, each file's result as it completes, the summary. */
interface OpenBatch {
  /** Draws "[n/total] 正在检查 …" for the entry at `index`, on a terminal. */
  progress(index: number): void;
  /**
   * Reports the checked file of the entry at `index`: hands it to `onChecked`, writes its copies,
   * writes its result; when the copies are made in a bounded thread, once they are.
   */
  file(checked: FileReport, index: number): void | Promise<void>;
  /** Reports a file a worker checked and wrote out (WorkerSetup.written). */
  written(checked: WrittenReport): void;
  /** Writes the summary; returns the exit code. */
  end(): number;
}

/**
 * Starts reporting a batch: writes its beginning and the missing paths, then each file's result
 * as it completes, handing it to `onChecked` (the reviewer's outputs keep what they need of it).
 * Copies are written here, in this thread, from the checked result: an original is never written.
 */
function openBatch(
  { options, batch: { entries, missing, skipped, originals }, context, pairs, setup }: Prepared,
  out: Output,
  onChecked: ((report: FileReport) => void) | undefined,
  tasks?: TaskThread,
): OpenBatch {
  const recheck = (r: FileReport, bytes: Uint8Array) => checking().checkCopy(r, bytes, context, pairs);
  const json: JsonFormatter | null = options.json ? jsonFormatter(options.errorsOnly) : null;
  const formatter: Formatter = json
    ? json
    : options.csv
      ? csv().csvFormatter(options.lang, options.errorsOnly)
      : text().textFormatter(options.lang, options.errorsOnly);
  const zh = options.lang === "zh";
  const total = missing.length + entries.length;
  let drawn = false;
  const write = (text: string) => {
    if (!text) return;
    if (drawn) out.stderr(CLEAR_LINE);
    drawn = false;
    out.stdout(text);
  };
  const verdicts: Record<Verdict, number> = { unread: 0, errors: 0, warnings: 0, clean: 0 };
  const errorFiles: BatchSummary["errorFiles"][number][] = [];
  const unreadFiles: NonNullable<BatchSummary["unreadFiles"]>[number][] = [];
  // of each file only its name, 单位, year and digest, to find the reports sent more than once
  const facts: BatchFile[] = [];
  let copiesFailed = false;
  const tally = ({ file, verdict, errors, agency, error, year, digest }: Omit<WrittenReport, "text">) => {
    verdicts[verdict]++;
    facts.push({ file, agency, year: year ?? null, digest: digest ?? null });
    if (errors) errorFiles.push({ file, agency, errors });
    if (verdict === "unread")
      unreadFiles.push({ file, message: error?.message ?? "", messageEn: error?.messageEn ?? "" });
  };
  const report = (r: FileReport, copyLines: readonly string[] = []) => {
    tally({
      file: r.file,
      verdict: verdictOf(r),
      errors: r.result ? errorCount(r.result.findings) : 0,
      agency: r.result?.agency ?? null,
      error: r.error,
      year: r.result?.year ?? null,
      ...(r.digest ? { digest: r.digest } : {}),
    });
    write(
      formatter.file(r) +
        (copyLines.length && !options.json && !options.csv ? `${copyLines.join("\n")}\n\n` : ""),
    );
  };
  const start = { total, skipped, ...(options.year ? { year: options.year } : {}) };
  write(formatter.begin(start));
  for (const m of missing) report(missingReport(m));
  // a file whose name is not UTF-8 is read by its bytes, and its shown name may be another
  // file's (a GBK "报告.docx" beside a UTF-8 one): no copy is planned or written for it
  const copiable = (entry: Entry) => typeof entry.path === "string";
  const plan =
    options.annotate || options.fix
      ? copies().planCopies(
          entries.filter(copiable).map((e) => e.name),
          options,
        )
      : null;
  return {
    progress(index) {
      if (!out.progress || entries.length <= 1) return;
      out.stderr(progressLine(missing.length + index + 1, total, entries[index].name, zh));
      drawn = true;
    },
    file(checked, index) {
      onChecked?.(checked);
      // a converted file has no .docx of its own to copy
      if (!plan || checked.converted || !checked.result) return report(checked);
      if (!copiable(entries[index])) {
        copiesFailed = true;
        return report(checked, [zh ? NO_COPY_OF_NAME.zh : NO_COPY_OF_NAME.en]);
      }
      const wanted = { annotate: !!plan.annotate, fix: !!plan.fix };
      const written = (made: Made) => {
        const copy = copies().writeCopies(checked, made, options.lang, originals, plan);
        copiesFailed ||= copy.failed;
        report({ ...checked, copies: copy.record }, copy.lines);
      };
      if (!tasks) return written(copies().makeCopies(checked, wanted, recheck));
      const { profile, expectedYear } = context;
      // the report the file was compared with, to check its fixed copy as the file was checked
      const previous = pairs ? pairs.reportOf(checked.previous) : setup?.previous;
      return tasks
        .run({ kind: "copies", report: checked, plan: wanted, context: { profile, expectedYear }, previous })
        .then((made) => written(taskThread().wasStopped(made) ? { error: copiesStopped(made) } : made));
    },
    written(checked) {
      if (!json && options.csv) throw new Error("a worker wrote the output of a --csv run");
      tally(checked);
      write(json ? json.written(checked.text) : checked.text);
    },
    end() {
      const duplicates = duplicatesOf(facts);
      write(
        formatter.end({
          ...start,
          verdicts,
          errorFiles,
          unreadFiles,
          ...(noDuplicates(duplicates) ? {} : { duplicates }),
          ...(pairs ? { unpaired: pairs.unpaired() } : {}),
        }),
      );
      if (drawn) out.stderr(CLEAR_LINE);
      if (verdicts.unread || copiesFailed || skipped.some(needsAttention)) return 2;
      return verdicts.errors ? 1 : 0;
    },
  };
}

/** The copies of one file, made, or why they were not. */
type Made = Parameters<typeof import("./copies").writeCopies>[1];

/** Why a file's copies stopped in the bounded thread. */
const copiesStopped = (stopped: Stopped): CopyError => ({
  code: `copy-${stopped.stopped}`,
  message: `这份报告已检查，但写副本时${stopped.why}，没有写副本（没有留下不完整的副本）；其余文件照常。文件可能异常庞大或已损坏，可在 Word 或 WPS 中打开后“另存为” .docx 再检查。`,
  messageEn: `The report was checked, but making its copy ${stopped.whyEn}; no copy was written (no partial copy was left), the other files are copied. Save it as .docx in Word or WPS and check it again.`,
});

/** Why a file whose name is not UTF-8 gets no copy. */
const NO_COPY_OF_NAME = {
  zh: "✗ 这个文件的文件名不是 UTF-8 编码（常见于 Windows 上打包的 zip 解压出的文件），没有写副本。请把文件改名后再检查。",
  en: "✗ This file's name is not UTF-8 (common in zips made on Windows); no copy was written. Rename the file and check it again.",
} as const;

function missingReport(m: ReturnType<typeof collectFiles>["missing"][number]): FileReport {
  return {
    file: m.file,
    result: null,
    error:
      m.reason === "not-found"
        ? { code: "not-found", message: "找不到这个文件或文件夹。", messageEn: "No such file or folder." }
        : {
            code: "no-docx",
            message: "文件夹中没有 .docx 文件。",
            messageEn: "The folder holds no .docx file.",
          },
  };
}
