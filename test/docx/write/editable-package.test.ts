/**
 * One package reader for checking and copying: every package the checker reads, the copy
 * writer edits, and the copy reads back the same; parts are found the same way, and what is not
 * changed is copied as it was stored.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

/**
 * A zip's parts as writeZip lays them out (no comment): its entries' bytes, its directory and
 * its end record.
 */
function layoutOf(zip: Uint8Array): { locals: Uint8Array; directory: Uint8Array; count: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const offset = view.getUint32(end + 16, true);
  return {
    locals: zip.slice(0, offset),
    directory: zip.slice(offset, end),
    count: view.getUint16(end + 10, true),
  };
}

/** The directory with every entry's local header offset moved by `by`. */
function shifted(directory: Uint8Array, by: number): Uint8Array {
  const out = directory.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at < out.length;) {
    view.setUint32(at + 42, view.getUint32(at + 42, true) + by, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function endRecord(count: number, size: number, offset: number): Uint8Array {
  const out = new Uint8Array(22);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return out;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

describe("a zip other programs would read otherwise (reader confusion) is refused by the checker and the copy writer alike", () => {
  const parts = packageParts({ body: BODY });
  const shown = layoutOf(zipParts(parts));
  const hidden = layoutOf(
    zipParts({ ...parts, "word/document.xml": parts["word/document.xml"].replace("12", "99") }),
  );

  const refused = (bytes: Uint8Array) => {
    expect(docxErrorOf(() => readDocx(bytes)).code).toBe("conflicting");
    expect(docxErrorOf(() => annotate(bytes)).code).toBe("conflicting");
    expect(docxErrorOf(() => readDocx(bytes)).message).toContain("不同软件会读到不同的内容");
  };

  it("refuses two directories: the end record names one, a zip64 record the other", () => {
    const second = shown.locals.length;
    const directories = second + hidden.locals.length;
    const hiddenDirectory = shifted(hidden.directory, second);
    const zip64At = directories + shown.directory.length + hiddenDirectory.length;
    const zip64 = new Uint8Array(56);
    const z = new DataView(zip64.buffer);
    z.setUint32(0, 0x06064b50, true);
    z.setBigUint64(4, 44n, true);
    z.setBigUint64(24, BigInt(shown.count), true);
    z.setBigUint64(32, BigInt(shown.count), true);
    z.setBigUint64(40, BigInt(shown.directory.length), true);
    z.setBigUint64(48, BigInt(directories), true);
    const locator = new Uint8Array(20);
    const l = new DataView(locator.buffer);
    l.setUint32(0, 0x07064b50, true);
    l.setBigUint64(8, BigInt(zip64At), true);
    l.setUint32(16, 1, true);
    const bytes = concat(
      shown.locals,
      hidden.locals,
      shown.directory,
      hiddenDirectory,
      zip64,
      locator,
      endRecord(hidden.count, hiddenDirectory.length, directories + shown.directory.length),
    );
    refused(bytes);
  });

  it("refuses entries the directory does not list (a streaming reader would find a second document)", () => {
    const bytes = concat(
      shown.locals,
      hidden.locals,
      shown.directory,
      endRecord(shown.count, shown.directory.length, shown.locals.length + hidden.locals.length),
    );
    refused(bytes);
  });

  it("refuses a local header naming another part than the directory does", () => {
    const bytes = concat(
      shown.locals,
      shown.directory,
      endRecord(shown.count, shown.directory.length, shown.locals.length),
    );
    const name = new TextDecoder().decode(
      bytes.subarray(30, 30 + new DataView(bytes.buffer).getUint16(26, true)),
    );
    bytes[30] = name.charCodeAt(0) ^ 0x20;
    refused(bytes);
  });

  it("refuses two directory entries sharing one compressed stream (the overlapping zip bomb)", () => {
    const bytes = concat(
      shown.locals,
      shown.directory,
      endRecord(shown.count, shown.directory.length, shown.locals.length),
    );
    const view = new DataView(bytes.buffer);
    const first = shown.locals.length;
    const second = first + 46 + view.getUint16(first + 28, true) + view.getUint16(first + 30, true);
    view.setUint32(second + 42, view.getUint32(first + 42, true), true);
    expect(docxErrorOf(() => readDocx(bytes)).code).toBe("conflicting");
  });

  it("still reads and copies a zip whose entries end in data descriptors (LibreOffice's)", () => {
    const file = new Uint8Array(
      readFileSync(join(__dirname, "../../fixtures/docx-libreoffice/bad-values.docx")),
    );
    expect(readDocx(annotate(file).bytes)).toEqual(readDocx(file));
  });
});
