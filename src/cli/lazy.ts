/**
 * A module loaded the first time it is used. A plain run (`--json` on a folder) never writes a
 * copy, a workbook, a letter or CSV, so it does not pay for loading exceljs, the docx library,
 * the writer, csv-stringify or parse5: about half of the CLI's start-up (measured with `node -e`).
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

/**
 * The reader and the engine (check-file), loaded the first time this thread checks a file: an
 * empty run, and a batch checked in workers, never need them here (a tenth of a second).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const checking = lazy(() => require("./check-file") as typeof import("./check-file"));
