/**
 * The reviewer's summary workbook (.xlsx, written by exceljs): sheet 汇总 has one row per report
 * with its 单位, conclusion and every table figure under its official label, and a 合计 row; a
 * 合计 cell that lacks some unit's figure carries a note naming them and why (the cell is not a
 * number, the file could not be read or was not checked, the report has no table, is another
 * year's or a copy of a file counted already); below it, the reports sent more than once. Sheet 问题清单 lists every
 * finding. Text from a report is written as text, so nothing in it runs as a formula.
 */
import type ExcelJS from "exceljs";
import { suspectNote } from "../engine";
import { FIGURE_COLUMNS, figuresOf } from "./figures";
import { batchFileOf, duplicateLines, duplicatesOf } from "./duplicates";
import { sumReports, type RegionTotal, type SumOptions } from "./region";
import {
  errorsOf,
  fileName,
  NOT_CHECKED,
  unitOf,
  verdictOf,
  VERDICTS,
  warningsOf,
  type ReportEntry,
} from "./report-entry";
import { placeOf } from "./places";

const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

/**
 * exceljs's workbook class, handed in by the host as it loads it: the review page imports the
 * package (its browser build), the CLI only the workbook's own module (see review-outputs.ts).
 */
export type WorkbookClass = typeof ExcelJS.Workbook;

/**
 * The workbook of a batch. With `options.year` a report of another year is left out of the 合计;
 * a file with the same bytes as another is counted once either way.
 */
export async function summaryWorkbook(
  entries: readonly ReportEntry[],
  Workbook: WorkbookClass,
  options: SumOptions = {},
): Promise<Uint8Array> {
  const book = new Workbook();
  book.creator = "年报校验 report-check";
  summarySheet(book, entries, options);
  findingsSheet(book, entries);
  book.eachSheet(clipTexts);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Excel's limit on the characters of a cell: a longer text makes Excel call the workbook damaged. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Cuts every text longer than Excel takes (a finding quoting an enormous cell, a unit's name
 * made of a whole paragraph) and says so at the end.
 */
function clipTexts(sheet: ExcelJS.Worksheet): void {
  const more = "…（过长，已截断）";
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT)
        cell.value = cell.value.slice(0, MAX_CELL_TEXT - more.length) + more;
    }),
  );
}

function summarySheet(book: ExcelJS.Workbook, entries: readonly ReportEntry[], options: SumOptions): void {
  const sheet = book.addWorksheet("汇总", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const head = ["单位", "文件", "年度", "结论", "错误", "警告"];
  sheet.columns = [
    ...head.map((header, i) => ({ header, width: i < 2 ? 28 : 10 })),
    ...FIGURE_COLUMNS.map((c) => ({ header: c.label, width: 14 })),
  ];
  for (const entry of entries) {
    const figures = figuresOf(entry.result);
    sheet.addRow([
      unitOf(entry),
      fileName(entry.file),
      entry.result?.year ?? null,
      entry.error ? `${notChecked(entry)}：${entry.error.message}` : VERDICTS.zh[verdictOf(entry)],
      errorsOf(entry),
      warningsOf(entry),
      ...FIGURE_COLUMNS.map((c) => figures.get(c.id) ?? null),
    ]);
  }
  const total = sumReports(entries, options);
  const totalRow = sheet.addRow([
    "合计",
    `${entries.length} 份报告`,
    null,
    null,
    entries.reduce((n, e) => n + errorsOf(e), 0),
    entries.reduce((n, e) => n + warningsOf(e), 0),
    ...FIGURE_COLUMNS.map((c) => total.sums.get(c.id) ?? null),
  ]);
  totalRow.font = { bold: true };
  const leftOut = leftOutLines(total, options);
  // a unit counted under several files, said after those left out
  const kept = total.repeated.length
    ? [`已计入，但同一单位有多份报告，请确认是否重复：${total.repeated.join("、")}`]
    : [];
  if (leftOut.length + kept.length) totalRow.getCell(1).note = [...leftOut, ...kept].join("\n");
  FIGURE_COLUMNS.forEach((c, i) => {
    const without = total.missing.get(c.id);
    const note = [
      ...leftOut,
      ...(without?.length ? [`未计入（该格不是数字）：${without.join("、")}`] : []),
      ...kept,
    ];
    if (note.length) totalRow.getCell(head.length + 1 + i).note = note.join("\n");
  });
  // below the 合计, the reports the batch holds more than once and those of another year
  const said = [
    ...duplicateLines(duplicatesOf(entries.map(batchFileOf)), "zh"),
    ...(total.otherYear.length
      ? [`不是 ${options.year} 年度的报告，未计入合计：${total.otherYear.join("、")}。`]
      : []),
  ];
  if (said.length) {
    sheet.addRow([]);
    for (const line of said) sheet.addRow([line]);
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  header.height = 90;
}

/**
 * The units none of whose figures is in the 合计, and why: every 合计 cell names them, so a
 * reviewer who reads any one of the sums knows whom it leaves out.
 */
function leftOutLines(total: RegionTotal, options: SumOptions): string[] {
  return [
    total.identical.length
      ? `未计入（与另一份报告的文件完全相同，只计一次）：${total.identical.join("、")}`
      : "",
    total.otherYear.length ? `未计入（不是 ${options.year} 年度的报告）：${total.otherYear.join("、")}` : "",
    total.unread.length ? `未计入（文件无法读取）：${total.unread.join("、")}` : "",
    total.skipped.length ? `未计入（文件未检查，如 .doc、.wps、PDF）：${total.skipped.join("、")}` : "",
    total.withoutTables.length ? `未计入（报告中没有找到统计表）：${total.withoutTables.join("、")}` : "",
  ].filter(Boolean);
}

/** What the workbook's list of duplicates needs of an entry: its file's name, 单位, year and digest. */
/** "未检查" for a file the batch skipped (.doc, .pdf…), "无法检查" for one it could not read. */
const notChecked = (entry: ReportEntry): string => (entry.skipped ? NOT_CHECKED.zh : VERDICTS.zh.unread);

function findingsSheet(book: ExcelJS.Workbook, entries: readonly ReportEntry[]): void {
  const sheet = book.addWorksheet("问题清单", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "单位", width: 28 },
    { header: "文件", width: 28 },
    { header: "严重程度", width: 10 },
    { header: "位置", width: 36 },
    { header: "说明", width: 80 },
    { header: "最可能出错", width: 40 },
    { header: "规则", width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) {
    const file = fileName(entry.file);
    if (entry.error) sheet.addRow([unitOf(entry), file, notChecked(entry), null, entry.error.message]);
    const findings = entry.result?.findings ?? [];
    for (const f of findings.slice(0, MAX_LISTED))
      sheet.addRow([
        unitOf(entry),
        file,
        SEVERITY[f.severity],
        placeOf(f),
        f.message,
        suspectNote(f, "zh"),
        f.rule,
      ]);
    if (findings.length > MAX_LISTED)
      sheet.addRow([
        unitOf(entry),
        file,
        null,
        null,
        `另有 ${findings.length - MAX_LISTED} 项问题未列出（共 ${findings.length} 项），请看这份报告的检查结果。`,
      ]);
  }
}

/**
 * Problems listed at most for one report: a real report has a few dozen, and a file built with
 * tens of thousands took the workbook to gigabytes (60,000 findings, 2.3 GB) for one reviewer's batch.
 */
export const MAX_LISTED = 500;
