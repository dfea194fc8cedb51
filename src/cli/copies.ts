import { existsSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { DocxError } from "../docx";
import { annotateDocx, annotationOf, applyFixesToDocx, type RefusedReason } from "../docx/write";
import type { Finding, Fix } from "../engine";
import type { Language } from "./format-text";
import {
  outputHazard,
  outputKey,
  sameFolder,
  searchedFolderHolding,
  type Originals,
  type OutputHazard,
} from "./originals";
import { FileError, readInput } from "./read-input";
import { digestOf } from "./read-entry";
import { errorCount, type FileReport } from "./report";
import { whyNotWritten, writeWhole } from "./write-whole";

/** Where --annotate and --fix write their copies. */
export interface CopyOptions {
  readonly annotate?: string;
  readonly fix?: string;
}

/** What was written for one file, for the JSON output. */
export interface CopyRecord {
  readonly annotated?: { readonly file: string; readonly cells: number; readonly comments: number };
  readonly fixed?: {
    readonly file: string;
    readonly changes: readonly {
      readonly rule: string;
      readonly description: string;
      readonly from: string;
      readonly to: string;
    }[];
    readonly refused: readonly {
      readonly rule: string;
      readonly description: string;
      readonly reason: RefusedReason;
    }[];
    readonly errorsAfter: number;
    readonly warningsAfter: number;
  };
  readonly error?: CopyError;
}

/**
 * The copy's path for each input file: OUTDIR/<name>, with " (2)", " (3)"… when two inputs
 * share a name (compared without case, as the folder may ignore it).
 */
export function copyPaths(files: readonly string[], outdir: string): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of files) {
    const ext = extname(file);
    const stem = basename(file, ext);
    let out = join(outdir, `${stem}${ext}`);
    for (let n = 2; taken.has(outputKey(out)); n++) out = join(outdir, `${stem} (${n})${ext}`);
    taken.add(outputKey(out));
    paths.set(file, out);
  }
  return paths;
}

/** "表三“…”·“总计”：空白 → 0", for the list of changes. */
function describe(finding: Finding | undefined, fix: Fix, lang: Language): string {
  const data = finding?.data ?? {};
  const from = fix.from.trim() || (lang === "zh" ? "空白" : "blank");
  if (fix.op === "set-paragraph-prefix") {
    const numeral = typeof data.numeral === "string" ? data.numeral : "";
    return lang === "zh"
      ? `第${numeral}部分标题：“${from}” → “${fix.to}”`
      : `Section ${numeral} heading: “${from}” → “${fix.to}”`;
  }
  const where = typeof data.cell === "string" ? data.cell : `${fix.at.table}/${fix.at.row}/${fix.at.column}`;
  return `${where}：${from} → ${fix.to}`;
}

const REFUSED: Record<Language, Record<RefusedReason, string>> = {
  zh: {
    stale: "内容与检查时不同",
    "not-found": "在文件中找不到这个位置",
    conflict: "同一位置已有另一处修正",
    unsupported: "这个位置无法安全改写",
  },
  en: {
    stale: "the content differs from what was checked",
    "not-found": "the place was not found in the file",
    conflict: "another fix already changed this place",
    unsupported: "the place cannot be changed safely",
  },
};

/** Where each file's copies go, named once for a whole run (see copyPaths). */
export interface CopyPlan {
  readonly annotate: Map<string, string> | null;
  readonly fix: Map<string, string> | null;
}

/** The copies' paths for all the run's files, so a batch written file by file names them as a whole. */
export function planCopies(files: readonly string[], options: CopyOptions): CopyPlan {
  return {
    annotate: options.annotate ? (copyPaths(files, options.annotate) as Map<string, string>) : null,
    fix: options.fix ? (copyPaths(files, options.fix) as Map<string, string>) : null,
  };
}

/** Why a file got no copy, for the JSON output and the line that tells the clerk. */
export interface CopyError {
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
}

/**
 * A checked file's copies, made but not yet written: each copy's bytes, and of the fixed copy
 * which of the file's fixes (by their index among its findings with a fix) were applied or
 * refused, and its findings checked again. Plain data, so a bounded thread can make them.
 */
export interface MadeCopies {
  readonly annotated?: { readonly bytes: Uint8Array; readonly shaded: number; readonly comments: number };
  readonly fixed?: {
    readonly bytes: Uint8Array;
    readonly applied: readonly number[];
    readonly refused: readonly { readonly fix: number; readonly reason: RefusedReason }[];
    readonly after: readonly Finding[];
  };
}

/**
 * Reads a checked file again and makes the copies `plan` asks for; what stops it (a file gone,
 * a package the editor will not take) is the copy's error. `recheck` gives the findings of a
 * fixed copy, checked as its file was (the run's year, profile, previous report).
 */
export function makeCopies(
  report: FileReport,
  plan: { readonly annotate: boolean; readonly fix: boolean },
  recheck: (report: FileReport, bytes: Uint8Array) => readonly Finding[],
): MadeCopies | { readonly error: CopyError } {
  const result = report.result!;
  try {
    const bytes = readInput(report.file);
    // a file replaced or edited since it was checked would take the check's marks and fixes on
    // cells of another content
    if (report.digest && digestOf(bytes) !== report.digest) return { error: CHANGED_SINCE_CHECK };
    const annotated = plan.annotate ? annotateDocx(bytes, annotationOf(result)) : undefined;
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const outcome = plan.fix ? applyFixesToDocx(bytes, fixes) : undefined;
    return {
      ...(annotated && {
        annotated: { bytes: annotated.bytes, shaded: annotated.shaded, comments: annotated.comments },
      }),
      ...(outcome && {
        fixed: {
          bytes: outcome.bytes,
          applied: outcome.applied.map((fix) => fixes.indexOf(fix)),
          refused: outcome.refused.map(({ fix, reason }) => ({ fix: fixes.indexOf(fix), reason })),
          after: recheck(report, outcome.bytes),
        },
      }),
    };
  } catch (error) {
    if (error instanceof DocxError) return { error: copyRefused(error) };
    if (error instanceof FileError)
      return { error: { code: error.code, message: error.message, messageEn: error.messageEn } };
    throw error;
  }
}

const CHANGED_SINCE_CHECK: CopyError = {
  code: "changed",
  message:
    "这份报告已检查，但文件在检查之后被改动或替换了，没有写副本（副本会把检查结果标到另一份内容上）。请重新检查这个文件。",
  messageEn:
    "The report was checked, but its file was changed or replaced after the check; no copy was written (it would carry the check's marks onto other content). Check the file again.",
};

/**
 * Writes one checked file's copies, made by makeCopies (or why they could not be), and returns
 * what was written, plus the lines that tell the clerk. Never writes over an input (see
 * copyPaths), and each copy whole or not at all.
 */
export function writeCopies(
  report: FileReport,
  made: MadeCopies | { readonly error: CopyError },
  lang: Language,
  originals: Originals,
  plan: CopyPlan,
): { record: CopyRecord; lines: string[]; failed: boolean } {
  const lines: string[] = [];
  const result = report.result!;
  const record: { -readonly [K in keyof CopyRecord]: CopyRecord[K] } = {};
  const write = (out: string, bytes: Uint8Array) =>
    writeWhole(out, bytes, () => {
      // the folder may have changed since the run began: look again just before the rename
      const hazard = outputHazard(out, originals);
      if (hazard) throw hazardError(out, hazard);
    });
  const zh = lang === "zh";
  const failed = (e: CopyError) => {
    record.error = e;
    lines.push(`✗ ${report.file}：${zh ? e.message : e.messageEn}`);
    return { record, lines, failed: true };
  };
  if ("error" in made) return failed(made.error);
  try {
    if (made.annotated && plan.annotate) {
      const out = plan.annotate.get(report.file)!;
      write(out, made.annotated.bytes);
      const { shaded, comments } = made.annotated;
      record.annotated = { file: out, cells: shaded, comments };
      lines.push(
        zh
          ? `已写入标注副本：${out}（标色 ${shaded} 个单元格，批注 ${comments} 条）`
          : `Annotated copy written: ${out} (${shaded} cells shaded, ${comments} comments)`,
      );
    }
    if (made.fixed && plan.fix) {
      const out = plan.fix.get(report.file)!;
      const withFix = result.findings.filter((f) => f.fix);
      write(out, made.fixed.bytes);
      const errorsAfter = errorCount(made.fixed.after);
      const warningsAfter = made.fixed.after.filter((f) => f.severity === "warning").length;
      const change = (i: number) => ({
        rule: withFix[i].rule,
        description: describe(withFix[i], withFix[i].fix!, lang),
      });
      record.fixed = {
        file: out,
        changes: made.fixed.applied.map((i) => ({
          ...change(i),
          from: withFix[i].fix!.from,
          to: withFix[i].fix!.to,
        })),
        refused: made.fixed.refused.map(({ fix, reason }) => ({ ...change(fix), reason })),
        errorsAfter,
        warningsAfter,
      };
      const applied = made.fixed.applied.length;
      lines.push(
        applied
          ? zh
            ? `已写入修正副本：${out}（修正 ${applied} 处）`
            : `Fixed copy written: ${out} (${applied} changes)`
          : zh
            ? `已写入副本：${out}（没有可自动修正的问题）`
            : `Copy written: ${out} (nothing to fix automatically)`,
        ...record.fixed.changes.map((c) => `    ${zh ? "已修正" : "fixed"}：${c.description}`),
        ...record.fixed.refused.map(
          (c) => `    ${zh ? "未修正" : "not fixed"}：${c.description}（${REFUSED[lang][c.reason]}）`,
        ),
        zh
          ? `    修正后仍有：错误 ${errorsAfter} 项，警告 ${warningsAfter} 项`
          : `    left after fixing: ${errorsAfter} errors, ${warningsAfter} warnings`,
      );
    }
    return { record, lines, failed: false };
  } catch (error) {
    return failed(
      error instanceof FileError
        ? { code: error.code, message: error.message, messageEn: error.messageEn }
        : writeFailure(error),
    );
  }
}

/**
 * A file the check read but the copy's editor would not take (markup it cannot write back
 * safely: a DOCTYPE, an unusual namespace prefix, a flag it refuses): the report was checked,
 * only its copy is missing. The editor's own message would call a file just checked damaged.
 */
function copyRefused(error: DocxError): CopyError {
  const [zh, en] = EDITOR_REFUSES[error.code] ?? EDITOR_REFUSES.corrupt!;
  return {
    code: `copy-${error.code}`,
    message: `这份报告已检查，但它的文件有写副本时无法安全改动的地方（${zh}），没有写副本。可在 Word 或 WPS 中打开后“另存为” .docx，再检查并写副本。`,
    messageEn: `The report was checked, but its file holds what a copy cannot be safely edited in (${en}); no copy was written. Save it as .docx in Word or WPS, then check it again.`,
  };
}

/** What the copy's editor refused, by the code it refused with. */
const EDITOR_REFUSES: Partial<Record<string, readonly [string, string]>> = {
  corrupt: [
    "XML 的写法，如 DOCTYPE 声明或少见的命名空间前缀",
    "XML written unusually: a DOCTYPE, an unusual namespace prefix",
  ],
  "not-docx": ["找不到能改动的正文部分", "no main document part it can edit"],
  encrypted: ["压缩包中的加密标记", "an encryption flag in the zip"],
  "too-large": ["元素太多", "too many elements"],
};

function writeFailure(error: unknown): CopyError {
  const why = whyNotWritten(error);
  if ((error as NodeJS.ErrnoException).code === "ENOSPC")
    return {
      code: "disk-full",
      message: "磁盘已满，副本没有写入（没有留下不完整的副本，原有的副本不变）。",
      messageEn:
        "The disk is full; the copy was not written (no partial copy was left, an earlier copy is unchanged).",
    };
  return {
    code: "write-failed",
    message: `无法写入副本（没有留下不完整的副本）：${why.zh}`,
    messageEn: `The copy could not be written (no partial copy was left): ${why.en}`,
  };
}

function hazardError(out: string, hazard: OutputHazard): FileError {
  return hazard === "original"
    ? new FileError(
        "would-overwrite",
        `副本会覆盖原文件（${out} 与要检查的文件是同一个文件），没有写入。`,
        `The copy would overwrite an original (${out} is a file being checked); not written.`,
      )
    : new FileError(
        "symlink",
        `副本位置 ${out} 是一个符号链接，不会写到它指向的地方，没有写入。`,
        `${out} is a symbolic link; the copy is never written through one, so it was not written.`,
      );
}

/**
 * The reason --annotate/--fix cannot run, or null: a copy would replace an original (an input
 * or last year's report, by any name) or land on a symlink, an output folder lies inside a
 * folder being checked, or both options name one folder.
 */
export function refuseCopies(
  files: readonly string[],
  options: CopyOptions,
  lang: Language,
  originals: Originals,
): string | null {
  const zh = lang === "zh";
  if (options.annotate && options.fix && sameFolder(options.annotate, options.fix))
    return zh
      ? "--annotate 和 --fix 不能写到同一个文件夹。"
      : "--annotate and --fix must name different folders.";
  for (const [flag, dir] of [
    ["--annotate", options.annotate],
    ["--fix", options.fix],
  ] as const) {
    if (!dir) continue;
    if (existsSync(dir) && !statSync(dir).isDirectory())
      return zh ? `${flag} 需要一个文件夹：${dir}` : `${flag} needs a folder: ${dir}`;
    const searched = searchedFolderHolding(dir, originals);
    if (searched)
      return zh
        ? `${flag} 的文件夹在要检查的文件夹“${searched}”之中，副本会在下次检查时被当作报告。请换一个文件夹。`
        : `${flag} names a folder inside the folder being checked (${searched}); choose another folder.`;
    for (const [file, out] of copyPaths(files, dir)) {
      const hazard = outputHazard(out, originals);
      if (hazard === "original")
        return zh
          ? `${flag} 的副本会覆盖原文件 ${file}，请换一个文件夹。`
          : `${flag} would overwrite the original ${file}; choose another folder.`;
      if (hazard === "symlink")
        return zh
          ? `${flag} 的文件夹中 ${out} 是一个符号链接，副本不会写到链接指向的地方。请删除这个链接或换一个文件夹。`
          : `${flag}: ${out} is a symbolic link, which is never followed; remove it or choose another folder.`;
    }
  }
  return null;
}
