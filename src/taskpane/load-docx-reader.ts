/**
 * The .docx reader out of the pane's first load: Word hands the pane Flat OPC text, so a zip is
 * unzipped only when the clerk picks last year's report. The reader is fetched then, as a chunk
 * of its own; if it does not come, the clerk is told so, not that their file is unreadable.
 */
import type { DocumentSnapshot } from "../engine/types";

type Reader = (bytes: Uint8Array) => DocumentSnapshot;

/** Reads a .docx with the reader `load` fetches, once; a failed fetch is tried again next time. */
export function lazyDocxReader(
  load: () => Promise<Reader>,
): (bytes: Uint8Array) => Promise<DocumentSnapshot> {
  let loading: Promise<Reader> | undefined;
  return async (bytes) => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new Error(
        `读取 .docx 的程序未能载入，请重试。The .docx reader did not load: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    });
    return (await loading)(bytes);
  };
}

/** The pane's reader of last year's .docx. */
export const readLastYearsDocx = lazyDocxReader(() =>
  import(/* webpackChunkName: "docx-reader" */ "../docx/read-docx").then((m) => m.readDocx),
);
