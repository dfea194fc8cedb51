/**
 * The reviewer's outputs of a folder of reports: `--letters DIR` (a one-page 审核意见 .docx for
 * each report with problems), `--summary FILE.xlsx` (the figures of every report and their 合计)
 * and `--region REPORT.docx` (the region's own report against the sum of its units). They are
 * made from the results of the batch `report-check` just ran (each file read once, checked with
 * `--previous` and the rest of the run's options), keeping of each file only what they need; the
 * logic is src/review's, shared with review.html. Nothing is written over an input, and each file
 * appears whole or not at all.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { RegionComparison } from "../review/region";
import { unitOf, type ReportEntry } from "../review/report-entry";
import { collectFiles, type Skipped, type SkipReason } from "./collect-files";
import { lazy } from "./lazy";
import type { Options } from "./options";
import {
  isFolder,
  originalsOf,
  outputHazard,
  sameFolder,
  searchedFolderHolding,
  type Originals,
} from "./originals";
import { SKIP_MESSAGES, type FileReport } from "./report";
import type { Output } from "./run";
import { wasStopped, type TaskThread } from "./task-thread";
import { whyNotWritten, writeWhole } from "./write-whole";

/* eslint-disable @typescript-eslint/no-require-imports */
// the region's figures load only for --region
const regionFigures = lazy(() => require("../review/region") as typeof import("../review/region"));
// the docx library loads only when a letter is due (see lazy.ts); the letters and the workbook
// are made in the bounded thread (task-worker.ts)
const letters = lazy(() => require("../review/letter-docx") as typeof import("../review/letter-docx"));
/* eslint-enable @typescript-eslint/no-require-imports */

export interface ReviewFlags {
  readonly letters?: string;
  readonly summary?: string;
  readonly region?: string;
}

const FLAGS = ["letters", "summary", "region"] as const;

/** The reviewer's options, printed after the checker's own help. */
export const REVIEW_USAGE = `审核人员选项：
  --letters 文件夹   为每份有问题的报告写一页审核意见（.docx），列明位置、公式和改法，可直接发回报送单位
  --summary 文件.xlsx 写出汇总表：每份报告一行（单位、结论及各表全部数字），末行为合计
  --region 文件      区（县）本级的年度报告：与各单位报告之和逐格核对，列出不符的单元格和未计入的单位
`;

/**
 * Takes the reviewer's flags out of the arguments; the rest go to the checker as before. A string
 * is why the flags are wrong.
 */
export function takeReviewFlags(argv: readonly string[]): { flags: ReviewFlags; rest: string[] } | string {
  const flags: { -readonly [K in keyof ReviewFlags]: string } = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = FLAGS.find((f) => a === `--${f}` || a.startsWith(`--${f}=`));
    if (!name) {
      rest.push(a);
      continue;
    }
    const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
    if (!value || value.startsWith("-")) return NEEDS[name];
    flags[name] = value;
  }
  if (flags.summary && !/\.xlsx$/i.test(flags.summary)) return "--summary 的文件名应以 .xlsx 结尾。";
  if (flags.region && !/\.docx$/i.test(flags.region)) return "--region 需要区（县）本级的年度报告（.docx）。";
  return { flags, rest };
}

const NEEDS: Record<(typeof FLAGS)[number], string> = {
  letters: "--letters 需要一个文件夹，用来放审核意见。",
  summary: "--summary 需要汇总表的文件名（.xlsx）。",
  region: "--region 需要区（县）本级的年度报告（.docx）。",
};

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** The checker's options the reviewer's outputs must keep clear of. */
export type RunPaths = Pick<Options, "paths" | "previous" | "annotate" | "fix">;

/**
 * The files the reviewer's outputs must never replace, by identity (a hard link, a symlink or a
 * case variant is the file; see originals.ts): the reports checked (`checked`, once the run has
 * listed them), last year's (the file, or every report of the folder) and the region's; and the
 * folders searched, last year's among them.
 */
export function reviewOriginals(checked: readonly string[], run: RunPaths, flags: ReviewFlags): Originals {
  const lastYear = run.previous
    ? isFolder(run.previous)
      ? collectFiles([run.previous]).files.flatMap((f) => (typeof f.path === "string" ? [f.path] : []))
      : [run.previous]
    : [];
  const named = [...(run.previous ? [run.previous] : []), ...(flags.region ? [flags.region] : [])];
  const files = run.paths.filter((p) => !isFolder(p));
  // the folders searched through a symlink are searched too (see collectFiles)
  const linked = collectFiles(
    [...run.paths, ...(run.previous ? [run.previous] : [])].filter(isFolder),
  ).linked;
  return originalsOf([...checked, ...files, ...lastYear, ...named], [...run.paths, ...named, ...linked]);
}

/**
 * Why the reviewer's outputs cannot be written where asked, before anything is checked, or null:
 * the summary would replace a file the run reads; the letters' folder is a file, lies in a folder
 * being checked (the next check would take the letters for reports), or is the folder of the
 * annotated or fixed copies (a letter could replace a copy).
 */
export function refuseReviewOutputs(flags: ReviewFlags, run: RunPaths): string | null {
  const originals = reviewOriginals([], run, flags);
  if (flags.summary) {
    const hazard = outputHazard(flags.summary, originals);
    if (hazard === "original")
      return `--summary 的汇总表会覆盖要读取的文件“${flags.summary}”，请换一个文件名。`;
    if (hazard === "symlink")
      return `--summary 的“${flags.summary}”是一个符号链接，汇总表不会写到链接指向的地方。请换一个文件名。`;
  }
  const dir = flags.letters;
  if (!dir) return null;
  if (existsSync(dir) && !statSync(dir).isDirectory()) return `--letters 需要一个文件夹：${dir}`;
  const searched = searchedFolderHolding(dir, originals);
  if (searched)
    return `--letters 的文件夹在要检查的文件夹“${searched}”之中，审核意见会在下次检查时被当作报告。请换一个文件夹。`;
  for (const [flag, copies] of [
    ["--annotate", run.annotate],
    ["--fix", run.fix],
  ] as const)
    if (copies && sameFolder(dir, copies))
      return `--letters 和 ${flag} 不能写到同一个文件夹：审核意见可能与副本同名而覆盖它。`;
  return null;
}

/**
 * What the outputs `flags` ask for keep of one checked file: the findings for the summary's
 * 问题清单 and for a letter (only of a file that gets one), the tables and cells for the figures
 * and the region's sums; never the document, and nothing at all without a flag that needs it.
 */
export function reviewEntry(report: FileReport, flags: ReviewFlags): ReportEntry {
  const { file, result, error } = report;
  if (!result)
    return {
      file,
      result: null,
      error: error && { message: error.message, messageEn: error.messageEn, code: error.code },
      ...(report.digest ? { digest: report.digest } : {}),
    };
  const figures = !!(flags.summary || flags.region);
  const entry: ReportEntry = { file, error: null, result };
  const digest = report.digest ? { digest: report.digest } : {};
  const findings = flags.summary || (flags.letters && letters().needsLetter(entry)) ? result.findings : [];
  return {
    file,
    error: null,
    ...digest,
    result: {
      format: result.format,
      year: result.year,
      agency: result.agency ?? null,
      sections: [],
      tables: figures ? result.tables : [],
      cells: figures ? result.cells : [],
      findings,
    },
  };
}

/**
 * A file the batch did not check, as the reviewer's outputs hold it: a row of the summary and a
 * letter asking the unit for a Word file. Null for what is no unit's report (a lock file, a
 * picture, a folder that could not be read).
 */
export function skippedEntry(skipped: Skipped): ReportEntry | null {
  if (!REPORT_FORMATS.has(skipped.reason)) return null;
  const { zh, en } = SKIP_MESSAGES[skipped.reason];
  return {
    file: skipped.file,
    result: null,
    error: { message: zh, messageEn: en, code: skipped.reason },
    skipped: true,
  };
}

/** The reasons a skipped file is a unit's report in a format the checker does not read. */
const REPORT_FORMATS: ReadonlySet<SkipReason> = new Set([
  "doc",
  "wps",
  "rtf",
  "pdf",
  "ofd",
  "no-libreoffice",
]);

/**
 * Writes what `flags` ask for from the batch's `units` (see reviewEntry); returns the exit code
 * (0 done, 1 the region's report differs from its units' sum, 2 something could not be read or
 * written). The region's own report is read here unless the batch checked it too.
 */
export async function writeReviewOutputs(
  batch: readonly ReportEntry[],
  flags: ReviewFlags,
  out: Output,
  originals: Originals,
  tasks: TaskThread,
  year?: number,
): Promise<number> {
  // a report of another year stays out of the sums when the run states the year (--year)
  const sumOptions = year ? { year } : {};
  const regionFile = flags.region ? real(flags.region) : null;
  const region = regionFile
    ? (batch.find((e) => real(e.file) === regionFile) ?? (await regionReport(flags.region!, tasks)))
    : null;
  // the region's own report may sit in the folder with its units': it is not one of them
  const units = batch.filter((e) => !regionFile || real(e.file) !== regionFile);
  let code = 0;
  const fail = (message: string) => {
    out.stderr(`report-check：${message}\n`);
    code = 2;
  };
  if (flags.summary) {
    const summary = flags.summary;
    if (outputHazard(summary, originals)) fail(`不能把汇总表写到要读取的文件“${summary}”上，没有写入。`);
    else
      try {
        const book = await tasks.run({ kind: "workbook", units, options: sumOptions });
        if (wasStopped(book)) fail(`没有写入汇总表“${summary}”：制作汇总表时${book.why}。${TOO_LARGE}`);
        else {
          writeWhole(summary, book, () => guard(summary, originals));
          out.stdout(`\n已写入汇总表：${summary}（${units.length} 份报告，含合计行）\n`);
        }
      } catch (error) {
        fail(`无法写入汇总表“${summary}”：${whyNotWritten(error).zh}`);
      }
  }
  if (flags.letters) code = Math.max(code, await writeLetters(units, flags.letters, originals, out, tasks));
  if (region) {
    if (!region.result) fail(`无法读取区（县）本级报告“${region.file}”：${region.error?.message ?? ""}`);
    else {
      const comparison = regionFigures().compareRegion(region.result, units, sumOptions);
      out.stdout(formatRegion(unitOf(region), comparison, units.length));
      if (comparison.differences.length || comparison.total.unread.length) code = Math.max(code, 1);
    }
  }
  return code;
}

async function writeLetters(
  units: readonly ReportEntry[],
  dir: string,
  originals: Originals,
  out: Output,
  tasks: TaskThread,
): Promise<number> {
  const due = units.filter(letters().needsLetter);
  const taken = new Set<string>();
  const written: string[] = [];
  let code = 0;
  for (const entry of due) {
    const name = letters().letterName(entry);
    let path = join(dir, name);
    // a name taken by another letter, or by a file the run reads (under any name), takes a number
    for (let n = 2; taken.has(path.toLowerCase()) || outputHazard(path, originals); n++)
      path = join(dir, name.replace(/\.docx$/, ` (${n}).docx`));
    taken.add(path.toLowerCase());
    try {
      const letter = path;
      const bytes = await tasks.run({ kind: "letter", entry });
      if (wasStopped(bytes)) {
        out.stderr(`report-check：没有写入审核意见“${path}”：制作时${bytes.why}。${TOO_LARGE}\n`);
        code = 2;
        continue;
      }
      writeWhole(letter, bytes, () => guard(letter, originals));
      written.push(path);
    } catch (error) {
      out.stderr(`report-check：无法写入审核意见“${path}”：${whyNotWritten(error).zh}\n`);
      code = 2;
    }
  }
  out.stdout(
    `\n已写入审核意见 ${written.length} 份（${units.length} 份报告中有问题的），在：${dir}\n` +
      written.map((p) => `    ${basename(p)}\n`).join(""),
  );
  return code;
}

/** What a reviewer can do about an output stopped by its bounds. */
const TOO_LARGE = "某份报告可能异常庞大或已损坏，其余输出照常写入；可把那份报告移出文件夹后再写一次。";

/** The region's own report, checked in the bounded thread; stopped, it is a report that could not be read. */
async function regionReport(file: string, tasks: TaskThread): Promise<ReportEntry> {
  const report = await tasks.run({ kind: "region", file });
  if (!wasStopped(report)) return report;
  const message = `检查这个文件${report.why}，未检查。文件可能异常庞大或已损坏，请在 Word 或 WPS 中打开后“另存为” .docx 再检查。`;
  return { file, result: null, error: { message, messageEn: `Checking this file ${report.whyEn}.` } };
}

/** The region's check as text: the cells that differ, with the units missing from each sum. */
export function formatRegion(region: string, c: RegionComparison, units: number): string {
  const lines = [
    "",
    `区域汇总核对：${region} 的报告与 ${units} 个单位报告之和，逐格比对 ${c.compared} 个单元格，` +
      (c.differences.length ? `${c.differences.length} 个不符：` : "全部相符。"),
  ];
  for (const d of c.differences) {
    const own = d.region === null ? "空白或不是数字" : String(d.region);
    const sum = d.sum === null ? "无单位填写" : String(d.sum);
    const diff = d.region !== null && d.sum !== null ? `（差 ${round(d.region - d.sum)}）` : "";
    const missing = d.missing.length ? `；未计入（该格不是数字）：${d.missing.join("、")}` : "";
    lines.push(`  ${d.column.label}：本级报告 ${own}，各单位合计 ${sum}${diff}${missing}`);
  }
  const { unread, skipped, withoutTables } = c.total;
  if (unread.length) lines.push(`  无法读取、未计入合计的单位：${unread.join("、")}`);
  if (skipped.length)
    lines.push(`  文件未检查（.doc、.wps、PDF 等）、未计入合计的单位：${skipped.join("、")}`);
  if (withoutTables.length) lines.push(`  报告中没有统计表、未计入合计的单位：${withoutTables.join("、")}`);
  if (c.total.identical.length)
    lines.push(`  与另一份报告的文件完全相同、只计一次的：${c.total.identical.join("、")}`);
  if (c.total.otherYear.length)
    lines.push(`  不是本批年度的报告、未计入合计的：${c.total.otherYear.join("、")}`);
  if (c.total.repeated.length)
    lines.push(`  同一单位有多份报告、都已计入合计的（请确认是否重复）：${c.total.repeated.join("、")}`);
  return `${lines.join("\n")}\n`;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Stops a write whose file became an original or a link since the run began (looked at just before the rename). */
function guard(file: string, originals: Originals): void {
  const hazard = outputHazard(file, originals);
  if (hazard) throw new Error(hazard === "original" ? "与要读取的文件是同一个文件" : "是一个符号链接");
}
