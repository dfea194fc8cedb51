import { parse } from "csv-parse/sync";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, cliIn } from "../helpers/cli";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { tempFolderForAllTests } from "../helpers/temp-folder";

/** What a test reads of --json's summary.duplicates. */
type Duplicates = { identical: string[][] };

const root = join(__dirname, "../..");
const sample = join(root, "examples/sample-report.docx");

describe("report-check --csv", () => {
  let dir: string;
  tempFolderForAllTests("csv", (made) => {
    dir = made;
    copyFileSync(sample, join(dir, "a-sample.docx"));
    copyFileSync(join(root, "test/fixtures/docx/seed-003.docx"), join(dir, "b-seed.docx"));
    writeFileSync(join(dir, "c-broken.docx"), "not a word file");
    // a file name a spreadsheet would run as a formula
    copyFileSync(sample, join(dir, "=HYPERLINK(1).docx"));
  });

  it("writes per file a 报告 row and one 问题 row per finding, with 单位 and official labels, that Excel opens as UTF-8", () => {
    const { code, stdout } = cli("--csv", dir);
    expect(code).toBe(2); // a file could not be read
    expect(
      stdout.startsWith(
        "\uFEFF记录,文件,单位,年度,结论,错误,警告,严重程度,说明,最可能出错,规则,部分,表格,行,列\r\n",
      ),
    ).toBe(true);
    const rows = parse(stdout, { bom: true, columns: true }) as Record<string, string>[];
    const of = (name: string, record: string) =>
      rows.filter((r) => r["文件"].endsWith(name) && r["记录"] === record);
    const findings = check(readDocx(readFileSync(sample))).findings;
    expect(of("a-sample.docx", "报告")).toEqual([
      expect.objectContaining({
        单位: "白石镇人民政府",
        年度: "2023",
        结论: "有错误",
        错误: String(findings.filter((f) => f.severity === "error").length),
        警告: String(findings.filter((f) => f.severity === "warning").length),
        严重程度: "",
      }),
    ]);
    const sampleRows = of("a-sample.docx", "问题");
    expect(sampleRows.map((r) => r["规则"])).toEqual(findings.map((f) => f.rule));
    expect(sampleRows.map((r) => r["说明"])).toEqual(findings.map((f) => f.message));
    expect(new Set(sampleRows.map((r) => r["单位"]))).toEqual(new Set(["白石镇人民政府"]));
    const rowTotal = sampleRows.find((r) => r["规则"] === "row-total")!;
    expect(rowTotal).toMatchObject({
      部分: "三、收到和处理政府信息公开申请情况",
      表格: "表三（收到和处理政府信息公开申请情况）",
      行: "（四）无法提供 1.本机关不掌握相关政府信息",
      列: "总计",
    });
    expect(sampleRows.find((r) => r["规则"] === "cell-blank")).toMatchObject({
      行: "（五）不予处理 2.重复申请",
      列: "法人或其他组织·科研机构",
    });
    expect(sampleRows.some((r) => r["最可能出错"].startsWith("最可能出错："))).toBe(true);
    expect(of("c-broken.docx", "报告")).toEqual([
      expect.objectContaining({ 结论: "无法检查", 说明: expect.stringContaining("不是 Word 文档") }),
    ]);
  });

  it("ends with a 重复 row for each file of a report the batch holds twice, as --json's duplicates", () => {
    const rows = parse(cli("--csv", dir).stdout, { bom: true, columns: true }) as Record<string, string>[];
    const repeated = rows.filter((r) => r["记录"] === "重复");
    const { duplicates } = (JSON.parse(cli("--json", dir).stdout) as { summary: { duplicates: Duplicates } })
      .summary;
    expect(duplicates.identical).toEqual([[join(dir, "=HYPERLINK(1).docx"), join(dir, "a-sample.docx")]]);
    // the sample's 单位 twice, both files the same bytes: one set, a row for each of its files
    expect(repeated.map((r) => r["文件"])).toEqual(duplicates.identical[0]);
    expect(repeated.every((r) => r["单位"] === "白石镇人民政府" && r["年度"] === "2023")).toBe(true);
    expect(repeated[0]["说明"]).toBe(
      "同一单位报送了 2 份报告：白石镇人民政府（=HYPERLINK(1).docx、a-sample.docx），这 2 个文件完全相同。",
    );
    // the rows come last, after every file's
    expect(rows.slice(-repeated.length)).toEqual(repeated);
  });

  it("lists only the errors with --errors-only, the counts still whole", () => {
    const rows = parse(cli("--csv", "--errors-only", sample).stdout, { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const findings = check(readDocx(readFileSync(sample))).findings;
    expect(rows.filter((r) => r["记录"] === "问题").map((r) => r["规则"])).toEqual(
      findings.filter((f) => f.severity === "error").map((f) => f.rule),
    );
    expect(rows[0]["警告"]).toBe(String(findings.filter((f) => f.severity === "warning").length));
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
        记录: "报告",
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
