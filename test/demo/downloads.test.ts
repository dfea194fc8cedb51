import { readFileSync } from "node:fs";
import path from "node:path";
import { buildCopy } from "../../src/demo/downloads";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";

const sample = new Uint8Array(readFileSync(path.resolve(__dirname, "../../examples/sample-report.docx")));
const engine = { readDocx, check: async (s: Parameters<typeof check>[0]) => check(s) };
const fixable = (bytes: Uint8Array) => check(readDocx(bytes)).findings.filter((f) => f.fix).length;

describe("the demo page's downloads", () => {
  it("builds a fixed copy that has none of the safe fixes left, and leaves the original alone", async () => {
    const original = sample.slice();
    const copy = await buildCopy("fixed", "清溪镇.docx", sample, engine);
    expect(copy?.name).toBe("清溪镇（修正）.docx");
    expect(fixable(sample)).toBeGreaterThan(0);
    expect(fixable(copy!.bytes)).toBe(0);
    expect(sample).toEqual(original);
  });

  it("builds an annotated copy with the same text and findings", async () => {
    const copy = await buildCopy("annotated", "清溪镇.docx", sample, engine);
    expect(copy?.name).toBe("清溪镇（标注）.docx");
    expect(copy!.bytes).not.toEqual(sample);
    const rule = (bytes: Uint8Array) =>
      check(readDocx(bytes)).findings.map((f) => `${f.rule}:${f.row}:${f.column}`);
    expect(rule(copy!.bytes)).toEqual(rule(sample));
  });

  it("builds a blank report for the year asked, and nothing when there is no file", async () => {
    const template = await buildCopy("template", "", null, engine, 2025);
    expect(template?.name).toBe("2025年政府信息公开工作年度报告（模板）.docx");
    expect(check(readDocx(template!.bytes)).year).toBe(2025);
    await expect(buildCopy("fixed", "x.docx", null, engine)).resolves.toBeNull();
  });
});
