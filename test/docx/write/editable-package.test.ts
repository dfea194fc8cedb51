/**
 * One package reader for checking and copying: every package the checker reads, the copy
 * writer edits, and the copy reads back the same; parts are found the same way, and what is not
 * changed is copied as it was stored.
 */
import { strToU8, unzipSync } from "fflate";
import { readDocx } from "../../../src/docx";
import { annotateDocx } from "../../../src/docx/write";
import { zipEntries } from "../../../src/docx/zip-entries";
import { claimSize, packageParts, zipParts } from "../fixtures/opc";
import { para, table, row, textCell } from "../fixtures/markup";
import { docxErrorOf } from "../../helpers/docx-error";

const BODY = para("一、总体情况") + table(2, row(textCell("项目") + textCell("12"))) + para("正文");

const annotate = (bytes: Uint8Array) =>
  annotateDocx(
    bytes,
    { shade: [{ ref: { t: 0, tr: 0, tc: 1 }, fill: "FFC7CE" }], comments: [{ ref: { p: 0 }, text: "批注" }] },
    { date: "2024-01-01T00:00:00Z" },
  );

/** The copy reads as the original does (the same blocks and text), and carries the comment. */
function copiesAsRead(bytes: Uint8Array): void {
  const outcome = annotate(bytes);
  expect(outcome).toMatchObject({ comments: 1, shaded: 1, unplaced: 0 });
  expect(readDocx(outcome.bytes)).toEqual(readDocx(bytes));
}

describe("the copy writer reads packages as the checker does", () => {
  const parts = packageParts({ body: BODY });

  it("copies a plain package", () => copiesAsRead(zipParts(parts)));

  it("copies a package whose entry names start with a slash", () => {
    copiesAsRead(zipParts(Object.fromEntries(Object.entries(parts).map(([k, v]) => [`/${k}`, v]))));
  });

  it("copies a package whose relationship targets differ in case and climb with ..", () => {
    const files = { ...parts };
    files["_rels/.rels"] = files["_rels/.rels"].replace(
      'Target="word/document.xml"',
      'Target="Other/../WORD/Document.xml"',
    );
    expect(readDocx(zipParts(files)).blocks.length).toBeGreaterThan(0);
    copiesAsRead(zipParts(files));
  });

  it("copies a package whose main part is UTF-16, writing it back as UTF-8", () => {
    const xml = parts["word/document.xml"].replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++)
      new DataView(utf16.buffer).setUint16(2 + i * 2, xml.charCodeAt(i), true);
    const bytes = zipParts({ ...parts, "word/document.xml": utf16 });
    copiesAsRead(bytes);
    const written = new TextDecoder().decode(unzipSync(annotate(bytes).bytes)["word/document.xml"]);
    expect(written).toMatch(/^<\?xml[^>]*encoding="UTF-8"/);
  });

  it("refuses a package with two entries whose names differ only in case, reading and copying", () => {
    const bytes = zipParts({
      ...parts,
      "Word/Document.xml": parts["word/document.xml"].replace("正文", "另一份正文"),
    });
    expect(docxErrorOf(() => readDocx(bytes)).code).toBe("ambiguous");
    expect(docxErrorOf(() => annotate(bytes)).code).toBe("ambiguous");
    expect(docxErrorOf(() => readDocx(bytes)).message).toContain("只差大小写");
  });

  it("copies a Flat OPC file as Flat OPC (see flat-opc-copy.test.ts)", () => {
    const flat =
      `<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
      `<pkg:xmlData>${parts["word/document.xml"].replace(/^<\?xml[^>]*\?>\n?/, "")}</pkg:xmlData></pkg:part></pkg:package>`;
    const bytes = strToU8(flat);
    copiesAsRead(bytes);
    expect(new TextDecoder().decode(annotate(bytes).bytes)).toMatch(/^<\?xml version="1.0"\?><pkg:package /);
  });
});

describe("the copy writer's memory", () => {
  const parts = packageParts({ body: BODY });

  it("copies entries it does not change as they were stored, without inflating them", () => {
    const picture = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    const bytes = zipParts({ ...parts, "word/media/image1.png": picture });
    // damage the picture's compressed data: inflating it would fail, copying it cannot
    const image = zipEntries(bytes, 100).find((e) => e.name === "word/media/image1.png")!;
    const damaged = bytes.slice();
    damaged.fill(0xff, image.dataStart, image.dataStart + 64);
    const copy = annotate(damaged).bytes;
    const copied = zipEntries(copy, 100).find((e) => e.name === "word/media/image1.png")!;
    expect(copy.subarray(copied.dataStart, copied.dataStart + copied.compressedSize)).toEqual(
      damaged.subarray(image.dataStart, image.dataStart + image.compressedSize),
    );
    expect(copied).toMatchObject({ crc: image.crc, size: image.size, method: image.method });
    expect(readDocx(copy)).toEqual(readDocx(bytes));
  });

  it("refuses a part whose inflated size is over the reader's limit, without inflating it", () => {
    // the central directory claims 100 MB: the limit is checked before any inflating
    const forged = claimSize(zipParts(parts), "word/document.xml", 100 * 1024 * 1024);
    const error = docxErrorOf(() => annotate(forged));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/过大/);
  });
});
