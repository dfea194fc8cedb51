/** @jest-environment jsdom */
/**
 * A web page turned into Word (test/fixtures/docx-web): the whole report in the page's layout
 * table. Word lists that table as a table and its paragraphs as a table's; the add-in reads its
 * content as the report, marks and fixes only what Word can address there, and says so.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { check, type CheckResult, type Finding, type SnapshotBlock } from "../../src/engine";
import { createWordPort, type DocumentPort } from "../../src/word";
import { planInsertSection, planRepairs } from "../../src/word/plan-repairs";
import { docxBlocks } from "./docx-blocks";
import {
  fakeHost,
  FakeWord,
  withContent,
  type FakeCell,
  type FakeCellBlock,
  type FakeTable,
} from "./fake-word";
import { wordLikeReport } from "../docx/fixtures/word-like-report";

Object.assign(globalThis, { TextDecoder });

const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, "../fixtures/docx-web/clean-2021.docx")));

/** The layout table's cells that hold content in order (see FakeCell.blocks). */
function layoutCells(word: FakeWord): FakeCell[] {
  return word.tables.flatMap((t) => t.rows.flat().filter((c) => c.blocks));
}

/** Changes a layout cell's content in place, its text kept in step (as Word would show it). */
function editLayout(word: FakeWord, edit: (blocks: FakeCellBlock[]) => FakeCellBlock[]): void {
  for (const cell of layoutCells(word)) withContent(Object.assign(cell, { blocks: edit(cell.blocks!) }));
}

const nestedTables = (word: FakeWord): FakeTable[] =>
  layoutCells(word).flatMap((c) => c.blocks!.flatMap((b) => (b.kind === "table" ? [b.table] : [])));

async function checked(word: FakeWord): Promise<{ port: DocumentPort; result: CheckResult }> {
  const port = createWordPort(fakeHost(word));
  const read = await port.read();
  if (!read.ok) throw new Error(read.reason);
  return { port, result: check(read.value.snapshot) };
}

it("is read as the report: every section and table found, no finding, as the .docx reader reads it", async () => {
  const word = new FakeWord(docxBlocks(bytes));
  expect(word.tables).toHaveLength(1);
  const { port, result } = await checked(word);
  expect(result.sections.every((s) => s.found)).toBe(true);
  expect(result.tables.every((t) => t.found)).toBe(true);
  expect(result.findings).toEqual([]);
  expect(check(readDocx(bytes)).findings).toEqual([]);
  const read = await port.read();
  expect(read.ok && read.value.tables).toEqual([
    { ref: { t: 0 }, cells: expect.any(Number), confirmed: 0, layout: true },
  ]);
  const self = await port.selfTest!();
  expect(self.ok && self.value.tables).toMatchObject([{ t: 0, layout: true }]);
});

describe("a total broken in a table inside it", () => {
  /** A figure of 表三's first value row, changed so its total no longer adds up. */
  function broken(): FakeWord {
    const word = new FakeWord(docxBlocks(bytes));
    const table3 = nestedTables(word).reduce((a, b) => (a.rows.length >= b.rows.length ? a : b));
    const cell = table3.rows.flat().find((c) => /^\d+$/.test(c.text.trim()) && Number(c.text) > 0)!;
    cell.text = String(Number(cell.text) + 7);
    return word;
  }

  it("is found, and nothing is shaded: its cells are counted as not located", async () => {
    const word = broken();
    const fills = JSON.stringify(nestedTables(word).map((t) => t.rows.map((r) => r.map((c) => c.fill))));
    const { port, result } = await checked(word);
    const cellFindings = result.findings.filter((f) => f.ref && "tr" in f.ref);
    expect(cellFindings.length).toBeGreaterThan(0);
    expect(cellFindings.every((f) => Array.isArray(f.ref!.path))).toBe(true);
    const marked = await port.mark(result);
    expect(marked.ok && marked.value).toMatchObject({ marked: 0, participating: 0 });
    expect(marked.ok && marked.value.unconfirmed).toBeGreaterThan(0);
    expect(JSON.stringify(nestedTables(word).map((t) => t.rows.map((r) => r.map((c) => c.fill))))).toBe(
      fills,
    );
  });

  it("定位 goes to the paragraph before its table", async () => {
    const word = broken();
    const { port, result } = await checked(word);
    const finding = result.findings.find((f) => f.ref && "tr" in f.ref) as Finding;
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const blocks = read.value.snapshot.blocks;
    const at = blocks.findIndex(
      (b) => b.kind === "table" && String(b.ref.path) === String(finding.ref!.path),
    );
    const before = blocks
      .slice(0, at)
      .reverse()
      .find((b) => b.kind === "paragraph" && b.text.trim());
    expect(await port.navigate(finding.ref!)).toEqual({ ok: true, value: undefined });
    expect(word.selection).toEqual({ p: before!.ref.p });
    const models = word.paragraphModels();
    expect(models[before!.ref.p as number].text).toBe(before!.kind === "paragraph" && before!.text);
    expect(models[before!.ref.p as number].tableNestingLevel).toBe(1);
  });

  it("定位 refuses when the paragraph before it changed since the check", async () => {
    const word = broken();
    const { port, result } = await checked(word);
    const finding = result.findings.find((f) => f.ref && "tr" in f.ref) as Finding;
    expect(await port.navigate(finding.ref!)).toEqual({ ok: true, value: undefined });
    const selected = word.paragraphModels()[(word.selection as { p: number }).p].text;
    editLayout(word, (blocks) =>
      blocks.map((b) => (b.kind === "p" && b.text === selected ? { ...b, text: `${b.text}（已改）` } : b)),
    );
    const moved = await port.navigate(finding.ref!);
    expect(moved).toMatchObject({ ok: false, reason: "stale" });
  });
});

it("fixes a heading's numbering inside it, in Word's paragraph, and the check passes again", async () => {
  const word = new FakeWord(docxBlocks(bytes));
  editLayout(word, (blocks) =>
    blocks.map((b) =>
      b.kind === "p" && b.text.startsWith("四、") ? { ...b, text: b.text.replace(/^四、/, "4、") } : b,
    ),
  );
  const { port, result } = await checked(word);
  const heading = result.findings.find((f) => f.rule === "section-heading");
  expect(heading?.fix).toMatchObject({ op: "set-paragraph-prefix", from: "4、", to: "四、" });
  expect(heading?.ref).toMatchObject({ layout: 0 });
  expect(await port.applyFix(heading!.fix!)).toEqual({ ok: true, value: undefined });
  const text = word.paragraphModels()[heading!.ref!.p as number].text;
  expect(text.startsWith("四、")).toBe(true);
  const again = await checked(word);
  expect(again.result.findings.filter((f) => f.rule === "section-heading")).toEqual([]);
});

describe("a section missing from it", () => {
  /** The report without 六 (its heading and what follows it up to the signature). */
  function withoutSix(word: FakeWord): void {
    editLayout(word, (blocks) => {
      const six = blocks.findIndex((b) => b.kind === "p" && b.text.startsWith("六、"));
      return six < 0
        ? blocks
        : blocks.filter((b, i) => i < six || (b.kind === "p" && /年.*月.*日$|局$/.test(b.text)));
    });
  }

  it("is reported, and no insertion is planned inside a table cell", async () => {
    const word = new FakeWord(docxBlocks(bytes));
    withoutSix(word);
    const { port, result } = await checked(word);
    expect(result.sections.find((s) => s.key === "s6")?.found).toBe(false);
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    expect(planInsertSection(read.value.snapshot, result, "s6")).toBeNull();
    expect(planRepairs(read.value.snapshot, result).filter((p) => p.kind === "insert-section")).toEqual([]);
  });

  it("is given an insertion in an ordinary report (the same check, body paragraphs)", async () => {
    const word = new FakeWord(docxBlocks(bytes));
    withoutSix(word);
    const read = await createWordPort(fakeHost(word)).read();
    if (!read.ok) throw new Error(read.reason);
    // the same content as body paragraphs and tables: the layout refs taken away
    const body = {
      blocks: read.value.snapshot.blocks.map((b): SnapshotBlock =>
        b.kind === "paragraph"
          ? { ...b, ref: { p: b.ref.p as number } }
          : { ...b, ref: { t: b.ref.t as number } },
      ),
    };
    expect(planInsertSection(body, check(body), "s6")).not.toBeNull();
  });
});

/**
 * Where Word listed a cell's paragraphs in another order than the document's, the read's
 * paragraph numbers would reach other paragraphs: the texts do not line up, so the report is
 * still read as the reader reads it, and 定位 and fixes refuse instead of reaching another paragraph.
 */
describe("Word listing a cell's nested tables' paragraphs before its own ([Silent])", () => {
  function typo(word: FakeWord): void {
    editLayout(word, (blocks) =>
      blocks.map((b) =>
        b.kind === "p" && b.text.startsWith("四、") ? { ...b, text: b.text.replace(/^四、/, "4、") } : b,
      ),
    );
  }

  it("gives the reader's findings", async () => {
    const word = new FakeWord(docxBlocks(bytes), { cellOrder: "tables-first" });
    typo(word);
    const inOrder = new FakeWord(docxBlocks(bytes));
    typo(inOrder);
    const key = (f: Finding) => [f.rule, f.section, f.table, f.row, f.column].join("|");
    const { result } = await checked(word);
    expect(result.findings.map(key)).toEqual((await checked(inOrder)).result.findings.map(key));
    expect(result.findings.some((f) => f.rule === "section-heading")).toBe(true);
  });

  it("refuses to fix or go to a paragraph it cannot confirm, and writes nothing", async () => {
    const word = new FakeWord(docxBlocks(bytes), { cellOrder: "tables-first" });
    typo(word);
    const before = JSON.stringify(word.paragraphModels().map((m) => m.text));
    const { port, result } = await checked(word);
    const heading = result.findings.find((f) => f.rule === "section-heading")!;
    expect(await port.applyFix(heading.fix!)).toMatchObject({ ok: false, reason: "stale" });
    expect(await port.navigate(heading.ref!)).toMatchObject({ ok: false, reason: "stale" });
    expect(JSON.stringify(word.paragraphModels().map((m) => m.text))).toBe(before);
  });
});

it("reads an ordinary report's tables once each: only a table with a table inside is read for its content", async () => {
  const host = fakeHost(new FakeWord(docxBlocks(wordLikeReport())));
  const parse = jest.fn(host.parse);
  const read = await createWordPort({ ...host, parse }).read();
  expect(read.ok && read.value.tables.length).toBeGreaterThanOrEqual(3);
  expect(parse.mock.calls.filter(([, options]) => options?.layoutTables === "content")).toEqual([]);

  const web = fakeHost(new FakeWord(docxBlocks(bytes)));
  const webParse = jest.fn(web.parse);
  await createWordPort({ ...web, parse: webParse }).read();
  expect(webParse.mock.calls.filter(([, options]) => options?.layoutTables === "content")).toHaveLength(1);
});

it("offers no 换成标准表格 for a damaged table inside it, and the port refuses one: the layout table holding the whole report stays", async () => {
  const word = new FakeWord(docxBlocks(bytes));
  // 表三 loses a row: the check finds the table damaged, as it would offer to replace it
  const table3 = nestedTables(word).reduce((a, b) => (a.rows.length >= b.rows.length ? a : b));
  table3.rows.splice(5, 1);
  const { port, result } = await checked(word);
  expect(result.findings.some((f) => f.table === "table3" && f.rule === "table-row-missing")).toBe(true);
  const read = await port.read();
  if (!read.ok) throw new Error(read.reason);
  expect(planRepairs(read.value.snapshot, result).filter((p) => p.kind === "replace-table")).toEqual([]);
  const parts = result.tables.find((t) => t.key === "table3")!.parts;
  expect(parts.every((ref) => Array.isArray(ref.path))).toBe(true);
  const before = JSON.stringify(word.blocks);
  const replaced = await port.replaceTable!({
    kind: "replace-table",
    table: "table3",
    format: "2021",
    parts,
    values: {},
    carried: 0,
    zeroFilled: 0,
    uncarried: [],
  });
  expect(replaced.ok).toBe(false);
  const inserted = await port.insert!({
    kind: "insert-table",
    table: "table4",
    format: "2021",
    anchor: { kind: "after", ref: parts[0], text: "" },
  });
  expect(inserted.ok).toBe(false);
  expect(JSON.stringify(word.blocks)).toBe(before);
});

it("plans no insertion at all when no section's heading is found in it: not after the page's footer either", async () => {
  const word = new FakeWord(docxBlocks(bytes));
  editLayout(word, (blocks) => blocks.filter((b) => !(b.kind === "p" && /^[一二三四五六]、/.test(b.text))));
  const { port, result } = await checked(word);
  expect(result.sections.filter((s) => s.found)).toEqual([]);
  const read = await port.read();
  if (!read.ok) throw new Error(read.reason);
  const last = read.value.snapshot.blocks.at(-1)!;
  expect(last.ref.layout).toBeUndefined(); // the page's footer, outside the layout table
  expect(planRepairs(read.value.snapshot, result).filter((p) => p.kind.startsWith("insert"))).toEqual([]);
});
