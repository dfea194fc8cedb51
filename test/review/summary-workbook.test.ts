import ExcelJS from "exceljs";
import { check, type Finding } from "../../src/engine";
import type { ReportEntry } from "../../src/review/report-entry";
import { MAX_LISTED, summaryWorkbook } from "../../src/review/summary-workbook";
import { report } from "../helpers/snapshot";

/** The rows of a sheet of the workbook, as arrays of cell values (the header row first). */
async function rowsOf(bytes: Uint8Array, sheet: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const rows: unknown[][] = [];
  book.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const finding: Finding = {
  rule: "repeated-word",
  severity: "warning",
  messageId: "repeated",
  section: "s1",
  table: null,
  row: null,
  column: null,
  expected: null,
  actual: null,
  cells: [],
  message: "重复",
  messageEn: "repeated",
  data: {},
  ref: null,
};

describe("the summary workbook's 问题清单", () => {
  const result = check(report());
  const entry = (file: string, findings: number): ReportEntry => ({
    file,
    result: { ...result, findings: Array.from({ length: findings }, () => finding) },
    error: null,
  });

  it("lists every problem of a report", async () => {
    const rows = await rowsOf(await summaryWorkbook([entry("甲.docx", 3)], ExcelJS.Workbook), "问题清单");
    expect(rows.slice(1).map((r) => r[4])).toEqual(["重复", "重复", "重复"]);
  });

  it(`lists at most ${MAX_LISTED} of one report's problems and says how many more there are`, async () => {
    const bytes = await summaryWorkbook(
      [entry("甲.docx", MAX_LISTED + 7), entry("乙.docx", 2)],
      ExcelJS.Workbook,
    );
    const rows = (await rowsOf(bytes, "问题清单")).slice(1);
    const of = (file: string) => rows.filter((r) => r[1] === file);
    expect(of("甲.docx")).toHaveLength(MAX_LISTED + 1);
    expect(of("甲.docx").at(-1)![4]).toBe(
      `另有 7 项问题未列出（共 ${MAX_LISTED + 7} 项），请看这份报告的检查结果。`,
    );
    expect(of("乙.docx")).toHaveLength(2);
  });
});
