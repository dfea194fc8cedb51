/**
 * The files a reviewer drops or picks, folders walked, each sorted into a report to check, a
 * unit's report that cannot be checked (a .doc, a PDF, a file the browser could not read: a row
 * of the table, the workbook and a letter, as in the CLI), or a file that is no report, left out
 * with the reason — so every file is accounted for.
 */
import type { ReportEntry } from "../review/report-entry";
export interface Picked {
  /** Null when the browser could not read the dropped file. */
  readonly file: File | null;
  /** The path inside the dropped folder, or the file's name. */
  readonly path: string;
}

export interface LeftOut {
  readonly path: string;
  readonly reason: string;
  readonly reasonEn: string;
}

/** Larger than any real report; the reader's own limits apply below it. */
export const MAX_BYTES = 50 * 1024 * 1024;

/** Files that are no unit's report. */
const NOT_REPORTS: readonly [RegExp, string, string][] = [
  [/(^|\/)~\$/, "Word 打开文件时留下的临时锁定文件，不是报告。", "A Word lock file, not a report."],
  [/(^|\/)\./, "隐藏文件，不是报告。", "A hidden file, not a report."],
];

const SAVE_AS = [
  "旧版 Word 或 WPS 格式，无法直接检查：请在 Word 或 WPS 中“另存为”.docx 后再检查。",
  "An old Word or WPS format: save it as .docx in Word or WPS, then check it.",
] as const;
const ASK_WORD = [
  "版式文件或图片无法核对表格：请向报送单位索取 Word 文件。",
  "A fixed-layout file or picture: ask the unit for the Word file.",
] as const;

/** A unit's report in a format the page does not check, with the code its letter is worded by (unit-notice.ts). */
const OTHER_FORMATS: readonly [RegExp, string, readonly [string, string]][] = [
  [/\.(doc|wpt|dot)$/i, "doc", SAVE_AS],
  [/\.wps$/i, "wps", SAVE_AS],
  [/\.rtf$/i, "rtf", SAVE_AS],
  [
    /\.pdf$/i,
    "pdf",
    [
      "PDF 文件无法核对表格：请向报送单位索取 Word 文件。",
      "A PDF cannot be checked: ask the unit for the Word file.",
    ],
  ],
  [/\.ofd$/i, "ofd", ASK_WORD],
  [/\.(jpe?g|png|tiff?)$/i, "image", ASK_WORD],
];

/** A unit's report that is not checked: a row with why, and a letter when the unit can act. */
const notChecked = (
  file: string,
  code: string,
  [message, messageEn]: readonly [string, string],
  skipped: boolean,
) =>
  ({
    file,
    result: null,
    error: { message, messageEn, code },
    ...(skipped ? { skipped } : {}),
  }) satisfies ReportEntry;

export function sortPicked(picked: readonly Picked[]): {
  reports: Picked[];
  notChecked: ReportEntry[];
  leftOut: LeftOut[];
} {
  const reports: Picked[] = [];
  const unchecked: ReportEntry[] = [];
  const leftOut: LeftOut[] = [];
  for (const p of [...picked].sort((a, b) => a.path.localeCompare(b.path, "zh-CN"))) {
    const notReport = NOT_REPORTS.find(([pattern]) => pattern.test(p.path));
    const format = OTHER_FORMATS.find(([pattern]) => pattern.test(p.path));
    if (notReport) leftOut.push({ path: p.path, reason: notReport[1], reasonEn: notReport[2] });
    else if (!p.file)
      unchecked.push(
        notChecked(p.path, "unreadable", ["无法读取这个文件。", "The file cannot be read."], false),
      );
    else if (format) unchecked.push(notChecked(p.path, format[1], format[2], true));
    else if (!/\.docx$/i.test(p.path))
      leftOut.push({ path: p.path, reason: "不是 .docx 文件。", reasonEn: "Not a .docx file." });
    else if (p.file.size > MAX_BYTES)
      unchecked.push(
        notChecked(
          p.path,
          "too-large",
          ["文件过大（超过 50 MB），不是一份年度报告。", "Larger than 50 MB: not an annual report."],
          false,
        ),
      );
    else reports.push(p);
  }
  return { reports, notChecked: unchecked, leftOut };
}

/** Files of an <input type=file> (with webkitdirectory, their folder paths). */
export const fromInput = (files: FileList): Picked[] =>
  Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));

/** Files and folders dropped on the page, folders walked; read synchronously from the event first. */
export function fromDrop(transfer: DataTransfer): Promise<Picked[]> {
  const entries = Array.from(transfer.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.some(Boolean)) return Promise.resolve(fromInput(transfer.files));
  return Promise.all(entries.map((e) => (e ? walk(e) : Promise.resolve([])))).then((lists) => lists.flat());
}

async function walk(entry: FileSystemEntry): Promise<Picked[]> {
  const path = entry.fullPath.replace(/^\//, "");
  if (entry.isFile)
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([{ file, path }]),
        () => resolve([{ file: null, path }]),
      ),
    );
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches until it answers none
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (!batch.length) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(walk))).flat();
}
