import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readDocx } from "../../src/docx";
import { check, type CheckResult, type Finding } from "../../src/engine";
import { FIGURE_COLUMNS, figuresOf } from "../../src/review/figures";
import type { ReportEntry } from "../../src/review/report-entry";
import { MAX_CELL_TEXT, MAX_LISTED, summaryWorkbook } from "../../src/review/summary-workbook";
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

/** The sheet 汇总 as loaded back: its header labels and its rows. */
async function summaryOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book.getWorksheet("汇总")!;
}

const fixture = (name: string): CheckResult =>
  check(readDocx(readFileSync(path.join(__dirname, "../fixtures/docx", name))));

/** The 合计 row: the first whose 单位 cell says 合计. */
function totalRow(sheet: ExcelJS.Worksheet): ExcelJS.Row {
  for (let i = 2; i <= sheet.rowCount; i++)
    if (sheet.getRow(i).getCell(1).value === "合计") return sheet.getRow(i);
  throw new Error("no 合计 row");
}

/** The column of a figure in the sheet (1-based). */
const columnOf = (sheet: ExcelJS.Worksheet, id: string): number =>
  (sheet.getRow(1).values as unknown[]).indexOf(FIGURE_COLUMNS.find((c) => c.id === id)!.label);

describe("the summary workbook's 合计 row", () => {
  const clean = fixture("clean-2021.docx");
  const unread: ReportEntry = {
    file: "in/林业局.docx",
    result: null,
    error: { message: "文件已损坏，无法读取。", messageEn: "The file is damaged." },
  };

  it("names on every 合计 cell the units left out because their file could not be read or has no table", async () => {
    const sheet = await summaryOf(
      await summaryWorkbook(
        [
          { file: "in/甲.docx", result: clean, error: null },
          unread,
          { file: "in/统计局.docx", result: fixture("no-tables.docx"), error: null },
        ],
        ExcelJS.Workbook,
      ),
    );
    const total = totalRow(sheet);
    const id = "table3/new_received/total";
    expect(total.getCell(columnOf(sheet, id)).value).toBe(figuresOf(clean).get(id));
    const notes = FIGURE_COLUMNS.map((c) => String(total.getCell(columnOf(sheet, c.id)).note ?? ""));
    for (const note of [...notes, String(total.getCell(1).note)]) {
      expect(note).toContain("未计入（文件无法读取）：林业局");
      expect(note).toMatch(/未计入（报告中没有找到统计表）：\S+/);
    }
  });

  it("counts a file sent twice once, leaves out another year's report with --year, and lists both below", async () => {
    const id = "table3/new_received/total";
    const one = figuresOf(clean).get(id)!;
    const as = (file: string, agency: string, year: number, digest: string): ReportEntry => ({
      file: `in/${file}`,
      result: { ...clean, agency, year },
      error: null,
      digest,
    });
    const entries = [
      as("教育局2022.docx", "青山县教育局", 2022, "d1"),
      as("教育局2023.docx", "青山县教育局", 2023, "d2"),
      as("教育局（修改稿）.docx", "青山县教育局", 2023, "d3"),
      as("财政局.docx", "青山县财政局", 2023, "d4"),
      as("财政局 (1).docx", "青山县财政局", 2023, "d4"),
    ];
    const sheet = await summaryOf(await summaryWorkbook(entries, ExcelJS.Workbook, { year: 2023 }));
    const total = totalRow(sheet);
    expect(total.getCell(columnOf(sheet, id)).value).toBe(3 * one);
    expect(String(total.getCell(columnOf(sheet, id)).note).split("\n")).toEqual([
      "未计入（与另一份报告的文件完全相同，只计一次）：青山县财政局（财政局 (1)）",
      "未计入（不是 2023 年度的报告）：青山县教育局（教育局2022）",
      "已计入，但同一单位有多份报告，请确认是否重复：青山县教育局（教育局2023）、青山县教育局（教育局（修改稿））",
    ]);
    const below = Array.from(
      { length: sheet.rowCount - total.number },
      (_, i) => sheet.getRow(total.number + 1 + i).getCell(1).value,
    );
    expect(below).toEqual([
      null,
      "同一单位报送了 3 份报告：青山县教育局（教育局2022.docx、教育局2023.docx、教育局（修改稿）.docx），年度分别为 2022、2023、2023。",
      "同一单位报送了 2 份报告：青山县财政局（财政局.docx、财政局 (1).docx），这 2 个文件完全相同。",
      "不是 2023 年度的报告，未计入合计：青山县教育局（教育局2022）。",
    ]);
    // without --year the other year's report is counted, and named as the unit's other file
    const all = totalRow(await summaryOf(await summaryWorkbook(entries, ExcelJS.Workbook)));
    expect(all.getCell(columnOf(sheet, id)).value).toBe(4 * one);
  });

  it("carries no note when every unit is counted", async () => {
    const sheet = await summaryOf(
      await summaryWorkbook([{ file: "甲.docx", result: clean, error: null }], ExcelJS.Workbook),
    );
    const total = totalRow(sheet);
    expect(total.getCell(1).note).toBeUndefined();
    expect(FIGURE_COLUMNS.filter((c) => total.getCell(columnOf(sheet, c.id)).note)).toEqual([]);
  });
});

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

  it("cuts a text longer than Excel takes (a finding quoting an enormous cell) and says so", async () => {
    const long = { ...finding, message: `填写的“${"五".repeat(100_000)}”不是数字。` };
    const bytes = await summaryWorkbook(
      [{ file: "甲.docx", result: { ...result, findings: [long, finding] }, error: null }],
      ExcelJS.Workbook,
    );
    const messages = (await rowsOf(bytes, "问题清单")).slice(1).map((r) => String(r[4]));
    expect(messages[0]).toHaveLength(MAX_CELL_TEXT);
    expect(messages[0].startsWith("填写的“五五五")).toBe(true);
    expect(messages[0].endsWith("…（过长，已截断）")).toBe(true);
    expect(messages[1]).toBe("重复");
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
