import { parse } from "csv-parse/sync";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, cliIn } from "../helpers/cli";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";

const root = join(__dirname, "../..");
const sample = join(root, "examples/sample-report.docx");

describe("report-check --csv", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "report-check-csv-"));
    copyFileSync(sample, join(dir, "a-sample.docx"));
    copyFileSync(join(root, "test/fixtures/docx/seed-003.docx"), join(dir, "b-seed.docx"));
    writeFileSync(join(dir, "c-broken.docx"), "not a word file");
    // a file name a spreadsheet would run as a formula
    copyFileSync(sample, join(dir, "=HYPERLINK(1).docx"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one row per finding, one per clean or unreadable file, that Excel opens as UTF-8", () => {
    const { code, stdout } = cli("--csv", dir);
    expect(code).toBe(2); // a file could not be read
    expect(stdout.startsWith("\uFEFF文件,年度,结论,严重程度,说明,最可能出错,规则,部分,表格,行,列\r\n")).toBe(
      true,
    );
    const rows = parse(stdout, { bom: true, columns: true }) as Record<string, string>[];
    const of = (name: string) => rows.filter((r) => r["文件"].endsWith(name));
    const findings = check(readDocx(readFileSync(sample))).findings;
    const sampleRows = of("a-sample.docx");
    expect(sampleRows.map((r) => [r["规则"], r["表格"], r["行"], r["列"]])).toEqual(
      findings.map((f) => [f.rule, f.table ?? "", f.row ?? "", f.column ?? ""]),
    );
    expect(sampleRows.map((r) => r["说明"])).toEqual(findings.map((f) => f.message));
    expect(new Set(sampleRows.map((r) => r["结论"]))).toEqual(new Set(["有错误"]));
    expect(sampleRows.some((r) => r["最可能出错"].startsWith("最可能出错："))).toBe(true);
    expect(of("c-broken.docx")).toEqual([
      expect.objectContaining({ 结论: "无法检查", 说明: expect.stringContaining("不是 Word 文档") }),
    ]);
  });

  it("escapes a cell that a spreadsheet would run as a formula", () => {
    // the file named as it is, not behind a folder path
    const rows = parse(cliIn(dir, "--csv", "=HYPERLINK(1).docx").stdout, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r["文件"]))).toEqual(new Set(["'=HYPERLINK(1).docx"]));
    expect(rows.every((r) => Object.values(r).every((v) => !/^[=+\-@]/.test(v)))).toBe(true);
  });

  it("says 未发现问题 for a clean report, and speaks English when asked", () => {
    const clean = join(root, "test/fixtures/docx/clean-2021.docx");
    const zh = parse(cli("--csv", clean).stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(zh).toEqual([
      expect.objectContaining({
        年度: String(check(readDocx(readFileSync(clean))).year),
        结论: "未发现问题",
        说明: "",
      }),
    ]);
    const en = parse(cli("--csv", "--lang", "en", sample).stdout, { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(en[0]).toHaveProperty("message");
    expect(en.every((r) => r.verdict === "errors")).toBe(true);
  });

  it("refuses --json together with --csv", () => {
    const { code, stderr } = cli("--json", "--csv", sample);
    expect(code).toBe(2);
    expect(stderr).toContain("--json 和 --csv 只能选一个");
  });
});
