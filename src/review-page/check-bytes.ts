/** Reads and checks one .docx; a file that is not a readable report gives the reader's message. */
import { DocxError, readDocx } from "../docx";
import { Converter } from "opencc-js/t2cn";
import { check, provideSimplifier } from "../engine";
import type { ReportEntry } from "../review/report-entry";

// the review page carries its own copy of OpenCC (it is no part of the pane's load); its tables
// are built the first time a report has a traditional character
let convert: ((text: string) => string) | undefined;
provideSimplifier((text) => (convert ??= Converter({ from: "t", to: "cn" }))(text));

export type Checked = Pick<ReportEntry, "result" | "error">;

export function checkBytes(bytes: Uint8Array): Checked {
  try {
    return { result: check(readDocx(bytes)), error: null };
  } catch (error) {
    if (error instanceof DocxError)
      return {
        result: null,
        // the code words the letter to the unit (src/review/unit-notice.ts)
        error: { message: error.message, messageEn: error.messageEn, code: error.code },
      };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      result: null,
      error: { message: `检查时出错：${detail}`, messageEn: `The check failed: ${detail}` },
    };
  }
}
