import { DocxError } from "../../src/docx";

/** The DocxError `run` throws; another error is thrown on, and none at all fails the test. */
export function docxErrorOf(run: () => unknown): DocxError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("no DocxError");
}
