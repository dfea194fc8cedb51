import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { letterDocx } from "../../src/review/letter-docx";
import type { ReportEntry } from "../../src/review/report-entry";

const fixture = (name: string) =>
  check(readDocx(readFileSync(path.join(__dirname, "../fixtures/docx", name))));

/** The letter's paragraphs as text. */
async function letterText(entry: ReportEntry): Promise<string[]> {
  const snapshot = readDocx(await letterDocx(entry, { date: new Date(2024, 0, 20) }));
  return snapshot.blocks.flatMap((b) => (b.kind === "paragraph" && b.text ? [b.text] : []));
}

describe("the letter to a unit", () => {
  it("addresses the unit the report names", async () => {
    const result = fixture("sum-errors.docx");
    expect(result.agency).toBeTruthy();
    const text = await letterText({ file: "in/甲.docx", result, error: null });
    expect(text[1]).toBe(`${result.agency}：`);
  });

  it("addresses 有关单位 when the report names none, and names the file in the body", async () => {
    const result = { ...fixture("sum-errors.docx"), agency: null };
    const text = await letterText({ file: "in/新建 Microsoft Word 文档 (2).docx", result, error: null });
    expect(text[1]).toBe("有关单位：");
    expect(text.join("\n")).not.toMatch(/^新建 Microsoft Word 文档 \(2\)：/m);
    expect(text[2]).toContain("（文件“新建 Microsoft Word 文档 (2)”）");
  });
});
