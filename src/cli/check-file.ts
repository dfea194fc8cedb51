import { readFileSync } from "node:fs";
import { readDocx, DocxError } from "../docx";
import {
  check,
  parseProfile,
  previousReport,
  profileOptions,
  ProfileError,
  type CheckOptions,
  type PreviousReport,
} from "../engine";
import { HtmlError, looksLikeHtml, readHtml } from "../html/read-html";
import type { FileReport } from "./report";

/** Reads and checks one file; a file that cannot be read becomes a report with its error. */
export function checkFile(file: string): FileReport {
  return checkFileWith(file, undefined);
}

/**
 * `checkFile` with last year's report for the cross-year rules and a profile's choice of rules
 * (`--profile`), for every file of a run.
 */
export function checkAgainst(
  previous: PreviousReport | undefined,
  profile: CheckOptions = {},
): (file: string) => FileReport {
  return (file) => checkFileWith(file, previous, profile);
}

function checkFileWith(
  file: string,
  previous: PreviousReport | undefined,
  profile: CheckOptions = {},
): FileReport {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { file, result: null, error: fileError(error) };
  }
  try {
    return {
      file,
      error: null,
      result: check(readDocx(bytes), { ...profile, ...(previous ? { previous } : {}) }),
    };
  } catch (error) {
    if (error instanceof DocxError)
      return {
        file,
        result: null,
        error: { code: error.code, message: error.message, messageEn: error.messageEn },
      };
    throw error;
  }
}

function fileError(error: unknown): NonNullable<FileReport["error"]> {
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

/**
 * Reads last year's report once for a whole run, a .docx or a page saved from the government
 * website (.html); a string is why it could not be read.
 */
export function readPrevious(file: string): PreviousReport | string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return `无法读取上年报告“${file}”：${fileError(error).message}`;
  }
  try {
    const html = /\.html?$/i.test(file) || looksLikeHtml(bytes);
    return previousReport(html ? readHtml(bytes) : readDocx(bytes));
  } catch (error) {
    if (error instanceof DocxError || error instanceof HtmlError)
      return `无法读取上年报告“${file}”：${error.message}`;
    throw error;
  }
}

/** A profile file (`--profile`) as check options, or why it cannot be used. */
export function readProfile(file: string): CheckOptions | string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return `无法读取规则配置文件“${file}”：${fileError(error).message}`;
  }
  try {
    return profileOptions(parseProfile(text));
  } catch (error) {
    if (error instanceof ProfileError) return `规则配置文件“${file}”有误：${error.message}`;
    throw error;
  }
}
