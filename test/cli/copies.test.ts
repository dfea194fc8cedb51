import { cli } from "../helpers/cli";
import { runPooled } from "../../src/cli/run";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { check, previousReport } from "../../src/engine";
import { zipToFlatOpc } from "../docx/fixtures/opc";
import { tempFolderForEachTest } from "../helpers/temp-folder";

const root = path.resolve(__dirname, "../..");
const sample = path.join(root, "examples/sample-report.docx");

describe("report-check --fix and --annotate", () => {
  let dir: string;
  let input: string;
  tempFolderForEachTest("copies", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
    input = path.join(dir, "in", "sample.docx");
    copyFileSync(sample, input);
  });

  it("writes a fixed copy, prints what it changed, and leaves the original alone", () => {
    const before = readFileSync(input);
    const out = path.join(dir, "fixed");
    const { code, stdout } = cli("--fix", out, input);
    expect(code).toBe(1); // the report itself still has errors
    expect(readFileSync(input)).toEqual(before);
    const copy = path.join(out, "sample.docx");
    expect(stdout).toContain(`已写入修正副本：${copy}`);
    const result = check(readDocx(before));
    const fixes = result.findings.filter((f) => f.fix);
    expect(stdout.match(/ {4}已修正：/g)).toHaveLength(fixes.length);
    expect(stdout).toContain("第三部分标题：“3、” → “三、”");
    const after = check(readDocx(readFileSync(copy)));
    expect(after.findings.filter((f) => f.fix)).toEqual([]);
    expect(after.findings.length).toBe(result.findings.length - fixes.length);
  });

  it("counts what is left in a fixed copy with the run's year and last year's reports, as the file was checked", () => {
    const lastYear = path.join(dir, "last-year");
    mkdirSync(lastYear);
    const previousFile = path.join(lastYear, "sample-2022.docx");
    copyFileSync(sample, previousFile);
    const out = path.join(dir, "fixed");
    for (const previous of [previousFile, lastYear]) {
      const { stdout } = cli("--json", "--year", "2024", "--previous", previous, "--fix", out, input);
      const { errorsAfter, warningsAfter } = JSON.parse(stdout).files[0].copies.fixed;
      const copy = readDocx(readFileSync(path.join(out, "sample.docx")));
      const options = { expectedYear: 2024, previous: previousReport(readDocx(readFileSync(previousFile))) };
      const after = check(copy, options).findings;
      expect(errorsAfter).toBe(after.filter((f) => f.severity === "error").length);
      expect(warningsAfter).toBe(after.filter((f) => f.severity === "warning").length);
      // without the run's options the copy would have counted otherwise
      expect(after.map((f) => f.rule)).toContain("unexpected-year");
      expect(check(copy).findings.length).not.toBe(after.length);
    }
  });

  it("writes no copy of a file whose name is not UTF-8, and the right copy of its UTF-8 twin", () => {
    // 报告.docx twice: a clean report under a GBK name (a zip made on Chinese Windows), the
    // sample under the same name in UTF-8; the GBK one used to get the sample's copy
    const clean = path.join(root, "test/fixtures/docx/clean-2021.docx");
    const gbk = Buffer.concat([
      Buffer.from(path.join(dir, "in") + "/"),
      Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]),
      Buffer.from(".docx"),
    ]);
    writeFileSync(gbk, readFileSync(clean));
    copyFileSync(sample, path.join(dir, "in", "报告.docx"));
    const out = path.join(dir, "annotated");
    const { code, stdout } = cli("--annotate", out, path.join(dir, "in"));
    expect(code).toBe(2);
    expect(stdout).toContain("文件名不是 UTF-8 编码");
    // the UTF-8 report's copy under its own name, holding its own text; the sample's copy too
    expect(readdirSync(out).sort()).toEqual(["sample.docx", "报告.docx"]);
    const copied = readDocx(readFileSync(path.join(out, "报告.docx")));
    const own = readDocx(readFileSync(sample));
    expect(
      copied.blocks.filter((b) => b.kind === "paragraph").map((b) => b.kind === "paragraph" && b.text),
    ).toEqual(own.blocks.filter((b) => b.kind === "paragraph").map((b) => b.kind === "paragraph" && b.text));
    expect(readFileSync(gbk)).toEqual(readFileSync(clean));
  });

  it("says a report was checked when only its copy cannot be written (a DOCTYPE the editor refuses)", () => {
    const parts = unzipSync(readFileSync(sample));
    const xml = strFromU8(parts["word/document.xml"]);
    parts["word/document.xml"] = strToU8(xml.replace(/(<\?xml[^>]*\?>)/, "$1<!DOCTYPE w:document>"));
    const odd = path.join(dir, "in", "doctype.docx");
    writeFileSync(odd, zipSync(parts));
    const { code, stdout } = cli("--annotate", path.join(dir, "annotated"), odd);
    expect(code).toBe(2);
    expect(stdout).toContain("错误"); // the check itself was reported
    expect(stdout).toContain("这份报告已检查，但它的文件有写副本时无法安全改动的地方");
    expect(stdout).not.toContain("文件已损坏");
  });

  it("writes an annotated copy with the comments and the shading", () => {
    const out = path.join(dir, "marked");
    const { stdout } = cli("--annotate", out, input);
    const copy = path.join(out, "sample.docx");
    expect(stdout).toContain(`已写入标注副本：${copy}`);
    const parts = unzipSync(new Uint8Array(readFileSync(copy)));
    const comments = strFromU8(parts["word/comments.xml"]);
    const findings = check(readDocx(readFileSync(input))).findings;
    expect(comments.match(/w:author="年报校验"/g)).toHaveLength(findings.length);
    expect(strFromU8(parts["word/document.xml"])).toContain('w:fill="FFC7CE"');
  });

  it("writes the annotated and fixed copies of a Flat OPC file (Word's XML Document) as Flat OPC", () => {
    const xml = path.join(dir, "in", "sample.xml");
    writeFileSync(xml, zipToFlatOpc(new Uint8Array(readFileSync(sample))));
    const [marked, fixed] = [path.join(dir, "marked"), path.join(dir, "fixed")];
    const { stdout } = cli("--json", "--annotate", marked, "--fix", fixed, xml);
    const [file] = JSON.parse(stdout).files;
    expect(file.copies.error).toBeUndefined();
    expect(file.copies.annotated.file).toBe(path.join(marked, "sample.xml"));
    expect(file.copies.fixed.changes.length).toBeGreaterThan(0);
    for (const copy of [file.copies.annotated.file, file.copies.fixed.file])
      expect(readFileSync(copy, "utf8")).toMatch(
        /^<\?xml[^>]*\?>\n<\?mso-application[^>]*\?>\n<pkg:package /,
      );
    expect(readFileSync(file.copies.annotated.file, "utf8")).toContain('w:author="年报校验"');
    expect(check(readDocx(readFileSync(file.copies.fixed.file))).findings.filter((f) => f.fix)).toEqual([]);
  });

  it("refuses a folder where a copy would overwrite an original, and writes nothing", () => {
    const inDir = path.join(dir, "in");
    const before = readdirSync(inDir);
    for (const flag of ["--fix", "--annotate"]) {
      const { code, stderr } = cli(flag, inDir, input);
      expect(code).toBe(2);
      expect(stderr).toContain("覆盖原文件");
    }
    expect(readdirSync(inDir)).toEqual(before);
    expect(cli("--fix", path.join(dir, "same"), "--annotate", path.join(dir, "same"), input).code).toBe(2);
    expect(existsSync(path.join(dir, "same"))).toBe(false);
  });

  it("gives two inputs with one name two copies, and reports the copies in JSON", () => {
    mkdirSync(path.join(dir, "other"));
    const second = path.join(dir, "other", "sample.docx");
    copyFileSync(sample, second);
    const out = path.join(dir, "fixed");
    const { stdout } = cli("--json", "--fix", out, input, second);
    const files = JSON.parse(stdout).files;
    expect(files.map((f: { copies: { fixed: { file: string } } }) => f.copies.fixed.file)).toEqual([
      path.join(out, "sample.docx"),
      path.join(out, "sample (2).docx"),
    ]);
    expect(files[0].copies.fixed.changes[0]).toMatchObject({
      rule: expect.any(String),
      from: expect.any(String),
    });
    expect(readdirSync(out).sort()).toEqual(["sample (2).docx", "sample.docx"]);
  });

  it.each([["--annotate"], ["--fix"]])(
    "%s writes no copy of a file replaced after it was checked: the marks and fixes belong to what was checked",
    async (flag) => {
      const out = path.join(dir, "copies");
      const other = path.join(root, "test/fixtures/docx/bad-values.docx");
      let stdout = "";
      const code = await runPooled(
        ["--json", flag, out, input],
        { stdout: (t) => (stdout += t), stderr: () => {} },
        "9.9.9",
        // the clerk saves another version over the file while the reviewer's run is on it
        () => copyFileSync(other, input),
        { workers: 0 },
      );
      expect(code).toBe(2);
      const [file] = JSON.parse(stdout).files as { copies: { error: { code: string; message: string } } }[];
      expect(file.copies.error.code).toBe("changed");
      expect(file.copies.error.message).toContain("文件在检查之后被改动或替换了，没有写副本");
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    },
    120_000,
  );

  it("prints no copy lines and no copies field without the options", () => {
    const { stdout } = cli("--json", input);
    expect(JSON.parse(stdout).files[0].copies).toBeUndefined();
  });
});
