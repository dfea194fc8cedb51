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
import { FileError, readInput } from "./read-input";
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
  try {
    return {
      file,
      error: null,
      result: check(readDocx(readInput(file)), { ...profile, ...(previous ? { previous } : {}) }),
    };
  } catch (error) {
    if (error instanceof DocxError || error instanceof FileError)
      return {
        file,
        result: null,
        error: { code: error.code, message: error.message, messageEn: error.messageEn },
      };
    throw error;
  }
}

/**
 * Reads last year's report once for a whole run, a .docx or a page saved from the government
 * website (.html); a string is why it could not be read.
 */
export function readPrevious(file: string): PreviousReport | string {
  try {
    const bytes = readInput(file);
    const html = /\.html?$/i.test(file) || looksLikeHtml(bytes);
    return previousReport(html ? readHtml(bytes) : readDocx(bytes));
  } catch (error) {
    if (error instanceof DocxError || error instanceof FileError || error instanceof HtmlError)
      return `无法读取上年报告“${file}”：${error.message}`;
    throw error;
  }
}

/** A profile file (`--profile`) as check options, or why it cannot be used. */
export function readProfile(file: string): CheckOptions | string {
  let text: string;
  try {
    text = new TextDecoder().decode(readInput(file));
  } catch (error) {
    if (error instanceof FileError) return `无法读取规则配置文件“${file}”：${error.message}`;
    throw error;
  }
  try {
    return profileOptions(parseProfile(text));
  } catch (error) {
    if (error instanceof ProfileError) return `规则配置文件“${file}”有误：${error.message}`;
    throw error;
  }
}
