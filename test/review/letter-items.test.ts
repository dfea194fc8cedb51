import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { letterContent, MAX_ITEMS } from "../../src/review/letter-items";
import { gridRows, report, tableFromRows } from "../helpers/snapshot";

const findings = (name: string) =>
  check(readDocx(readFileSync(path.join(__dirname, "../fixtures/docx", name)))).findings;

describe("what a letter says", () => {
  it("gives each broken sum its place, the formula and the likely fix", () => {
    const all = findings("sum-errors.docx");
    const content = letterContent(all);
    expect(content.errors).toBe(all.filter((f) => f.severity === "error").length);
    expect(content.items).toHaveLength(content.errors);
    for (const item of content.items) {
      expect(item.place).toMatch(/^表[三四]/);
      expect(item.problem).toMatch(/\(\d+\).*=.*差 \d/); // the formula with both sides and the difference
      expect(item.fix).toMatch(/改为 \d+/);
    }
  });

  it("puts errors first and folds many findings of one kind in one table into one counted item", () => {
    const all = findings("seed-002.docx");
    const blanks = all.filter((f) => f.rule === "cell-blank" && f.table === "table3").length;
    expect(blanks).toBeGreaterThan(50);
    const content = letterContent(all);
    const severities = content.items.map((i) => i.severity);
    expect(severities).toEqual([...severities].sort()); // "error" < "warning"
    const folded = content.items.find(
      (i) => i.place === `表三（收到和处理政府信息公开申请情况），共 ${blanks} 处`,
    );
    expect(folded?.problem).toMatch(
      /^表格中的数值单元格不应留空.*，如表三“一、本年新收政府信息公开申请数量”·“自然人”/,
    );
    expect(folded?.fix).toContain("改为 0");
    expect(content.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  });

  it("names every row a table lacks, not two and 等", () => {
    const rows = gridRows("table3");
    const cut = rows.findIndex((r) => r.some((c) => c.startsWith("2.重复申请"))) + 1;
    const all = check(report({ tables: { table3: tableFromRows(rows.slice(0, cut)) } })).findings;
    const missing = all.filter((f) => f.rule === "table-row-missing");
    expect(missing).toHaveLength(8);
    const item = letterContent(all).items.find((i) => i.place.endsWith("共 8 处"))!;
    expect(item.problem).toBe(
      `表三缺少以下 8 行：${missing.map((f) => `“${String(f.data.row)}”`).join("、")}。`,
    );
    expect(item.problem).not.toContain("等");
    expect(item.fix).toMatch(/不能删除/);
  });

  it("keeps to the page's items and counts the rest", () => {
    const all = findings("seed-002.docx");
    const content = letterContent(all, 3);
    expect(content.items).toHaveLength(3);
    expect(content.omitted).toBe(letterContent(all, 100).items.length - 3);
  });

  it("speaks to the unit about a report of another year, never of the reviewer or of 报送单位 in the third person", () => {
    const path2021 = path.join(__dirname, "../fixtures/docx", "clean-2021.docx");
    const result = check(readDocx(readFileSync(path2021)), { expectedYear: 2030 });
    const content = letterContent(result.findings);
    const item = content.items.find((i) => i.problem.includes("2030"))!;
    expect(item.severity).toBe("error");
    expect(item.problem).toMatch(/^这是 \d{4} 年度的报告，本次审核的是 2030 年度的报告/);
    for (const text of [item.problem, item.fix]) expect(text).not.toMatch(/报送单位|审核人员|本批/);
  });

  it("has nothing to say about a clean report", () => {
    expect(letterContent(findings("clean-2021.docx")).items).toEqual([]);
  });
});
