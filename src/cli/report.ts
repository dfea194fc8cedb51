import type { CheckResult, Finding } from "../engine";
import type { Skipped, SkipReason } from "./collect-files";
import type { CopyRecord } from "./copies";

/** Why a file could not be checked: a code for scripts, a message in both languages. */
export interface FileError {
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
}

/** One file's outcome, as the CLI's formatters print it. */
export interface FileReport {
  readonly file: string;
  /** Null when the file was read and checked. */
  readonly error: FileError | null;
  readonly result: CheckResult | null;
  /** The copies --annotate and --fix wrote, when asked for. */
  readonly copies?: CopyRecord;
  /** Set when the file was an old Word, WPS or RTF file checked through a LibreOffice conversion. */
  readonly converted?: boolean;
  /** With `--previous FOLDER`: last year's report it was compared with, or null when none matched. */
  readonly previous?: string | null;
  /** A hash of the file's bytes (read-entry.ts digestOf): two files with one digest are one report sent twice. */
  readonly digest?: string;
}

export const errorCount = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === "error").length;

export const warningCount = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === "warning").length;

/** True when the file was checked and no finding is an error. */
export const passed = (r: FileReport): boolean =>
  r.error === null && r.result !== null && errorCount(r.result.findings) === 0;

export type Verdict = "unread" | "errors" | "warnings" | "clean";

export function verdictOf(r: FileReport): Verdict {
  if (!r.result) return "unread";
  if (errorCount(r.result.findings)) return "errors";
  return warningCount(r.result.findings) ? "warnings" : "clean";
}

/** A skipped file the reviewer must still get in checkable form; a lock file or a picture is not. */
export const needsAttention = (s: Skipped): boolean =>
  ["doc", "wps", "rtf", "pdf", "ofd", "folder-unreadable", "no-libreoffice"].includes(s.reason);

const SAVE_AS = "请在 Word 或 WPS 中打开后“另存为” .docx 再检查";
const ASK_UNIT = "请向报送单位索取 Word 文件";

/** Why each kind of file was not checked, and what to do. */
export const SKIP_MESSAGES: Readonly<Record<SkipReason, { zh: string; en: string }>> = {
  doc: {
    zh: `旧版 Word（.doc）文件，未检查。${SAVE_AS}，或加 --convert 用 LibreOffice 转换后检查。`,
    en: "An old Word (.doc) file, not checked. Save it as .docx in Word or WPS, or add --convert to convert it with LibreOffice.",
  },
  wps: {
    zh: `WPS 文字（.wps）文件，未检查。${SAVE_AS}，或加 --convert 用 LibreOffice 转换后检查。`,
    en: "A WPS Writer (.wps) file, not checked. Save it as .docx in WPS, or add --convert to convert it with LibreOffice.",
  },
  rtf: {
    zh: `RTF 文件，未检查。${SAVE_AS}，或加 --convert 用 LibreOffice 转换后检查。`,
    en: "An RTF file, not checked. Save it as .docx in Word or WPS, or add --convert to convert it with LibreOffice.",
  },
  "no-libreoffice": {
    zh: `本机没有安装 LibreOffice（找不到 soffice），无法转换，未检查。请安装 LibreOffice（https://zh-cn.libreoffice.org），或${SAVE_AS.slice(1)}。`,
    en: "LibreOffice (soffice) is not installed, so the file cannot be converted; not checked. Install LibreOffice, or save it as .docx in Word or WPS.",
  },
  pdf: {
    zh: `PDF 文件，无法检查其中的表格。${ASK_UNIT}。`,
    en: "A PDF file; its tables cannot be checked. Ask the unit for the Word file.",
  },
  ofd: {
    zh: `OFD 版式文件，无法检查其中的表格。${ASK_UNIT}。`,
    en: "An OFD file; its tables cannot be checked. Ask the unit for the Word file.",
  },
  lock: {
    zh: "Word 或 WPS 打开文档时留下的临时锁定文件，不是报告。",
    en: "A lock file Word or WPS leaves while a document is open; not a report.",
  },
  hidden: { zh: "隐藏文件或系统文件，不是报告。", en: "A hidden or system file; not a report." },
  other: { zh: "不是 Word 文档，未检查。", en: "Not a Word document; not checked." },
  "not-regular": {
    zh: "不是普通文件（管道、设备等），未读取。",
    en: "Not a regular file (a pipe, a device…); not read.",
  },
  "dangling-link": {
    zh: "快捷方式（符号链接）指向的文件不存在。",
    en: "A symbolic link to a file that does not exist.",
  },
  "folder-unreadable": {
    zh: "无法读取这个文件夹（没有权限或已损坏），其中的文件未检查。",
    en: "This folder cannot be read (no permission, or damaged); the files in it were not checked.",
  },
  "folder-loop": {
    zh: "快捷方式（符号链接）指向已经查找过的文件夹，不再重复查找。",
    en: "A symbolic link to a folder already searched; not searched again.",
  },
};
