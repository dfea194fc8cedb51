import fc from "fast-check";
import { DocxError, readDocx, readFlatOpc } from "../../src/docx";
import type { DocumentSnapshot } from "../../src/engine/types";
import { compoundFile } from "./fixtures/cfb";
import { cell, para, row, table, textCell } from "./fixtures/markup";
import { documentXml, docx, flatOpc, packageParts, zipParts } from "./fixtures/opc";

const BODY =
  para("一、总体情况", `<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`) +
  table(
    3,
    row(textCell("行政复议", `<w:gridSpan w:val="2"/>`) + textCell("总计", `<w:vMerge w:val="restart"/>`)) +
      row(textCell("1") + textCell("2") + cell("<w:p/>", "<w:vMerge/>")),
  ) +
  para("正文");
const PARTS = {
  body: BODY,
  styles: `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>`,
  numbering:
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/>` +
    `<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
};
const VALID = docx(PARTS);

/** A read either gives a snapshot or fails with a DocxError; anything else fails the property. */
function readsOrRejects(read: () => DocumentSnapshot): boolean {
  try {
    return Array.isArray(read().blocks);
  } catch (error) {
    if (error instanceof DocxError) return true;
    throw error;
  }
}

const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 12 });

describe("robustness against damaged input", () => {
  it("gives a snapshot or a DocxError for a truncated .docx, never another exception", () => {
    fc.assert(
      fc.property(fc.nat({ max: VALID.length }), (length) =>
        readsOrRejects(() => readDocx(VALID.slice(0, length))),
      ),
      { numRuns: 300 },
    );
  });

  it("gives a snapshot or a DocxError for a .docx with flipped bytes, never another exception", () => {
    fc.assert(
      fc.property(flips, (changes) => {
        const bytes = VALID.slice();
        for (const [at, mask] of changes) bytes[at % bytes.length] ^= mask;
        return readsOrRejects(() => readDocx(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it("gives a snapshot or a DocxError for a .docx whose document part is damaged XML", () => {
    const xml = documentXml(BODY);
    const parts = packageParts(PARTS);
    fc.assert(
      fc.property(
        fc.nat({ max: xml.length }),
        fc.nat({ max: xml.length }),
        fc.string(),
        (from, to, insert) => {
          const damaged = xml.slice(0, Math.min(from, to)) + insert + xml.slice(Math.max(from, to));
          return readsOrRejects(() => readDocx(zipParts({ ...parts, "word/document.xml": damaged })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a snapshot or a DocxError for damaged Flat OPC text", () => {
    const xml = flatOpc(PARTS);
    fc.assert(
      fc.property(
        fc.nat({ max: xml.length }),
        fc.nat({ max: xml.length }),
        fc.string(),
        (from, to, insert) => {
          const damaged = xml.slice(0, Math.min(from, to)) + insert + xml.slice(Math.max(from, to));
          return readsOrRejects(() => readFlatOpc(damaged));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads content controls nested 300 deep", () => {
    const body = `${"<w:sdt><w:sdtContent>".repeat(300)}${para("深处")}${"</w:sdtContent></w:sdt>".repeat(300)}`;
    expect(readDocx(docx({ body })).blocks).toEqual([{ kind: "paragraph", text: "深处", ref: { p: 0 } }]);
  });

  it("rejects markup nested 100 000 elements deep as corrupt, quickly", () => {
    const depth = 100_000;
    const body = `${"<w:sdt><w:sdtContent>".repeat(depth)}${para("深处")}${"</w:sdtContent></w:sdt>".repeat(depth)}`;
    const bytes = docx({ body });
    const start = performance.now();
    expect(() => readDocx(bytes)).toThrow(expect.objectContaining({ code: "corrupt" }));
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("gives a snapshot or a DocxError for arbitrary bytes and damaged compound files", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => readsOrRejects(() => readDocx(bytes))),
      { numRuns: 300 },
    );
    const ole = compoundFile(["EncryptionInfo", "EncryptedPackage"]);
    fc.assert(
      fc.property(fc.nat({ max: ole.length }), (length) =>
        readsOrRejects(() => readDocx(ole.slice(0, length))),
      ),
      { numRuns: 100 },
    );
  });
});
