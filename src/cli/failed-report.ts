import { DocxError } from "../docx/errors";
import type { FileReport } from "./report";

/**
 * The report of a file whose read or check threw: the reader's DocxError with its own message,
 * anything else as an internal error (a fault in the checker on one file must not cost the batch
 * the files after it).
 */
export function failedReport(file: string, error: unknown): FileReport {
  if (error instanceof DocxError)
    return {
      file,
      result: null,
      error: { code: error.code, message: error.message, messageEn: error.messageEn },
    };
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
