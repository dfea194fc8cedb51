import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileKey } from "../../src/cli/previous-pairs";
import { cli } from "../helpers/cli";
import { tempFolderForAllTests } from "../helpers/temp-folder";

const fixture = (name: string) => join(__dirname, "../fixtures/docx", name);

describe("report-check --previous FOLDER", () => {
  let dir: string;
  const now = (name: string) => join(dir, "now", name);
  const last = (name: string) => join(dir, "last", name);
  tempFolderForAllTests("previous", (made) => {
    dir = made;
    mkdirSync(join(dir, "now"));
    mkdirSync(join(dir, "last"));
    // the same 单位 (凉山乡人民政府) under two unrelated file names
    copyFileSync(fixture("seed-001.docx"), now("甲.docx"));
    copyFileSync(fixture("seed-001.docx"), last("乙.docx"));
    // blank templates name no 单位: paired by their file names
    cli("template", "--year", "2023", "--out", now("清溪镇2023年政府信息公开工作年度报告.docx"));
    cli("template", "--year", "2022", "--out", last("清溪镇2022年度报告.docx"));
    // a report without last year's, and last year's report of a unit that sent nothing
    copyFileSync(fixture("seed-003.docx"), now("孤.docx"));
    copyFileSync(fixture("clean-2021.docx"), last("青山县.docx"));
  });

  it("pairs each report with last year's of the same 单位, and lists the unpaired on both sides", () => {
    const { stdout } = cli("--json", "--previous", join(dir, "last"), join(dir, "now"));
    const json = JSON.parse(stdout);
    const pairs = Object.fromEntries(
      json.files.map((f: { file: string; previous: string | null }) => [f.file, f.previous]),
    );
    expect(pairs).toEqual({
      [now("孤.docx")]: null,
      [now("清溪镇2023年政府信息公开工作年度报告.docx")]: last("清溪镇2022年度报告.docx"),
      [now("甲.docx")]: last("乙.docx"),
    });
    expect(json.summary.unpaired).toEqual({ thisYear: [now("孤.docx")], lastYear: [last("青山县.docx")] });
    // the pair was compared: the same text as "last year" is copied text; the unpaired report is not compared
    const rulesOf = (name: string) =>
      json.files
        .find((f: { file: string }) => f.file === now(name))
        .findings.map((f: { rule: string }) => f.rule);
    expect(rulesOf("甲.docx")).toContain("copied-text");
    expect(rulesOf("孤.docx")).not.toContain("copied-text");
  });

  it("reads last year's reports saved from the government's site (.html) in the folder as well", () => {
    const pages = join(dir, "pages");
    mkdirSync(pages);
    copyFileSync(join(__dirname, "../fixtures/html/clean-2021.html"), join(pages, "青山县2022年报.html"));
    mkdirSync(join(dir, "now-qs"));
    copyFileSync(fixture("clean-2021.docx"), join(dir, "now-qs", "青山县.docx"));
    const json = JSON.parse(cli("--json", "--previous", pages, join(dir, "now-qs")).stdout);
    expect(json.files[0].previous).toBe(join(pages, "青山县2022年报.html"));
    expect(json.summary.unpaired).toEqual({ thisYear: [], lastYear: [] });
  });

  it("names the pair in the readable report and lists the unpaired at the end", () => {
    const { stdout } = cli("--previous", join(dir, "last"), join(dir, "now"));
    expect(stdout).toContain(`    上年报告：${last("乙.docx")}\n`);
    expect(stdout).toContain("    上年报告：未找到同一单位的上年报告\n");
    expect(stdout).toContain(`没有找到上年报告的：\n  - ${now("孤.docx")}\n`);
    expect(stdout).toContain(`上年报告中没有对应本年报告的：\n  - ${last("青山县.docx")}\n`);
  });

  it("reads the 单位 from a file name without years and the words of the title", () => {
    expect(fileKey("/x/2023年白石镇政府信息公开工作年度报告.docx")).toBe("白石镇");
    expect(fileKey("白石镇2022年度报告.docx")).toBe("白石镇");
    expect(fileKey("白石镇人民政府2022年政府信息公开工作年度报告.doc")).toBe("白石镇人民政府");
    expect(fileKey("2022.docx")).toBe("");
  });
});
