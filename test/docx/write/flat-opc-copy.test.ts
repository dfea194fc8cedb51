/**
 * A Flat OPC file (Word's "XML Document") is copied as it is checked: the annotated and the fixed
 * copy are Flat OPC files too, read with the same tables bound, with the marks and fixes in
 * them, and every part the copy does not change is the original's text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../../src/docx";
import { annotateDocx, annotationOf, applyFixesToDocx } from "../../../src/docx/write";
import { check } from "../../../src/engine";
import { para, row, table, textCell } from "../fixtures/markup";
import { documentXml, W_NS, zipToFlatOpc } from "../fixtures/opc";
import { bindings } from "../../helpers/bindings";
import { docxErrorOf } from "../../helpers/docx-error";

const FIXTURES = path.resolve(__dirname, "../../fixtures/docx");

/** seed-002 (many blank cells to fill and findings to mark) with a picture, saved as Flat OPC. */
function flatSeed(): { zip: Uint8Array; flat: Uint8Array } {
  const entries = unzipSync(new Uint8Array(readFileSync(path.join(FIXTURES, "seed-002.docx"))));
  entries["word/media/image1.png"] = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
  expect(strFromU8(entries["[Content_Types].xml"])).toContain('Extension="png"');
  const zip = zipSync(entries);
  return { zip, flat: strToU8(zipToFlatOpc(zip)) };
}

/** Each part of a Flat OPC text as written: name → the whole `pkg:part` element. */
function partsOf(text: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const m of text.matchAll(/<pkg:part pkg:name="([^"]+)"[^]*?<\/pkg:part>/g)) parts.set(m[1], m[0]);
  return parts;
}

describe("copies of a Flat OPC file", () => {
  const { zip, flat } = flatSeed();
  const result = check(readDocx(flat));

  it("reads the Flat OPC file as the .docx it was saved from", () => {
    expect(readDocx(flat)).toEqual(readDocx(zip));
    expect(result.findings.filter((f) => f.fix).length).toBeGreaterThan(10);
  });

  it("writes an annotated copy as Flat OPC, with the same bindings, the marks and the comments", () => {
    const annotation = annotationOf(result);
    const outcome = annotateDocx(flat, annotation, { date: "2024-01-01T00:00:00Z" });
    const text = strFromU8(outcome.bytes);
    expect(
      text.startsWith(`<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>`),
    ).toBe(true);
    expect(outcome).toMatchObject({ comments: annotation.comments.length, unplaced: 0 });
    expect(outcome.shaded).toBeGreaterThan(0);
    const reread = readDocx(outcome.bytes);
    expect(bindings(check(reread))).toEqual(bindings(result));
    const parts = partsOf(text);
    const comments = parts.get("/word/comments.xml")!;
    expect(comments).toContain(
      'pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"',
    );
    expect(comments.match(/w:author="年报校验"/g)).toHaveLength(annotation.comments.length);
    expect(comments).not.toContain("<?xml");
    expect(parts.get("/word/_rels/document.xml.rels")).toContain('Target="comments.xml"');
    expect(parts.get("/word/document.xml")).toMatch(/w:fill="[0-9A-F]{6}"/);
    // the same copy of the .docx, made by the same writer, reads the same
    expect(reread).toEqual(readDocx(annotateDocx(zip, annotation, { date: "2024-01-01T00:00:00Z" }).bytes));
  });

  it("leaves every part it does not change as it was written, the picture included", () => {
    const outcome = annotateDocx(flat, annotationOf(result), { date: "2024-01-01T00:00:00Z" });
    const [before, after] = [partsOf(strFromU8(flat)), partsOf(strFromU8(outcome.bytes))];
    const changed = ["/word/document.xml", "/word/_rels/document.xml.rels"];
    for (const [name, part] of before) if (!changed.includes(name)) expect(after.get(name)).toBe(part);
    expect(after.get("/word/media/image1.png")).toContain("<pkg:binaryData>");
    expect([...after.keys()]).toEqual([...before.keys(), "/word/comments.xml"]);
  });

  it("writes a fixed copy as Flat OPC, with the fixes applied and the same bindings", () => {
    const withFix = result.findings.filter((f) => f.fix);
    const outcome = applyFixesToDocx(
      flat,
      withFix.map((f) => f.fix!),
    );
    expect(outcome.applied.length).toBe(withFix.length);
    expect(strFromU8(outcome.bytes)).toMatch(/^<\?xml[^>]*\?>\n<\?mso-application[^>]*\?>\n<pkg:package /);
    const after = check(readDocx(outcome.bytes));
    expect(bindings(after)).toEqual(bindings(result));
    expect(after.findings.filter((f) => f.fix)).toEqual([]);
    expect(after.findings.length).toBe(result.findings.length - withFix.length);
  });

  it("keeps a byte order mark the file began with", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...flat]);
    const copy = annotateDocx(withBom, annotationOf(result)).bytes;
    expect([...copy.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bindings(check(readDocx(copy)))).toEqual(bindings(result));
  });
});

describe("Flat OPC packages the reader accepts, the writer copies", () => {
  const BODY = para("一、总体情况") + table(2, row(textCell("项目") + textCell("12"))) + para("正文");
  const annotate = (bytes: Uint8Array) =>
    annotateDocx(
      bytes,
      {
        shade: [{ ref: { t: 0, tr: 0, tc: 1 }, fill: "FFC7CE" }],
        comments: [{ ref: { p: 0 }, text: "批注" }],
      },
      { date: "2024-01-01T00:00:00Z" },
    );
  const pkg = (parts: string, root = "") =>
    strToU8(
      `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"${root}>${parts}</pkg:package>`,
    );
  const part = (
    name: string,
    xml: string,
    type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  ) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

  it("copies a package without relationships whose main part relies on a namespace the package declares", () => {
    const bytes = pkg(
      part("/word/document.xml", `<w:document><w:body>${BODY}</w:body></w:document>`),
      ` xmlns:w="${W_NS}"`,
    );
    expect(readDocx(bytes).blocks.length).toBe(3);
    const copy = annotate(bytes);
    expect(copy).toMatchObject({ comments: 1, shaded: 1, unplaced: 0 });
    expect(readDocx(copy.bytes)).toEqual(readDocx(bytes));
    const text = strFromU8(copy.bytes);
    expect(text).toContain(
      'pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"',
    );
  });

  it("copies a package whose main part is found by its content type alone, under another name", () => {
    const bytes = pkg(part("/Doc/Main.xml", documentXml(BODY).replace(/^<\?xml[^>]*\?>\s*/, "")));
    expect(readDocx(bytes).blocks.length).toBe(3);
    const copy = annotate(bytes);
    expect(readDocx(copy.bytes)).toEqual(readDocx(bytes));
    expect(strFromU8(copy.bytes)).toContain('pkg:name="/Doc/comments.xml"');
  });

  it("refuses two parts whose names differ only in case, reading and copying", () => {
    const main = documentXml(BODY).replace(/^<\?xml[^>]*\?>\s*/, "");
    const bytes = pkg(
      part("/word/document.xml", main) + part("/Word/Document.xml", main.replace("正文", "另一份")),
    );
    expect(docxErrorOf(() => readDocx(bytes)).code).toBe("ambiguous");
    expect(docxErrorOf(() => annotate(bytes)).code).toBe("ambiguous");
  });
});
