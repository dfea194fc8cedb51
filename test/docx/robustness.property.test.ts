import fc from "fast-check";
import { DocxError, readDocx, readFlatOpc } from "../../src/docx";
import { check } from "../../src/engine";
import type { DocumentSnapshot, SnapshotBlock, SnapshotTable } from "../../src/engine/types";
import { compoundFile } from "./fixtures/cfb";
import { cell, para, row, table, textCell } from "./fixtures/markup";
import { HEADINGS, tableMarkup } from "./fixtures/random-markup";
import { documentXml, docx, flatOpc, packageParts, zipParts } from "./fixtures/opc";

/**
 * `npm test` runs each property at its count below with a fixed seed; `npm run fuzz` sets
 * FUZZ_RUNS to run every property that many times (same seed, so a failure can be replayed).
 */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;
const runs = (count: number): { seed: number; numRuns: number } => ({
  seed: 20261122,
  numRuns: FUZZ_RUNS || count,
});

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
      runs(300),
    );
  });

  it("gives a snapshot or a DocxError for a .docx with flipped bytes, never another exception", () => {
    fc.assert(
      fc.property(flips, (changes) => {
        const bytes = VALID.slice();
        for (const [at, mask] of changes) bytes[at % bytes.length] ^= mask;
        return readsOrRejects(() => readDocx(bytes));
      }),
      runs(500),
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
      runs(300),
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
      runs(300),
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
      runs(300),
    );
    const ole = compoundFile(["EncryptionInfo", "EncryptedPackage"]);
    fc.assert(
      fc.property(fc.nat({ max: ole.length }), (length) =>
        readsOrRejects(() => readDocx(ole.slice(0, length))),
      ),
      runs(100),
    );
  });
});

/** Markup that breaks structure when spliced into a part, next to random text. */
const SHARDS = [
  "<w:tbl>",
  "</w:tbl>",
  "<w:tr>",
  "</w:tr>",
  "<w:tc>",
  "</w:tc>",
  "<w:p>",
  "</w:p>",
  "<w:r>",
  "</w:r>",
  "<w:t>",
  "</w:t>",
  "<w:body>",
  "</w:document>",
  "<",
  ">",
  "/>",
  "</",
  "&",
  "&#0;",
  "&#xD800;",
  "&#99999999;",
  "&nope;",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<?xml version='1.0'?>",
  "<!DOCTYPE w [<!ENTITY a 'b'>]>",
  '"',
  "'",
  "=",
  `<w:gridSpan w:val="99999"/>`,
  `<w:gridBefore w:val="1024"/>`,
  "<w:vMerge/>",
  `<w:vMerge w:val="restart"/>`,
  "<w:hMerge/>",
  "<w:sdt><w:sdtContent>",
  "</w:sdtContent></w:sdt>",
  `<mc:AlternateContent><mc:Choice Requires="wps">`,
  "</mc:Choice><mc:Fallback>",
  "</mc:Fallback></mc:AlternateContent>",
  "<w:drawing>",
  "</w:drawing>",
  "<w:pict>",
  "<w:txbxContent>",
  "</w:txbxContent>",
  `<w:fldChar w:fldCharType="begin"/>`,
  `<w:fldChar w:fldCharType="end"/>`,
  `xmlns:w="urn:other"`,
  `xmlns=""`,
  "\u0000",
  "\uffff",
  "\ud800",
];
const splices = fc.array(
  fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...SHARDS), fc.string({ maxLength: 12 }))),
  { minLength: 1, maxLength: 8 },
);
function spliced(xml: string, edits: readonly (readonly [number, number, string])[]): string {
  let out = xml;
  for (const [at, cut, insert] of edits) {
    const from = at % (out.length + 1);
    out = out.slice(0, from) + insert + out.slice(from + cut);
  }
  return out;
}

/** Every table of a snapshot, nested ones included. */
function allTables(blocks: readonly SnapshotBlock[]): SnapshotTable[] {
  const found: SnapshotTable[] = [];
  const visit = (t: SnapshotTable): void => {
    found.push(t);
    for (const c of t.cells) for (const nested of c.tables ?? []) visit(nested);
  };
  for (const b of blocks) if (b.kind === "table") visit(b);
  return found;
}

/**
 * What breaks the grid the reader promises (spans of at least one, cells inside the grid, none
 * overlapping, row-major order), or null. Plain code, one expect per table: jest's expect is
 * too slow to call for each of the thousand positions a wide cell covers.
 */
function gridFault(t: SnapshotTable): string | null {
  if (!Number.isInteger(t.rowCount) || t.rowCount < 0 || !Number.isInteger(t.colCount) || t.colCount < 0)
    return `size ${t.rowCount}x${t.colCount}`;
  const taken = new Set<number>();
  let last = -1;
  for (const c of t.cells) {
    const at = `cell ${c.row},${c.col} ${c.rowSpan}x${c.colSpan} of ${t.rowCount}x${t.colCount}`;
    if (c.rowSpan < 1 || c.colSpan < 1 || c.row < 0 || c.col < 0) return `${at}: bad span or place`;
    if (c.row + c.rowSpan > t.rowCount || c.col + c.colSpan > t.colCount) return `${at}: outside the grid`;
    const order = c.row * (t.colCount + 1) + c.col;
    if (order <= last) return `${at}: out of order`;
    last = order;
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        const position = r * (t.colCount + 1) + k;
        if (taken.has(position)) return `${at}: overlaps another cell`;
        taken.add(position);
      }
  }
  return null;
}

describe("robustness against mutated files", () => {
  it("gives a snapshot or a DocxError when a chunk is cut out of a .docx or its end replaced", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.uint8Array({ maxLength: 64 }), (a, b, tail) => {
        const from = a % VALID.length;
        const to = from + (b % (VALID.length - from + 1));
        const bytes = new Uint8Array([...VALID.subarray(0, from), ...VALID.subarray(to), ...tail]);
        return readsOrRejects(() => readDocx(bytes));
      }),
      runs(300),
    );
  });

  it("gives a snapshot or a DocxError for structurally damaged XML in the document, styles or numbering part", () => {
    const parts = packageParts(PARTS);
    const names = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "_rels/.rels"];
    fc.assert(
      fc.property(fc.constantFrom(...names), splices, (name, edits) =>
        readsOrRejects(() => readDocx(zipParts({ ...parts, [name]: spliced(parts[name], edits) }))),
      ),
      runs(500),
    );
    const xml = flatOpc(PARTS);
    fc.assert(
      fc.property(splices, (edits) => readsOrRejects(() => readFlatOpc(spliced(xml, edits)))),
      runs(300),
    );
  });

  it("gives a snapshot or a DocxError for wrong content types and relationships", () => {
    const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const ML = "application/vnd.openxmlformats-officedocument";
    const types = fc.constantFrom(
      "",
      "application/xml",
      "text/plain",
      `${ML}.wordprocessingml.document.main+xml`,
      `${ML}.wordprocessingml.template.main+xml`,
      "application/vnd.ms-word.document.macroEnabled.main+xml",
      `${ML}.spreadsheetml.sheet.main+xml`,
      `${ML}.wordprocessingml.styles+xml`,
    );
    const names = fc.constantFrom(
      "/word/document.xml",
      "/WORD/Document.XML",
      "word/document.xml",
      "/word/styles.xml",
      "/word/numbering.xml",
      "/word/missing.xml",
      "/[Content_Types].xml",
      "/_rels/.rels",
      "/",
      "",
      "/../../etc/passwd",
      "../word/document.xml",
      "http://example.com/document.xml",
      "/word/%20document.xml",
    );
    const relTypes = fc.constantFrom("officeDocument", "styles", "numbering", "image", "");
    const rels = fc
      .array(fc.tuple(relTypes, names, fc.boolean()), { maxLength: 4 })
      .map(
        (list) =>
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          list
            .map(
              ([type, target, external], i) =>
                `<Relationship Id="r${i}" Type="${OFFICE}/${type}" Target="${target}"` +
                `${external ? ` TargetMode="External"` : ""}/>`,
            )
            .join("") +
          `</Relationships>`,
      );
    const contentTypes = fc
      .array(fc.tuple(names, types), { maxLength: 4 })
      .map(
        (list) =>
          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          list.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join("") +
          `</Types>`,
      );
    const parts = packageParts(PARTS);
    fc.assert(
      fc.property(
        contentTypes,
        rels,
        rels,
        fc.constantFrom("word/document.xml", "word/styles.xml", "document.xml", "[Content_Types].xml"),
        (types, packageRels, documentRels, documentAt) => {
          const files: Record<string, string> = {
            "[Content_Types].xml": types,
            "_rels/.rels": packageRels,
            "word/_rels/document.xml.rels": documentRels,
            "word/styles.xml": parts["word/styles.xml"],
            "word/numbering.xml": parts["word/numbering.xml"],
          };
          files[documentAt] = parts["word/document.xml"];
          return readsOrRejects(() => readDocx(zipParts(files)));
        },
      ),
      runs(300),
    );
  });

  it("reads any table — no rows, spans beyond the grid, merges with nothing above — as a true grid the engine checks", () => {
    const body = fc.array(
      fc.oneof(
        fc.constantFrom(...HEADINGS).map((t) => para(t)),
        tableMarkup(2),
      ),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(body, (blocks) => {
        const snapshot = readDocx(docx({ body: blocks.join("") }));
        expect(allTables(snapshot.blocks).map(gridFault).filter(Boolean)).toEqual([]);
        expect(check(snapshot, { strict: true }).tables).toHaveLength(3);
      }),
      runs(300),
    );
  });

  it("reads tables nested beyond the depth it reads, and counts every paragraph inside them", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (depth, wrap) => {
          let inner = para("最里面");
          for (let d = 0; d < depth; d++) {
            // the label in a cell of its own: a cell holding a table and text is a layout table's
            const t = table(2, row(cell(para(`第${d}层`)) + cell(inner)));
            inner = wrap[d] ? `<w:sdt><w:sdtContent>${t}</w:sdtContent></w:sdt>` : t;
          }
          const snapshot = readDocx(docx({ body: inner + para("之后") }));
          const after = snapshot.blocks[snapshot.blocks.length - 1];
          // every w:p counts: one per level and the innermost one
          expect(after).toEqual({ kind: "paragraph", text: "之后", ref: { p: depth + 1 } });
          expect(allTables(snapshot.blocks)).toHaveLength(Math.min(depth, 20));
        },
      ),
      runs(100),
    );
  });
});

describe("limits", () => {
  it("reads and checks a cell of 3 million characters and one of 20,000 paragraphs", () => {
    const long = "数字1".repeat(1_000_000);
    const many = Array.from({ length: 20_000 }, (_, i) => para(String(i))).join("");
    const body =
      para("三、收到和处理政府信息公开申请情况") +
      table(2, row(textCell(long) + cell(many)) + row(textCell("总计") + textCell("1")));
    const start = performance.now();
    const snapshot = readDocx(docx({ body }));
    const [t] = allTables(snapshot.blocks);
    // lengths compared as numbers: a failing match would print four million characters
    expect(t.cells[0].text.length).toBe(3_000_000);
    expect(t.cells[1].text.split("\n").length).toBe(20_000);
    expect(check(snapshot, { strict: true }).tables).toHaveLength(3);
    expect(performance.now() - start).toBeLessThan(20_000);
  });
});
