import { cli } from "../helpers/cli";
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { tempFolderForEachTest } from "../helpers/temp-folder";

describe("report-check template", () => {
  let dir: string;
  tempFolderForEachTest("template", (made) => (dir = made));

  it("writes a blank 2024 report that report-check itself passes without an error", () => {
    const out = path.join(dir, "report.docx");
    const made = cli("template", "--year", "2024", "--out", out);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toContain(out);
    const result = check(readDocx(readFileSync(out)));
    expect(result).toMatchObject({ year: 2024, format: "2021" });
    expect(result.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(result.tables.map((t) => [t.key, t.bound, t.expected])).toEqual([
      ["table2", 10, 10],
      ["table3", 175, 175],
      ["table4", 15, 15],
    ]);
    expect(result.cells.every((c) => c.text === "0")).toBe(true);
    const checked = cli(out);
    expect(checked.code).toBe(0);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("never writes through a link: a dangling one is replaced, the file it names never made", () => {
    const out = path.join(dir, "report.docx");
    const elsewhere = path.join(dir, "elsewhere.docx");
    symlinkSync(elsewhere, out);
    expect(cli("template", "--year", "2024", "--out", out).code).toBe(0);
    expect(existsSync(elsewhere)).toBe(false);
    expect(lstatSync(out).isFile()).toBe(true);
  });

  it("leaves 【请填写】 placeholders where the clerk must write", () => {
    const out = path.join(dir, "report.docx");
    cli("template", "--year=2023", `--out=${out}`);
    const text = readDocx(readFileSync(out))
      .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
      .join("\n");
    expect(text).toContain("【请填写：机关名称】2023年政府信息公开工作年度报告");
    expect(text.match(/【请填写/g)!.length).toBeGreaterThanOrEqual(12);
    // the checker reports every placeholder left in, as a warning, never as an error
    const leftovers = check(readDocx(readFileSync(out))).findings.filter(
      (f) => f.rule === "template-leftover",
    );
    expect(leftovers.length).toBeGreaterThan(0);
    expect(leftovers.every((f) => f.severity === "warning" && f.ref && typeof f.ref.p === "number")).toBe(
      true,
    );
  });

  it("uses the 2019 trial format for a report on 2020", () => {
    const out = path.join(dir, "old.docx");
    expect(cli("template", "--year", "2020", "--out", out).code).toBe(0);
    expect(check(readDocx(readFileSync(out))).format).toBe("2019");
  });

  it("refuses to overwrite a file unless --force is given", () => {
    const out = path.join(dir, "report.docx");
    writeFileSync(out, "mine");
    const refused = cli("template", "--year", "2024", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect(cli("template", "--year", "2024", "--out", out, "--force").code).toBe(0);
  });

  it("explains a missing --out or a bad year, and writes nothing", () => {
    expect(cli("template", "--year", "2024")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--out"),
    });
    const out = path.join(dir, "x.docx");
    expect(cli("template", "--year", "24", "--out", out)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--year"),
    });
    expect(existsSync(out)).toBe(false);
  });
});
