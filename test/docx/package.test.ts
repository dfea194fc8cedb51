import { readDocx } from "../../src/docx";
import { para, read, readBody, tables, textTable, texts } from "./fixtures/markup";
import { W_STRICT_NS, docx, packageParts, zipParts } from "./fixtures/opc";

const HEADING_STYLE =
  `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="N"><w:name w:val="Normal"/></w:style>`;

describe("finding the document in the package", () => {
  it("finds the main document through the package relationships wherever it lives", () => {
    const snapshot = read({ body: para("正文"), styles: HEADING_STYLE, mainPart: "content/main.xml" });
    expect(snapshot.blocks).toEqual([{ kind: "paragraph", text: "正文", style: "Normal", ref: { p: 0 } }]);
  });

  it("finds the main document through [Content_Types].xml when the package relationships are missing", () => {
    const parts = packageParts({ body: para("正文"), mainPart: "doc/body.xml" });
    delete parts["_rels/.rels"];
    expect(texts(readDocx(zipParts(parts)))).toEqual(["正文"]);
  });

  it("falls back to word/document.xml when neither relationships nor content types name it", () => {
    const parts = packageParts({ body: para("正文") });
    delete parts["_rels/.rels"];
    delete parts["[Content_Types].xml"];
    expect(texts(readDocx(zipParts(parts)))).toEqual(["正文"]);
  });

  it("matches part names without regard to case, as OPC requires", () => {
    const parts = packageParts({ body: para("正文"), styles: HEADING_STYLE });
    const renamed = Object.fromEntries(
      Object.entries(parts).map(([name, text]) => [
        name.startsWith("word/") ? name.toUpperCase() : name,
        text,
      ]),
    );
    expect(readDocx(zipParts(renamed)).blocks[0]).toMatchObject({ text: "正文", style: "Normal" });
  });

  it("reads a Strict OOXML document", () => {
    const strict = read({
      body: para("一、总体情况", `<w:pStyle w:val="H1"/>`) + textTable([["a", "b"]]),
      styles: HEADING_STYLE,
      ns: W_STRICT_NS,
    });
    expect(strict.blocks[0]).toMatchObject({ text: "一、总体情况", style: "heading 1", outlineLevel: 0 });
    expect(tables(strict)[0].cells.map((c) => c.text)).toEqual(["a", "b"]);
  });

  it("reads a document that binds WordprocessingML to another prefix", () => {
    const parts = packageParts({ body: para("正文") });
    const xml =
      `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<x:body><x:p><x:pPr><x:outlineLvl x:val="1"/></x:pPr><x:r><x:t>另一种前缀</x:t></x:r></x:p></x:body></x:document>`;
    expect(readDocx(zipParts({ ...parts, "word/document.xml": xml })).blocks).toEqual([
      { kind: "paragraph", text: "另一种前缀", outlineLevel: 1, ref: { p: 0 } },
    ]);
  });

  it("does not take an element of another namespace for a WordprocessingML one", () => {
    const parts = packageParts({ body: para("正文") });
    const xml =
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:other">` +
      `<w:body><o:p><w:r><w:t>外来</w:t></w:r></o:p>${para("正文")}</w:body></w:document>`;
    expect(texts(readDocx(zipParts({ ...parts, "word/document.xml": xml })))).toEqual(["正文"]);
  });

  it("reads a document part stored as UTF-16 with a byte order mark", () => {
    const parts = packageParts({ body: para("十六位编码") });
    const xml = parts["word/document.xml"].replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    expect(texts(readDocx(zipParts({ ...parts, "word/document.xml": utf16 })))).toEqual(["十六位编码"]);
  });

  it("reads a document without a body as an empty snapshot", () => {
    const parts = packageParts({ body: "" });
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`;
    expect(readDocx(zipParts({ ...parts, "word/document.xml": xml }))).toEqual({ blocks: [] });
    expect(readBody("")).toEqual({ blocks: [] });
  });

  it("reads a document whose styles and numbering relationships point at missing parts", () => {
    const parts = packageParts({ body: para("正文"), styles: HEADING_STYLE, numbering: "" });
    delete parts["word/styles.xml"];
    delete parts["word/numbering.xml"];
    expect(readDocx(zipParts(parts)).blocks).toEqual([{ kind: "paragraph", text: "正文", ref: { p: 0 } }]);
  });

  it("reads a .docx whose zip also holds large media it never inflates", () => {
    const parts = packageParts({ body: para("正文") });
    const files = { ...parts, "word/media/image1.png": new Uint8Array(5_000_000) };
    expect(texts(readDocx(zipParts(files)))).toEqual(["正文"]);
  });

  it("reads the same snapshot from the same bytes twice", () => {
    const bytes = docx({ body: para("一") + textTable([["1"]]) });
    expect(readDocx(bytes)).toEqual(readDocx(bytes));
  });
});
