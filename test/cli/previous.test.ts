import { cli } from "../helpers/cli";
import { parseArgs } from "../../src/cli/run";

const sample = "examples/sample-report.docx";
const lastYear = "test/fixtures/docx/clean-2021-zero.docx";

describe("report-check --previous", () => {
  it("takes last year's report, with or without =", () => {
    expect(parseArgs(["--previous", "a.docx", "b.docx"])).toMatchObject({
      previous: "a.docx",
      paths: ["b.docx"],
    });
    expect(parseArgs(["--previous=a.docx", "b.docx"])).toMatchObject({ previous: "a.docx" });
    expect(parseArgs(["--previous"])).toBe("--previous 需要上年年度报告的文件名或文件夹。");
  });

  it("compares every file with last year's report: carry-over and copied text show in the JSON", () => {
    const { stdout } = cli("--json", "--previous", lastYear, sample);
    const findings = JSON.parse(stdout).files[0].findings as {
      rule: string;
      column: string;
      section: string;
    }[];
    const ids = (rule: string) => findings.filter((f) => f.rule === rule);
    // last year carried nothing forward; this year's 上年结转 is 1 (自然人, 总计)
    expect(ids("carry-over-mismatch").map((f) => f.column)).toEqual(["natural", "total"]);
    // the example reports share their 五 word for word
    expect(ids("copied-text").map((f) => f.section)).toContain("s5");
  });

  it("prints the cross-year findings in the readable report too", () => {
    const { stdout } = cli("--previous", lastYear, sample);
    expect(stdout).toMatch(
      /上年报告“四、结转下年度继续办理”该列为 0。 {2}\(carry-over-mismatch table3\/carried_over\/natural\)/,
    );
    expect(stdout).toMatch(/第五部分有 100% 的文字与上年报告相同或几乎相同/);
  });

  it("stops with exit code 2 when last year's report cannot be read", () => {
    const { code, stderr, stdout } = cli("--previous", "no-such-file.docx", sample);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("report-check：无法读取上年报告“no-such-file.docx”：找不到这个文件。\n");
  });

  it("takes last year's report saved from the website as .html, as the .docx", () => {
    const copied = "test/fixtures/docx/tables-copied.docx";
    const rules = (previous: string) =>
      (
        JSON.parse(cli("--json", "--previous", previous, copied).stdout).files[0].findings as {
          rule: string;
        }[]
      )
        .map((f) => f.rule)
        .sort();
    const fromPage = rules("test/fixtures/html/clean-2021.html");
    expect(fromPage).toEqual(rules("test/fixtures/docx/clean-2021.docx"));
    expect(fromPage).toContain("identical-to-previous");
    expect(fromPage).toContain("carry-over-mismatch");
  });

  it("checks without the cross-year rules when no previous report is given", () => {
    const { stdout } = cli("--json", sample);
    expect(stdout).not.toMatch(/carry-over-mismatch|copied-text|in-force-continuity/);
  });
});
