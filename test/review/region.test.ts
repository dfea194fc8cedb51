import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check, type CheckResult } from "../../src/engine";
import { FIGURE_COLUMNS, figuresOf, keyFigures } from "../../src/review/figures";
import { compareRegion, sumReports } from "../../src/review/region";
import type { ReportEntry } from "../../src/review/report-entry";

const fixture = (name: string): CheckResult =>
  check(readDocx(readFileSync(path.join(__dirname, "../fixtures/docx", name))));
const entry = (file: string, result: CheckResult | null = fixture(file)): ReportEntry => ({
  file,
  result,
  error: result ? null : { message: "无法读取", messageEn: "unreadable" },
});

describe("the region's figures", () => {
  const clean = fixture("clean-2021.docx");
  const figures = figuresOf(clean);

  it("names every figure column by its official labels, each once", () => {
    const labels = FIGURE_COLUMNS.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain("表三 一、本年新收政府信息公开申请数量 · 总计");
    expect(labels).toContain("表四 行政诉讼 复议后起诉 · 结果维持");
    expect(labels).toContain("表二 行政事业性收费 · 本年收费金额（单位：万元）");
  });

  it("reads the key figures of the reviewer's table from 表三 and 表四", () => {
    const k = keyFigures(clean);
    expect(k.new).toBe(figures.get("table3/new_received/total"));
    expect(k.lawsuit).toBe(
      figures.get("table4/lit_direct/total")! + figures.get("table4/lit_after_review/total")!,
    );
    expect(keyFigures(fixture("no-tables.docx")).new).toBeNull();
  });

  it("sums the units cell by cell and names the units whose cell is not a number", () => {
    const units = [
      entry("clean-2021.docx", clean),
      entry("clean-2021-b.docx", clean),
      entry("placeholders.docx"),
    ];
    const total = sumReports(units);
    const placeholders = figuresOf(units[2].result);
    const id = "table3/new_received/total";
    expect(total.sums.get(id)).toBe(2 * figures.get(id)! + (placeholders.get(id) ?? 0));
    const blanked = FIGURE_COLUMNS.find((c) => figures.has(c.id) && !placeholders.has(c.id))!;
    expect(total.missing.get(blanked.id)).toEqual(["青山县市场监督管理局（placeholders）"]);
    expect(total.sums.get(blanked.id)).toBe(2 * figures.get(blanked.id)!);
  });

  it("finds no difference where the region's report is the sum of its units", () => {
    const zero = fixture("clean-2021-zero.docx");
    const c = compareRegion(clean, [entry("clean-2021.docx", clean), entry("clean-2021-zero.docx", zero)]);
    expect(c.differences).toEqual([]);
    expect(c.compared).toBe(figures.size);
  });

  it("names each cell that differs, with both figures, and the units left out of the sum", () => {
    const sumErrors = fixture("sum-errors.docx");
    const c = compareRegion(clean, [entry("sum-errors.docx", sumErrors), entry("broken.docx", null)]);
    const other = figuresOf(sumErrors);
    const differing = FIGURE_COLUMNS.filter((col) => figures.get(col.id) !== other.get(col.id));
    expect(differing.length).toBeGreaterThan(0);
    expect(c.differences.map((d) => d.column.id)).toEqual(differing.map((d) => d.id));
    for (const d of c.differences) {
      expect(d.region).toBe(figures.get(d.column.id) ?? null);
      expect(d.sum).toBe(other.get(d.column.id) ?? null);
    }
    expect(c.total.unread).toEqual(["broken"]);
  });

  describe("a report the batch holds twice, or of another year", () => {
    const id = "table3/new_received/total";
    const one = figures.get(id)!;
    const as = (file: string, agency: string, year: number, digest: string): ReportEntry => ({
      file,
      result: { ...clean, agency, year },
      error: null,
      digest,
    });

    it("counts a file with the same bytes as another once, and names the copy", () => {
      const total = sumReports([
        as("财政局.docx", "财政局", 2023, "d1"),
        as("财政局 (1).docx", "财政局", 2023, "d1"),
      ]);
      expect(total.sums.get(id)).toBe(one);
      expect(total.identical).toEqual(["财政局（财政局 (1)）"]);
      expect(total.repeated).toEqual([]);
    });

    it("leaves out a report of another year when the year is given, and only then", () => {
      const units = [
        as("教育局2022.docx", "教育局", 2022, "d1"),
        as("教育局2023.docx", "教育局", 2023, "d2"),
      ];
      const given = sumReports(units, { year: 2023 });
      expect(given.sums.get(id)).toBe(one);
      expect(given.otherYear).toEqual(["教育局（教育局2022）"]);
      expect(given.repeated).toEqual([]);
      const notGiven = sumReports(units);
      expect(notGiven.sums.get(id)).toBe(2 * one);
      expect(notGiven.otherYear).toEqual([]);
      expect(notGiven.repeated).toEqual(["教育局（教育局2022）", "教育局（教育局2023）"]);
    });

    it("keeps every different file of one 单位 in the sum, and names them", () => {
      const total = sumReports(
        [
          as("a.docx", "教育局", 2023, "d1"),
          as("b.docx", "教育局", 2023, "d2"),
          as("c.docx", "林业局", 2023, "d3"),
        ],
        { year: 2023 },
      );
      expect(total.sums.get(id)).toBe(3 * one);
      expect(total.repeated).toEqual(["教育局（a）", "教育局（b）"]);
    });
  });
});
