import { basename, extname } from "node:path";
import { agencyOf, type DocumentSnapshot, type PreviousReport } from "../engine";
import { readPrevious } from "./check-file";
import { collectFiles } from "./collect-files";

/** One of last year's files read: its report and 单位, or why it could not be read. */
type Read = ReturnType<typeof readPrevious>;

/** Last year's .docx files and saved web pages (.html) in the folder: a page saved from the government's site is last year's report as published. */
const lastYearFiles = (folder: string) => collectFiles([folder], false, true).files;

/** One of last year's reports, with the 单位 it names and the key its file name gives. */
interface LastYear {
  readonly file: string;
  readonly report: PreviousReport;
  readonly agency: string | null;
}

/**
 * "白石镇人民政府" and "白石镇政府" name one body; spaces and brackets do not matter. A name still
 * holding the template's 【请填写…】 names no body.
 */
const agencyKey = (name: string | null): string | null =>
  name && !name.includes("【") ? name.replace(/[\s《》“”"'（）()·]/g, "").replace(/人民政府$/, "政府") : null;

/**
 * The 单位 a file name gives when the document names none: "2023年白石镇政府信息公开工作年度报告.docx"
 * and "白石镇2022年度报告.docx" both give 白石镇.
 */
export function fileKey(file: string): string {
  return basename(file, extname(file))
    .replace(/(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}/g, "")
    .replace(/(?:关于)?(?:政府)?信息公开(?:工作)?/g, "")
    .replace(/报告/g, "")
    .replace(/年报|年度|年/g, "")
    .replace(/[\s\d_\-—.()（）[\]【】]/g, "");
}

/**
 * `--previous FOLDER`: last year's reports, each this year's report paired with the one of the same
 * 单位 (the body the title or signature names; the file name when no report of that body is found).
 */
export class PreviousPairs {
  private readonly used = new Set<LastYear>();
  private readonly unpairedThisYear: string[] = [];

  private constructor(
    private readonly lastYear: readonly LastYear[],
    /** Last year's files that could not be read, with the reason. */
    readonly unreadable: readonly string[],
  ) {}

  /** Reads every .docx and saved web page (.html) of the folder; one that cannot be read is listed, not fatal. */
  static read(folder: string): PreviousPairs {
    return PreviousPairs.of(lastYearFiles(folder).map((e) => [e.name, readPrevious(e.path, e.name)]));
  }

  /** The same, each file read by `read` (in a bounded thread, see task-thread.ts), one after another. */
  static async readEach(
    folder: string,
    read: (path: string | Buffer, name: string) => Promise<Read>,
  ): Promise<PreviousPairs> {
    const reads: [string, Read][] = [];
    for (const entry of lastYearFiles(folder)) reads.push([entry.name, await read(entry.path, entry.name)]);
    return PreviousPairs.of(reads);
  }

  private static of(reads: readonly (readonly [string, Read])[]): PreviousPairs {
    const lastYear: LastYear[] = [];
    const unreadable: string[] = [];
    for (const [file, read] of reads) {
      if (typeof read === "string") unreadable.push(read);
      else lastYear.push({ file, ...read });
    }
    return new PreviousPairs(lastYear, unreadable);
  }

  /** Last year's report of this file's 单位, or none; remembers the pair for `unpaired`. */
  match(
    file: string,
    snapshot: DocumentSnapshot,
  ): { report: PreviousReport | undefined; from: string | null } {
    const agency = agencyKey(agencyOf(snapshot));
    const byAgency = agency ? this.lastYear.find((l) => agencyKey(l.agency) === agency) : undefined;
    const key = fileKey(file);
    const found =
      byAgency ?? (key ? this.lastYear.find((l) => !this.used.has(l) && fileKey(l.file) === key) : undefined);
    if (!found) {
      this.unpairedThisYear.push(file);
      return { report: undefined, from: null };
    }
    this.used.add(found);
    return { report: found.report, from: found.file };
  }

  /** Last year's report read from `file` (a pair's `from`), for checking a copy of its pair again. */
  reportOf(file: string | null | undefined): PreviousReport | undefined {
    return file == null ? undefined : this.lastYear.find((l) => l.file === file)?.report;
  }

  /** This year's reports without last year's, and last year's reports no report was paired with. */
  unpaired(): { thisYear: readonly string[]; lastYear: readonly string[] } {
    return {
      thisYear: this.unpairedThisYear,
      lastYear: this.lastYear.filter((l) => !this.used.has(l)).map((l) => l.file),
    };
  }
}
