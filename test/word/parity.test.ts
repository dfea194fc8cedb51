/** @jest-environment jsdom */
/**
 * Issue 10, item 5: every fixture and every seed, checked through the Word path (the fake Word,
 * its tables' OOXML read back through `getOoxml()`, paragraph text through getReviewedText on
 * WordApi 1.4) and through the .docx path, gives the same findings.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { check, type DocumentSnapshot, type Finding } from "../../src/engine";
import { createWordPort } from "../../src/word";
import { textBox } from "../bad-inputs/build";
import { cell, para, row, table, textCell, textTable } from "../docx/fixtures/markup";
import { docx } from "../docx/fixtures/opc";
import { wordLikeReport } from "../docx/fixtures/word-like-report";
import { docxBlocks } from "./docx-blocks";
import { fakeHost, FakeWord } from "./fake-word";

Object.assign(globalThis, { TextDecoder });

const dir = path.resolve(__dirname, "../fixtures/docx");
const key = (f: Finding) =>
  [
    f.rule,
    f.severity,
    f.section,
    f.table,
    f.row,
    f.column,
    JSON.stringify(f.ref, Object.keys(f.ref ?? {}).sort()),
  ].join("|");

/** The fixtures the .docx reader reads (the others are bad inputs, tested in test/bad-inputs). */
const readable = readdirSync(dir)
  .filter((f) => f.endsWith(".docx"))
  .filter((f) => {
    try {
      readDocx(new Uint8Array(readFileSync(path.join(dir, f))));
      return true;
    } catch {
      return false;
    }
  });

/**
 * [Silent] Whether `body.tables` lists the tables nested in cells, whether `body.tables` and
 * `body.paragraphs` reach into text boxes, whether paragraph text holds hidden text: each fixture
 * runs under both values of each (paired: what the reader assumes, then the other).
 */
const BEHAVIOURS = [
  { platform: "desktop", nestedTables: "omitted", textBoxes: "excluded", hiddenText: "excluded" },
  { platform: "web", nestedTables: "listed", textBoxes: "included", hiddenText: "included" },
] as const;

describe.each(readable)("%s", (file) => {
  it.each(BEHAVIOURS)(
    "gives the same findings through Word ($platform; nested tables $nestedTables, text boxes $textBoxes, hidden text $hiddenText) as through the .docx reader",
    async (behaviour) => {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      await expectParity(bytes, new FakeWord(docxBlocks(bytes), { ...behaviour, deletedText: "included" }));
    },
  );
});

/**
 * The findings through Word and through the reader are the same. A paragraph's ref is its index
 * in Word's `body.paragraphs` (where 定位 goes), which counts a text box's table paragraphs when
 * Word lists them: the reader's paragraph refs are translated, paragraph for paragraph, and each
 * translated paragraph must be the reader's (same text).
 */
async function expectParity(bytes: Uint8Array, word: FakeWord, wordApi: "1.3" | "1.4" = "1.4") {
  const port = createWordPort(fakeHost(word, undefined, { wordApi, trackChanges: true }));
  const read = await port.read();
  if (!read.ok) throw new Error(`${read.reason} ${read.detail ?? ""}`);
  expect(read.value.issues ?? []).toEqual([]);
  const reader = readDocx(bytes);
  const paragraphs = (s: DocumentSnapshot) => s.blocks.filter((b) => b.kind === "paragraph");
  const ours = paragraphs(read.value.snapshot);
  expect(ours.map((p) => p.text)).toEqual(paragraphs(reader).map((p) => p.text));
  // Word's ref of each of the reader's paragraphs: its index in body.paragraphs, and the layout
  // table holding it where there is one
  const toWord = new Map(paragraphs(reader).map((p, k) => [p.ref.p, ours[k].ref]));
  const translated = (f: Finding): Finding =>
    typeof f.ref?.p === "number" ? { ...f, ref: { ...f.ref, p: -1, ...toWord.get(f.ref.p) } } : f;
  expect(check(read.value.snapshot).findings.map(key)).toEqual(
    check(reader).findings.map(translated).map(key),
  );
}

/**
 * Text pasted from a web page: headings, body and signature in paragraphs broken by manual line
 * breaks. How Word's paragraph `text` gives such a break is [Silent]; the engine reads each line
 * as a paragraph whichever it is, so the findings (and the refs, `line` included) are the reader's.
 */
describe("a report pasted with manual line breaks", () => {
  const bytes = new Uint8Array(readFileSync(path.join(dir, "pasted-lines.docx")));
  it.each(["\n", "\v", "\r"] as const)(
    "gives the same findings through Word (line breaks %j) as through the .docx reader",
    async (lineBreaks) => {
      const word = new FakeWord(docxBlocks(bytes), { lineBreaks });
      const read = await createWordPort(fakeHost(word)).read();
      if (!read.ok) throw new Error(read.reason);
      expect(read.value.issues ?? []).toEqual([]);
      const reader = readDocx(bytes);
      const texts = (s: DocumentSnapshot) =>
        s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
      expect(texts(read.value.snapshot).map((t) => t.replace(/[\v\r]/g, "\n"))).toEqual(texts(reader));
      expect(texts(reader).filter((t) => t.includes("\n"))).toHaveLength(3);
      const findings = check(read.value.snapshot).findings;
      expect(findings.map(key)).toEqual(check(reader).findings.map(key));
      expect(findings.find((f) => f.rule === "section-heading")).toMatchObject({
        ref: { line: expect.any(Number) },
      });
    },
  );
});

/**
 * A report whose 表三 sits in a text box. The .docx reader reads it (as a `box` table) and keeps
 * text-box paragraphs out of the body's; whether Word's `body.tables` and `body.paragraphs` reach
 * into text boxes is [Silent]. The body's OOXML shows the text box either way: where Word leaves
 * it out, its table is read from there; where Word lists it, it is known for the reader's `box`.
 */
describe("a table in a text box", () => {
  const bytes = wordLikeReport({ table: (k, markup) => (k === "table3" ? textBox(markup) : markup) });
  it.each(["excluded", "included"] as const)(
    "gives the same findings through Word (text boxes %s) as through the .docx reader",
    (textBoxes) => expectParity(bytes, new FakeWord(docxBlocks(bytes), { textBoxes })),
  );

  it("is left out of the self-test's tables and the mapping where Word lists it", async () => {
    const port = createWordPort(fakeHost(new FakeWord(docxBlocks(bytes), { textBoxes: "included" })));
    const read = await port.read();
    expect(read.ok && read.value.tables.map((m) => m.ref)).toEqual([{ t: 0 }, { t: 1 }]);
    const report = await port.selfTest!();
    expect(report.ok && report.value.tables.map((t) => t.t)).toEqual([0, 1]);
  });

  it("is loaded into the fake as the reader reads it: one table in a text box, the body's tables around it", () => {
    const blocks = docxBlocks(bytes);
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(2);
    expect(blocks.flatMap((b) => (b.kind === "p" ? (b.textBox ?? []) : []))).toHaveLength(1);
    const included = new FakeWord(blocks, { textBoxes: "included" });
    expect(included.tables).toHaveLength(3);
    expect(new FakeWord(blocks).tables).toHaveLength(2);
  });
});

/**
 * A web page turned into Word: the whole report in the page's layout table, headings, text and
 * statistical tables in one cell. Word's collections list it as a table and its paragraphs as a
 * table's; the add-in reads its content as the .docx reader does (its paragraphs numbered as
 * Word numbers them, its tables nested), so the findings are the reader's.
 */
describe("a web page turned into Word", () => {
  const small = docx({
    body:
      table(1, row(textCell("首页 > 年报")) + row(cell(para("一、总体情况") + textTable([["甲", "乙"]])))) +
      para("后"),
  });
  const cases: [string, Uint8Array][] = [
    ["a layout table of two rows", small],
    ...["clean-2021.docx", "pasted-lines.docx"].map((f): [string, Uint8Array] => [
      f,
      new Uint8Array(readFileSync(path.resolve(__dirname, "../fixtures/docx-web", f))),
    ]),
  ];

  it.each(cases)(
    "%s is loaded into the fake as Word holds it: one table, its paragraphs a table's",
    (_name, bytes) => {
      const word = new FakeWord(docxBlocks(bytes));
      expect(word.tables).toHaveLength(1);
      const models = word.paragraphModels();
      const inTable = models.filter((m) => m.tableNestingLevel > 0).length;
      expect(inTable).toBeGreaterThan(models.length / 2);
    },
  );

  describe.each(cases)("%s", (_name, bytes) => {
    it.each(BEHAVIOURS)(
      "gives the same findings through Word ($platform; nested tables $nestedTables) as through the .docx reader",
      (behaviour) =>
        expectParity(bytes, new FakeWord(docxBlocks(bytes), { ...behaviour, deletedText: "included" })),
    );
  });
});

/**
 * A report with a hidden run (`w:vanish`) in a body paragraph, a figure the reader does not see.
 * Whether Word's paragraph text (and reviewed text) holds it is [Silent]: the paragraph's OOXML
 * in the body's shows the hidden run, and its text is then taken as the reader reads it.
 */
describe("hidden text in a body paragraph", () => {
  const HIDDEN = `<w:r><w:rPr><w:vanish/></w:rPr><w:t>所有申请均已按期办结。本机关2022年度共承办申请12件。</w:t></w:r>`;
  const bytes = wordLikeReport({
    after: (s) => (s === 0 ? `<w:p><w:r><w:t>本年度依申请公开工作平稳。</w:t></w:r>${HIDDEN}</w:p>` : ""),
  });

  it("is loaded into the fake with the hidden run, which would give findings if it were shown", () => {
    const paragraph = docxBlocks(bytes).find((b) => b.kind === "p" && b.hidden);
    expect(paragraph).toMatchObject({
      text: "本年度依申请公开工作平稳。",
      hidden: "所有申请均已按期办结。本机关2022年度共承办申请12件。",
    });
    const shown = wordLikeReport({
      after: (s) =>
        s === 0
          ? `<w:p><w:r><w:t>本年度依申请公开工作平稳。所有申请均已按期办结。本机关2022年度共承办申请12件。</w:t></w:r></w:p>`
          : "",
    });
    expect(check(readDocx(shown)).findings.map(key)).not.toEqual(check(readDocx(bytes)).findings.map(key));
  });

  it.each([
    ["excluded", "1.4"],
    ["included", "1.4"],
    ["excluded", "1.3"],
    ["included", "1.3"],
  ] as const)(
    "gives the same findings through Word (hidden text %s, WordApi %s) as through the .docx reader",
    (hiddenText, wordApi) => expectParity(bytes, new FakeWord(docxBlocks(bytes), { hiddenText }), wordApi),
  );
});
