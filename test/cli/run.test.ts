import { cli } from "../helpers/cli";
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from "fs";
import { join } from "path";
import { tempFolderForAllTests } from "../helpers/temp-folder";

const root = join(__dirname, "../..");
const sample = "examples/sample-report.docx";
const fixture = (name: string) => `test/fixtures/docx/${name}`;

describe("report-check", () => {
  let dir: string;
  tempFolderForAllTests("test", (made) => (dir = made));

  it("prints the readable Chinese report of the sample, as in its golden file, and exits 1 on errors", () => {
    const { code, stdout } = cli(sample);
    expect(code).toBe(1);
    expect(stdout).toBe(readFileSync(join(__dirname, "golden/sample-report.txt"), "utf8"));
  });

  it("prints the JSON contract of the sample, as in its golden file", () => {
    const { code, stdout } = cli("--json", sample);
    expect(code).toBe(1);
    expect(stdout).toBe(readFileSync(join(__dirname, "golden/sample-report.json"), "utf8"));
    const file = JSON.parse(stdout).files[0];
    expect(Object.keys(file)).toEqual([
      "file",
      "ok",
      "error",
      "format",
      "year",
      "agency",
      "sections",
      "tables",
      "findings",
    ]);
    expect(file).toMatchObject({
      ok: false,
      error: null,
      format: "2021",
      year: 2023,
      agency: "白石镇人民政府",
    });
    expect(file.tables).toEqual([
      { key: "table2", found: true, bound: 10, expected: 10 },
      { key: "table3", found: true, bound: 175, expected: 175 },
      { key: "table4", found: true, bound: 15, expected: 15 },
    ]);
    const rowTotal = file.findings.find((f: { rule: string }) => f.rule === "row-total");
    expect(rowTotal).toMatchObject({
      severity: "error",
      section: "s3",
      table: "table3",
      row: "r4_1",
      column: "total",
      expected: 3,
      actual: 4,
    });
    expect(rowTotal.cells).toHaveLength(7);
  });

  it("exits 0 on a clean report", () => {
    const { code, stdout } = cli(fixture("clean-2021.docx"));
    expect(code).toBe(0);
    expect(stdout).toContain("未发现问题");
  });

  it("checks every .docx in a folder, still checks the others when one is corrupt, and exits 2", () => {
    const folder = join(dir, "batch");
    mkdirSync(join(folder, "sub"), { recursive: true });
    copyFileSync(join(root, fixture("clean-2021.docx")), join(folder, "a.docx"));
    copyFileSync(join(root, sample), join(folder, "sub", "b.docx"));
    writeFileSync(join(folder, "c.docx"), "this is not a zip file");
    writeFileSync(join(folder, "empty.docx"), "");
    writeFileSync(join(folder, "~$lock.docx"), "lock");
    writeFileSync(join(folder, "notes.txt"), "ignored");
    const { code, stdout } = cli("--json", folder);
    expect(code).toBe(2);
    const files = JSON.parse(stdout).files as { file: string; ok: boolean; error: { code: string } | null }[];
    expect(files.map((f) => [f.file.replace(folder, ""), f.ok, f.error?.code ?? null])).toEqual([
      ["/a.docx", true, null],
      ["/c.docx", false, "not-zip"],
      ["/empty.docx", false, "empty"],
      ["/sub/b.docx", false, null],
    ]);
  });

  it("says in Chinese why a file could not be read", () => {
    writeFileSync(join(dir, "report.pdf.docx"), "%PDF-1.7\n...");
    const { code, stdout } = cli(join(dir, "report.pdf.docx"), join(dir, "missing.docx"));
    expect(code).toBe(2);
    expect(stdout).toContain("这是 PDF 文件");
    expect(stdout).toContain("找不到这个文件");
  });

  it("prints English when asked", () => {
    const { stdout } = cli("--lang", "en", fixture("seed-003.docx"));
    expect(stdout).toContain("Section 五's heading is numbered “5、”");
  });

  it("exits 2 with the usage on wrong arguments", () => {
    expect(cli().code).toBe(2);
    const { code, stderr } = cli("--bogus", sample);
    expect(code).toBe(2);
    expect(stderr).toContain("不认识的选项");
    expect(cli("--help").stdout).toContain("用法");
    expect(cli("--version").stdout).toBe("9.9.9\n");
  });
});
