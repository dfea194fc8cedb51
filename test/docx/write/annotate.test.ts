import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../../src/docx";
import { annotateDocx, annotationOf } from "../../../src/docx/write";
import { check, suspectNote } from "../../../src/engine";
import { planMarks } from "../../../src/word/plan-marks";

const root = path.resolve(__dirname, "../../..");
const files = [
  ...readdirSync(path.join(root, "test/fixtures/docx"))
    .filter((f) => f.endsWith(".docx"))
    .map((f) => `test/fixtures/docx/${f}`),
  "examples/sample-report.docx",
];
const DATE = "2025-01-20T00:00:00Z";
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const part = (bytes: Uint8Array, name: string) => {
  const data = unzipSync(bytes)[name];
  return data ? strFromU8(data) : "";
};

describe.each(files)("annotating %s", (file) => {
  const bytes = new Uint8Array(readFileSync(path.join(root, file)));
  const result = check(readDocx(bytes));
  const outcome = annotateDocx(bytes, annotationOf(result), { date: DATE });

  it("changes no text: the copy reads and checks exactly as the original", () => {
    expect(readDocx(outcome.bytes)).toEqual(readDocx(bytes));
    expect(check(readDocx(outcome.bytes))).toEqual(result);
  });

  it("puts one comment by 年报校验 per finding, anchored in the document", () => {
    expect(outcome.comments).toBe(result.findings.length);
    expect(outcome.unplaced).toBe(0);
    const comments = part(outcome.bytes, "word/comments.xml");
    const ours = [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="年报校验"/g)].map((m) => m[1]);
    expect(ours).toHaveLength(result.findings.length);
    const document = part(outcome.bytes, "word/document.xml");
    for (const id of ours) {
      expect(document).toContain(`<w:commentRangeStart w:id="${id}"/>`);
      expect(document).toContain(`<w:commentReference w:id="${id}"/>`);
    }
    const all = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(all).size).toBe(all.length); // ids stay unique beside the clerk's own comments
  });

  it("shades the offending cells strongly and the cells that took part lightly", () => {
    const document = part(outcome.bytes, "word/document.xml");
    const fills = (color: string) => document.split(`w:fill="${color}"`).length - 1;
    const cellFindings = result.findings.filter((f) => f.ref && "tc" in f.ref);
    if (cellFindings.some((f) => f.severity === "error")) expect(fills("FFC7CE")).toBeGreaterThan(0);
    if (planMarks(result).some((m) => m.level === "part")) expect(fills("FDF0D5")).toBeGreaterThan(0);
    expect(outcome.shaded).toBeGreaterThanOrEqual(
      new Set(cellFindings.map((f) => JSON.stringify(f.ref))).size,
    );
  });
});

describe("annotateDocx", () => {
  const sample = new Uint8Array(readFileSync(path.join(root, "examples/sample-report.docx")));

  it("leaves the input bytes alone", () => {
    const copy = sample.slice();
    annotateDocx(sample, annotationOf(check(readDocx(sample))));
    expect(sample).toEqual(copy);
  });

  it("puts a finding without a place of its own on the heading where the section belongs", () => {
    const seed002 = new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/seed-002.docx")));
    const result = check(readDocx(seed002));
    const annotation = annotationOf(result);
    const missing = result.findings.findIndex((f) => f.rule === "section-missing");
    const five = result.sections.find((s) => s.key === "s5")!;
    expect(annotation.comments[missing].ref).toEqual(five.ref);
  });

  it("writes each comment for the unit: the message and the likely wrong cell, no rule id", () => {
    const sums = new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/sum-errors.docx")));
    const result = check(readDocx(sums));
    const annotation = annotationOf(result);
    const noted = result.findings.filter((f) => suspectNote(f, "zh"));
    expect(noted.length).toBeGreaterThan(0);
    result.findings.forEach((f, i) => {
      const text = annotation.comments[i].text;
      expect(text.startsWith(f.message)).toBe(true);
      expect(text).not.toContain(f.rule);
      expect(text).not.toMatch(/[（(][a-z]+(?:-[a-z]+)+[）)]/);
      const note = suspectNote(f, "zh");
      if (note) expect(text).toBe(`${f.message}${/[。！？]$/.test(f.message) ? "" : "。"}${note}`);
    });
    const comments = part(annotateDocx(sums, annotation).bytes, "word/comments.xml");
    expect(comments).toContain(escapeXml(suspectNote(noted[0], "zh")!));
  });

  it("adds a comments part, its relationship and its content type when the file has none", () => {
    const clean = new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/sum-errors.docx")));
    expect(part(clean, "word/comments.xml")).toBe("");
    const out = annotateDocx(clean, annotationOf(check(readDocx(clean)))).bytes;
    expect(part(out, "word/_rels/document.xml.rels")).toMatch(
      /relationships\/comments" Target="comments.xml"/,
    );
    expect(part(out, "[Content_Types].xml")).toContain('PartName="/word/comments.xml"');
  });
});

describe("a comments part nothing points to", () => {
  it("writes its comments to a part of its own, linked, beside a comments part nothing points to", () => {
    const parts = unzipSync(
      new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/sum-errors.docx"))),
    );
    parts["word/comments.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:comment w:id="0" w:author="旁人"><w:p><w:r><w:t>旧批注</w:t></w:r></w:p></w:comment></w:comments>`,
    );
    const orphan = zipSync(parts);
    const out = annotateDocx(orphan, annotationOf(check(readDocx(orphan)))).bytes;
    expect(part(out, "word/_rels/document.xml.rels")).toMatch(
      /relationships\/comments" Target="comments1.xml"/,
    );
    expect(part(out, "[Content_Types].xml")).toContain('PartName="/word/comments1.xml"');
    expect(part(out, "word/comments1.xml")).toContain("年报校验");
    expect(part(out, "word/comments1.xml")).not.toContain("旧批注");
    expect(part(out, "word/comments.xml")).toBe(part(orphan, "word/comments.xml"));
  });
});
