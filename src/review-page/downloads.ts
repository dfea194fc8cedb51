/**
 * The review page's downloads, built in the page: the summary workbook, the annotated copies in
 * one zip and the letters in one zip. Nothing leaves the page; each file is saved by the browser.
 */
import { zipSync } from "fflate";
import { annotateDocx, annotationOf } from "../docx/write";
import { letterDocx, letterName, needsLetter } from "../review/letter-docx";
import { fileStem, type ReportEntry } from "../review/report-entry";

/** A checked report with a way to read its file again (the page keeps no bytes). */
export interface PageReport extends ReportEntry {
  readonly read: () => Promise<ArrayBuffer>;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function summaryFile(entries: readonly ReportEntry[]): Promise<Blob> {
  // exceljs is large: loaded when the reviewer first asks for the workbook
  const [{ summaryWorkbook }, { default: ExcelJS }] = await Promise.all([
    import("../review/summary-workbook"),
    import("exceljs"),
  ]);
  return new Blob([(await summaryWorkbook(entries, ExcelJS.Workbook)) as BlobPart], { type: XLSX });
}

/** A name not yet in the zip: "名 (2).docx" for the second of a name. */
function unique(taken: Set<string>, name: string): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = name.replace(/(\.docx)$/i, ` (${n})$1`);
  taken.add(out);
  return out;
}

export async function annotatedZip(reports: readonly PageReport[]): Promise<Blob> {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  for (const report of reports) {
    if (!report.result) continue;
    const bytes = new Uint8Array(await report.read());
    files[unique(taken, `${fileStem(report.file)}（标注）.docx`)] = annotateDocx(
      bytes,
      annotationOf(report.result),
    ).bytes;
  }
  return new Blob([zipSync(files, { level: 6 }) as BlobPart], { type: "application/zip" });
}

export async function lettersZip(reports: readonly ReportEntry[]): Promise<Blob> {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  for (const report of reports.filter(needsLetter))
    files[unique(taken, letterName(report))] = await letterDocx(report);
  return new Blob([zipSync(files, { level: 6 }) as BlobPart], { type: "application/zip" });
}

export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
