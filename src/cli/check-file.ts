import { readFileSync } from "node:fs";
import { readDocx, DocxError } from "../docx";
import { agencyOf, check, previousReport, type DocumentSnapshot, type PreviousReport } from "../engine";
import type { Entry } from "./collect-files";
import { convertToDocx } from "./convert";
import type { FileError, FileReport } from "./report";

/** What every file of a run is checked with. */
export interface CheckContext {
  /**
   * Last year's report for the cross-year rules: the same for every file, or chosen per file
   * (`from` names the one chosen, null when none matched).
   */
  readonly previous?: (
    file: string,
    snapshot: DocumentSnapshot,
  ) => { readonly report: PreviousReport | undefined; readonly from?: string | null };
  /** The year the batch should cover (`--year`). */
  readonly expectedYear?: number;
  /** LibreOffice, for the entries to convert. */
  readonly soffice?: string | null;
}

/** Reads and checks one file; a file that cannot be read becomes a report with its error. */
export function checkFile(file: string): FileReport {
  return checkEntry({ path: file, name: file, convert: false }, {});
}

/** Reads (converting when asked) and checks one entry of a run. */
export function checkEntry(entry: Entry, context: CheckContext): FileReport {
  const file = entry.name;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(entry.path);
  } catch (error) {
    return { file, result: null, error: fileError(error) };
  }
  if (entry.convert && context.soffice) {
    const converted = convertToDocx(context.soffice, bytes, file);
    if (typeof converted === "string") return { file, result: null, error: CONVERSION[converted] };
    bytes = converted;
  }
  try {
    const snapshot = readDocx(bytes);
    const previous = context.previous?.(file, snapshot);
    const result = check(snapshot, {
      ...(previous?.report ? { previous: previous.report } : {}),
      ...(context.expectedYear ? { expectedYear: context.expectedYear } : {}),
    });
    return {
      file,
      error: null,
      result,
      ...(entry.convert ? { converted: true } : {}),
      ...(previous && "from" in previous ? { previous: previous.from } : {}),
    };
  } catch (error) {
    if (error instanceof DocxError)
      return {
        file,
        result: null,
        error: { code: error.code, message: error.message, messageEn: error.messageEn },
      };
    // a fault in the checker on one file must not cost the batch the files after it
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file,
      result: null,
      error: {
        code: "internal-error",
        message: `检查这个文件时出现内部错误（${detail}），其余文件照常检查。请把这个文件发给开发者。`,
        messageEn: `An internal error occurred while checking this file (${detail}); the other files are checked. Please send the file to the developers.`,
      },
    };
  }
}

const CONVERSION: Readonly<Record<"timeout" | "failed", FileError>> = {
  timeout: {
    code: "convert-timeout",
    message:
      "LibreOffice 转换超时（2 分钟），已停止，未检查。请在 Word 或 WPS 中打开后“另存为” .docx 再检查。",
    messageEn:
      "LibreOffice took longer than 2 minutes and was stopped; not checked. Save the file as .docx in Word or WPS.",
  },
  failed: {
    code: "convert-failed",
    message:
      "LibreOffice 无法转换这个文件（可能已损坏或不是文档），未检查。请在 Word 或 WPS 中打开后“另存为” .docx 再检查。",
    messageEn:
      "LibreOffice could not convert this file (damaged, or not a document); not checked. Save it as .docx in Word or WPS.",
  },
};

function fileError(error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return { code: "not-found", message: "找不到这个文件。", messageEn: "The file does not exist." };
  if (code === "EACCES" || code === "EPERM")
    return {
      code: "no-access",
      message: "没有读取这个文件的权限。",
      messageEn: "The file cannot be read (permission denied).",
    };
  if (code === "EISDIR")
    return {
      code: "not-a-file",
      message: "这是一个文件夹，不是文件。",
      messageEn: "This is a folder, not a file.",
    };
  return { code: "unreadable", message: "无法读取这个文件。", messageEn: "The file cannot be read." };
}

/** Last year's report and its 单位, read once for a whole run; a string is why it could not be read. */
export function readPrevious(
  file: string | Buffer,
  name = file.toString(),
): { report: PreviousReport; agency: string | null } | string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return `无法读取上年报告“${name}”：${fileError(error).message}`;
  }
  try {
    const snapshot = readDocx(bytes);
    return { report: previousReport(snapshot), agency: agencyOf(snapshot) };
  } catch (error) {
    if (error instanceof DocxError) return `无法读取上年报告“${name}”：${error.message}`;
    throw error;
  }
}
