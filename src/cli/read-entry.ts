import { createHash } from "node:crypto";
import { readDocx } from "../docx";
import type { DocumentSnapshot } from "../engine/types";
import type { Entry } from "./collect-files";
import { lazy } from "./lazy";
import { FileError as ReadError, readInput } from "./read-input";
import { failedReport } from "./failed-report";
import type { FileError, FileReport } from "./report";
import { useBufferSearch } from "./buffer-search";
import { useZlib } from "./zlib-inflater";

// every file the CLI reads comes through here: node's zlib inflates them and Buffer.indexOf
// searches them (see zlib-inflater.ts and buffer-search.ts)
useZlib();
useBufferSearch();

// only a run with --convert converts
// eslint-disable-next-line @typescript-eslint/no-require-imports
const convert = lazy(() => require("./convert") as typeof import("./convert"));

/** One entry read: its snapshot, or the report of a file that could not be read; and its digest. */
export interface ReadOutcome {
  readonly read: DocumentSnapshot | FileReport;
  /** The file's bytes as a hash (FileReport.digest); null when they could not be read. */
  readonly digest: string | null;
}

/**
 * Reads (converting when asked) one entry of a run into its snapshot, or the report of a file
 * that could not be read, with a digest of the file as it came (before any conversion). The
 * reader alone, without the engine: a batch's reading thread loads only this (see worker-pool.ts).
 */
export function readEntry(entry: Entry, soffice: string | null | undefined): ReadOutcome {
  const file = entry.name;
  let bytes: Uint8Array;
  try {
    bytes = readInput(entry.path);
  } catch (error) {
    if (error instanceof ReadError)
      return { read: { file, result: null, error: readError(error) }, digest: null };
    throw error;
  }
  const digest = digestOf(bytes);
  if (entry.convert && soffice) {
    const converted = convert().convertToDocx(soffice, bytes, file);
    if (typeof converted === "string")
      return { read: { file, result: null, error: CONVERSION[converted] }, digest };
    bytes = converted;
  }
  try {
    return { read: readDocx(bytes), digest };
  } catch (error) {
    return { read: failedReport(file, error), digest };
  }
}

/**
 * A file's bytes as a hash, so a batch can tell a file sent twice under two names: SHA-256,
 * 0.1 ms for a report's 50 KB, the first 128 bits of it in hex.
 */
export const digestOf = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex").slice(0, 32);

/** True for what readEntry returns when the file was read. */
export const isSnapshot = (read: DocumentSnapshot | FileReport): read is DocumentSnapshot => "blocks" in read;

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
