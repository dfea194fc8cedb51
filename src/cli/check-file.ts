import { readDocx, DocxError } from "../docx";
import {
  agencyOf,
  check,
  parseProfile,
  previousReport,
  profileOptions,
  ProfileError,
  type CheckOptions,
  type DocumentSnapshot,
  type PreviousReport,
} from "../engine";
import type { Entry } from "./collect-files";
import { lazy } from "./lazy";
import { FileError as ReadError, readInput } from "./read-input";
import type { FileError, FileReport } from "./report";
import { useBufferSearch } from "./buffer-search";
import { useZlib } from "./zlib-inflater";

// every file the CLI reads comes through here: node's zlib inflates them and Buffer.indexOf
// searches them (see zlib-inflater.ts and buffer-search.ts)
useZlib();
useBufferSearch();

// only a run with --convert converts, only an .html previous report needs parse5
// eslint-disable-next-line @typescript-eslint/no-require-imports
const convert = lazy(() => require("./convert") as typeof import("./convert"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const html = lazy(() => require("../html/read-html") as typeof import("../html/read-html"));

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
  /** A profile's choice of rules, severities and thresholds (`--profile`). */
  readonly profile?: CheckOptions;
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
    bytes = readInput(entry.path);
  } catch (error) {
    if (error instanceof ReadError) return { file, result: null, error: readError(error) };
    throw error;
  }
  if (entry.convert && context.soffice) {
    const converted = convert().convertToDocx(context.soffice, bytes, file);
    if (typeof converted === "string") return { file, result: null, error: CONVERSION[converted] };
    bytes = converted;
  }
  try {
    const snapshot = readDocx(bytes);
    const previous = context.previous?.(file, snapshot);
    const result = check(snapshot, {
      ...context.profile,
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

/** A file that could not be read, as a report's error. */
const readError = ({ code, message, messageEn }: ReadError): FileError => ({ code, message, messageEn });

/**
 * Last year's report and its 单位, read once for a whole run: a .docx, or a page saved from the
 * government website (.html); a string is why it could not be read.
 */
export function readPrevious(
  file: string | Buffer,
  name = file.toString(),
): { report: PreviousReport; agency: string | null } | string {
  try {
    const bytes = readInput(file);
    const snapshot =
      /\.html?$/i.test(name) || html().looksLikeHtml(bytes) ? html().readHtml(bytes) : readDocx(bytes);
    return { report: previousReport(snapshot), agency: agencyOf(snapshot) };
  } catch (error) {
    if (error instanceof DocxError || error instanceof ReadError || error instanceof html().HtmlError)
      return `无法读取上年报告“${name}”：${error.message}`;
    throw error;
  }
}

/** A profile file (`--profile`) as check options, or why it cannot be used. */
export function readProfile(file: string): CheckOptions | string {
  let text: string;
  try {
    text = new TextDecoder().decode(readInput(file));
  } catch (error) {
    if (error instanceof ReadError) return `无法读取规则配置文件“${file}”：${error.message}`;
    throw error;
  }
  try {
    return profileOptions(parseProfile(text));
  } catch (error) {
    if (error instanceof ProfileError) return `规则配置文件“${file}”有误：${error.message}`;
    throw error;
  }
}
