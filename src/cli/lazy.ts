/**
 * A module loaded the first time it is used. A plain run (`--json` on a folder) never writes a
 * copy, a workbook, a letter or CSV, so it does not pay for loading exceljs, the docx library,
 * the writer, csv-stringify or parse5: about half of the CLI's start-up (measured with `node -e`).
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
