import { readDocx, DocxError } from "../docx";
import { check, previousReport, type PreviousReport } from "../engine";
import { FileError, readInput } from "./read-input";
import type { FileReport } from "./report";

/** Reads and checks one file; a file that cannot be read becomes a report with its error. */
export function checkFile(file: string): FileReport {
  return checkFileWith(file, undefined);
}

/** `checkFile` with last year's report for the cross-year rules, for every file of a run. */
export function checkAgainst(previous: PreviousReport | undefined): (file: string) => FileReport {
  return (file) => checkFileWith(file, previous);
}

function checkFileWith(file: string, previous: PreviousReport | undefined): FileReport {
  try {
    return { file, error: null, result: check(readDocx(readInput(file)), previous ? { previous } : {}) };
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

/** Reads last year's report once for a whole run; a string is why it could not be read. */
export function readPrevious(file: string): PreviousReport | string {
  try {
    return previousReport(readDocx(readInput(file)));
  } catch (error) {
    if (error instanceof DocxError || error instanceof FileError)
      return `无法读取上年报告“${file}”：${error.message}`;
    throw error;
  }
}
