/** @jest-environment jsdom */
/**
 * Insertion and replacement in the fake Word: standard tables at the cursor or into the section
 * that lacks them, missing sections where they belong, damaged tables replaced, blanks filled —
 * each lands where the plan says, leaves every other block as it was, and writes in one sync.
 * Seed 002 (no section 四, table3 cut off after （五）2) is repaired to a check with no error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { reportTemplateDocx } from "../../src/docx/write";
import { check, type CheckResult, type DocumentSnapshot } from "../../src/engine";
import {
  fillZeroFixes,
  planInsertAtCursor,
  planInsertSection,
  planInsertTable,
  planRepairs,
  planReplaceTable,
  type DocumentPort,
} from "../../src/word";
import { docxBlocks } from "./docx-blocks";
import { setup } from "./seeded";
import { FakeWord, type FakeBlock } from "./fake-word";

// what the clerk's own wording says, which no repair writes for them (seed 002's 五 opens its
// items with half-width "(一)")
const ONLY_THE_CLERK = new Set(["template-leftover", "assessment-not-reported", "punctuation"]);

// jsdom (for DOMParser) has no TextDecoder; browsers and Node have both
Object.assign(globalThis, { TextDecoder });

const root = path.resolve(__dirname, "../..");
const seed002 = new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/seed-002.docx")));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

async function checkNow(port: DocumentPort): Promise<{ snapshot: DocumentSnapshot; result: CheckResult }> {
  const read = await port.read();
  if (!read.ok) throw new Error(`read failed: ${read.reason} ${read.detail ?? ""}`);
  const result = check(read.value.snapshot);
  await port.mark(result); // as 检查我的报告 does: the first write also proves the merged tables' addressing
  return { snapshot: read.value.snapshot, result };
}

/** Runs a port call and returns its result with the syncs it took. */
async function counted<T>(word: FakeWord, call: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = word.syncs;
  const value = await call();
  return { value, syncs: word.syncs - before };
}

/** The blocks that are not in `original` (by identity), and the original ones still there. */
function split(word: FakeWord, original: readonly FakeBlock[]) {
  return {
    added: word.blocks.filter((b) => !original.includes(b)),
    kept: word.blocks.filter((b) => original.includes(b)),
  };
}

const errors = (result: CheckResult) => result.findings.filter((f) => f.severity === "error");
const text = (b: FakeBlock | undefined) => (b?.kind === "p" ? b.text : b?.kind);

describe("inserting a missing section", () => {
  it("puts 四 after section 三's content and before 五's heading, in the report's heading format, and changes nothing else", async () => {
    const { word, port } = setup(docxBlocks(seed002));
    const { snapshot, result } = await checkNow(port);
    const plan = planInsertSection(snapshot, result, "s4")!;
    expect(plan.anchor).toMatchObject({ kind: "after", ref: { t: 1 } }); // after table3, the last block of 三
    const original = [...word.blocks];
    const before = clone(word.blocks);
    const { value, syncs } = await counted(word, () => port.insert!(plan));
    expect(value).toEqual({ ok: true, value: { tracked: false } });
    // confirm the place, read the model heading's look, write, remove the empty paragraph Word left after table4
    expect(syncs).toBe(4);
    const { added, kept } = split(word, original);
    expect(clone(kept)).toEqual(before); // nothing else changed
    const at = word.blocks.indexOf(added[0]);
    expect(word.blocks[at - 1]).toBe(original.filter((b) => b.kind === "table")[1]);
    expect(added.map(text)).toEqual([
      "四、政府信息公开行政复议、行政诉讼情况",
      expect.stringMatching(/^本年度因政府信息公开工作被申请行政复议、提起行政诉讼的数据见下表。【请填写/),
      "table",
    ]);
    const five = word.blocks.findIndex((b) => text(b)?.startsWith("五、"));
    expect(five).toBeGreaterThan(at + added.length - 1);
    // the heading copies the format of the report's own section headings
    const model = original.find((b) => text(b) === "三、收到和处理政府信息公开申请情况") as Extract<
      FakeBlock,
      { kind: "p" }
    >;
    expect(added[0]).toMatchObject({ style: model.style, outlineLevel: model.outlineLevel });
    expect(added[2]).toMatchObject({ kind: "table", tag: "report-check/table/table4" });

    const again = (await checkNow(port)).result;
    expect(again.sections.find((s) => s.key === "s4")).toMatchObject({ found: true });
    expect(again.tables.find((t) => t.key === "table4")).toMatchObject({
      found: true,
      bound: 15,
      expected: 15,
    });
    expect(again.findings.filter((f) => f.section === "s4" && f.rule !== "template-leftover")).toEqual([]);
  });

  it("refuses, changing nothing, when the paragraph it would go after has been edited since the check", async () => {
    const blocks = docxBlocks(seed002);
    const { word, port } = setup(blocks);
    const { snapshot, result } = await checkNow(port);
    const plan = planInsertSection(snapshot, result, "s4")!;
    const paragraphPlan = { ...plan, anchor: { kind: "after" as const, ref: { p: 0 }, text: "原来的标题" } };
    const before = clone(word.blocks);
    expect(await port.insert!(paragraphPlan)).toMatchObject({ ok: false, reason: "stale" });
    expect(clone(word.blocks)).toEqual(before);
  });
});

describe("inserting a section into a report whose headings Word numbers", () => {
  it("writes the title only and keeps the list, so Word numbers the new heading 四、", async () => {
    const blocks = docxBlocks(reportTemplateDocx(2024)).map((b): FakeBlock => {
      const m = b.kind === "p" ? /^([一二三四五六]、)(.*)$/.exec(b.text) : null;
      return m && b.kind === "p" ? { ...b, text: m[2], listString: m[1] } : b;
    });
    const start = blocks.findIndex((b) => b.kind === "p" && b.listString === "四、");
    const end = blocks.findIndex((b) => b.kind === "p" && b.listString === "五、");
    blocks.splice(start, end - start);
    const { word, port } = setup(blocks);
    const { snapshot, result } = await checkNow(port);
    const plan = planInsertSection(snapshot, result, "s4")!;
    expect(plan.model).toMatchObject({ listNumbering: true });
    const original = [...word.blocks];
    expect((await port.insert!(plan)).ok).toBe(true);
    const { added } = split(word, original);
    expect(text(added[0])).toBe("政府信息公开行政复议、行政诉讼情况");
    const model = original.find((b) => b.kind === "p" && b.listString === "三、") as Extract<
      FakeBlock,
      { kind: "p" }
    >;
    expect(added[0]).toMatchObject({ style: model.style, outlineLevel: model.outlineLevel });
  });
});

describe("inserting a standard table", () => {
  const template = () => docxBlocks(reportTemplateDocx(2024));

  it("puts the missing table into its section, after the section's text", async () => {
    const blocks = template();
    const tables = blocks.filter((b) => b.kind === "table");
    blocks.splice(blocks.indexOf(tables[2]), 1); // table4 gone
    const { word, port } = setup(blocks);
    const { snapshot, result } = await checkNow(port);
    expect(result.findings.map((f) => f.rule)).toContain("table-missing");
    const plan = planInsertTable(snapshot, result, "table4")!;
    expect(plan.anchor).toMatchObject({
      kind: "after",
      text: expect.stringMatching(/^本年度因政府信息公开工作/),
    });
    const original = [...word.blocks];
    const before = clone(word.blocks);
    const { value, syncs } = await counted(word, () => port.insert!(plan));
    expect(value.ok).toBe(true);
    expect(syncs).toBe(3); // confirm, write, remove the empty paragraph Word left after the table
    const { added, kept } = split(word, original);
    expect(clone(kept)).toEqual(before);
    expect(added.map(text)).toEqual(["table"]);
    expect(text(word.blocks[word.blocks.indexOf(added[0]) - 1])).toMatch(/^本年度因政府信息公开工作/);
    const again = (await checkNow(port)).result;
    expect(again.tables.map((t) => t.bound)).toEqual([10, 175, 15]);
    expect(errors(again)).toEqual([]);
  });

  it("inserts at the cursor, after the cursor's paragraph", async () => {
    const { word, port } = setup([
      { kind: "p", text: "前文" },
      { kind: "p", text: "光标所在段落" },
      { kind: "p", text: "后文" },
    ]);
    word.cursor = 1;
    await checkNow(port);
    const { value, syncs } = await counted(word, () => port.insert!(planInsertAtCursor(null, "table3")));
    expect(value.ok).toBe(true);
    expect(syncs).toBe(3);
    expect(word.blocks.map(text)).toEqual(["前文", "光标所在段落", "table", "后文"]);
    const table = word.blocks[2];
    expect(table).toMatchObject({ tag: "report-check/table/table3" });
    expect(check((await checkNow(port)).snapshot).tables[1]).toMatchObject({ found: true, bound: 175 });
  });

  it("refuses to put a table into a table cell", async () => {
    const blocks = template();
    const { word, port } = setup(blocks);
    await checkNow(port);
    const models = word.paragraphModels();
    word.cursor = models.findIndex((m) => m.tableNestingLevel > 0);
    const before = clone(word.blocks);
    expect(await port.insert!(planInsertAtCursor(null, "table2"))).toMatchObject({
      ok: false,
      reason: "cursor-in-table",
    });
    expect(clone(word.blocks)).toEqual(before);
  });

  it("says when Track Changes is on", async () => {
    const { word, port } = setup([{ kind: "p", text: "段落" }], { trackChanges: true });
    word.cursor = 0;
    await checkNow(port);
    expect(await port.insert!(planInsertAtCursor(null, "table4"))).toEqual({
      ok: true,
      value: { tracked: true },
    });
  });

  it("writes nothing into a protected document", async () => {
    const { word, port } = setup([{ kind: "p", text: "段落" }], { protected: true });
    await checkNow(port);
    const before = clone(word.blocks);
    expect(await port.insert!(planInsertAtCursor(null, "table4"))).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(clone(word.blocks)).toEqual(before);
  });
});

describe("no stray paragraph after an inserted table, whatever Word leaves", () => {
  const behaviours = (["merge", "keep", "drop"] as const).flatMap((ooxmlReplace) =>
    (["plain", "inherit"] as const).map((paragraphNumbering) => ({ ooxmlReplace, paragraphNumbering })),
  );
  const numbered = (text: string): FakeBlock => ({
    kind: "p",
    text,
    listString: "1.",
    list: { id: 3, level: 0 },
  });
  const table = (): FakeBlock => ({ kind: "table", table: { rows: [[{ text: "表" }]] } });

  it.each(behaviours)("at a numbered cursor paragraph, under %j", async (options) => {
    const { word, port } = setup(
      [{ kind: "p", text: "前文" }, numbered("光标所在段落"), { kind: "p", text: "后文" }],
      options,
    );
    word.cursor = 1;
    await checkNow(port);
    const before = clone(word.blocks);
    const done = await port.insert!(planInsertAtCursor(null, "table3"));
    expect(done).toEqual({ ok: true, value: { tracked: false } });
    expect(word.blocks.map(text)).toEqual(["前文", "光标所在段落", "table", "后文"]);
    expect(clone(word.blocks.filter((b) => b.kind === "p"))).toEqual(before);
  });

  it.each(behaviours)(
    "before a table or at the document's end, one plain paragraph stays, under %j",
    async (options) => {
      for (const rest of [[table()], []]) {
        const { word, port } = setup(
          [{ kind: "p", text: "前文" }, numbered("光标所在段落"), ...rest],
          options,
        );
        word.cursor = 1;
        await checkNow(port);
        expect((await port.insert!(planInsertAtCursor(null, "table3"))).ok).toBe(true);
        const after = word.blocks.slice(2);
        expect(after[0]).toMatchObject({ kind: "table", tag: "report-check/table/table3" });
        // a table needs a paragraph after it: Word's, kept, out of any list
        expect(after[1]).toMatchObject({ kind: "p", text: "" });
        expect((after[1] as Extract<FakeBlock, { kind: "p" }>).listString).toBeUndefined();
        expect(after.slice(2).map(text)).toEqual(rest.map(text));
      }
    },
  );

  it.each(behaviours)("replacing seed 002's table3, under %j", async (options) => {
    const { word, port } = setup(docxBlocks(seed002), options);
    const { snapshot, result } = await checkNow(port);
    const original = [...word.blocks];
    const oldTable = original.filter((b) => b.kind === "table")[1];
    const next = original[original.indexOf(oldTable) + 1];
    expect((await port.replaceTable!(planReplaceTable(snapshot, result, "table3")!)).ok).toBe(true);
    const { added } = split(word, original);
    expect(added.map(text)).toEqual(["table"]);
    expect(word.blocks[word.blocks.indexOf(added[0]) + 1]).toBe(next);
  });

  it("says the insertion is in but untidy when Word refuses to remove the paragraph", async () => {
    const { word, port } = setup([
      { kind: "p", text: "前文" },
      { kind: "p", text: "后文" },
    ]);
    word.cursor = 0;
    await checkNow(port);
    word.faults.deleteParagraph = true;
    expect(await port.insert!(planInsertAtCursor(null, "table3"))).toEqual({
      ok: true,
      value: { tracked: false, untidy: true },
    });
    expect(word.blocks.map(text)).toEqual(["前文", "table", "", "后文"]);
  });
});

describe("replacing a damaged table and filling blanks", () => {
  it("carries every bound value of seed 002's table3 into the standard table and fills the missing rows with 0", async () => {
    const { word, port } = setup(docxBlocks(seed002));
    const { snapshot, result } = await checkNow(port);
    const plan = planReplaceTable(snapshot, result, "table3")!;
    expect(plan).toMatchObject({ carried: 119, zeroFilled: 56, uncarried: [] });
    const original = [...word.blocks];
    const oldTable = original.filter((b) => b.kind === "table")[1];
    const { value, syncs } = await counted(word, () => port.replaceTable!(plan));
    expect(value.ok).toBe(true);
    expect(syncs).toBe(3); // check the parts, write, remove the empty paragraph Word left after the table
    expect(word.blocks).not.toContain(oldTable);
    const { added } = split(word, original);
    expect(added.map(text)).toEqual(["table"]);
    expect(word.blocks.indexOf(added[0])).toBe(original.indexOf(oldTable));
    const again = (await checkNow(port)).result;
    expect(again.tables[1]).toMatchObject({ found: true, bound: 175, expected: 175 });
    for (const cell of result.cells.filter((c) => c.key.table === "table3")) {
      const now = again.cells.find(
        (c) => c.key.table === "table3" && c.key.row === cell.key.row && c.key.column === cell.key.column,
      );
      expect(now?.text).toBe(cell.text.trim());
    }
    expect(again.findings.filter((f) => f.rule === "table-row-missing")).toEqual([]);
  });

  it("lists the numbers it could not carry", async () => {
    const blocks = docxBlocks(seed002);
    const table3 = blocks.filter((b) => b.kind === "table")[1] as Extract<FakeBlock, { kind: "table" }>;
    table3.table.rows.push([{ text: "小计" }, { text: "", gridSpan: 8 }, { text: "7" }]);
    const { port } = setup(blocks);
    const { snapshot, result } = await checkNow(port);
    const plan = planReplaceTable(snapshot, result, "table3")!;
    expect(plan.uncarried).toEqual([expect.objectContaining({ text: "7", rowLabel: "小计" })]);
  });

  it("fills every blank of a table with 0 in one write, as tracked changes, and refuses the cells changed since", async () => {
    const { word, port } = setup(docxBlocks(seed002));
    const { result } = await checkNow(port);
    const fixes = fillZeroFixes(result, "table3");
    expect(fixes).toHaveLength(102);
    const table3 = word.blocks.filter((b) => b.kind === "table")[1] as Extract<FakeBlock, { kind: "table" }>;
    const first = fixes[0] as Extract<(typeof fixes)[number], { op: "set-cell" }>;
    table3.table.rows[first.ref.tr as number][first.ref.tc as number].text = "3"; // the clerk typed a figure
    const { value, syncs } = await counted(word, () => port.applyFixes!(fixes));
    expect(value).toEqual({ ok: true, value: { applied: 101, refused: 1, tracked: true } });
    // one to read the Track Changes mode, the two of the write, one to put the mode back
    expect(syncs).toBe(4);
    expect(word.trackingModes).toEqual(["TrackAll", "Off"]);
    expect(word.options.trackChanges).toBe(false);
    const again = (await checkNow(port)).result;
    expect(again.findings.filter((f) => f.rule === "cell-blank")).toEqual([]);
  });
});

describe("seed 002 repaired from the pane's plans", () => {
  it("ends with a check that has no error", async () => {
    const { port } = setup(docxBlocks(seed002));
    let { snapshot, result } = await checkNow(port);
    expect(errors(result).length).toBeGreaterThan(0);
    // every repair the pane offers, one at a time, each followed by a fresh check
    for (let round = 0; round < 6; round++) {
      const plan = planRepairs(snapshot, result)[0];
      if (!plan) break;
      const done = plan.kind === "replace-table" ? await port.replaceTable!(plan) : await port.insert!(plan);
      expect(done.ok).toBe(true);
      ({ snapshot, result } = await checkNow(port));
    }
    expect(planRepairs(snapshot, result)).toEqual([]);
    for (const table of ["table2", "table3", "table4"] as const) {
      const fixes = fillZeroFixes(result, table);
      if (fixes.length) expect((await port.applyFixes!(fixes)).ok).toBe(true);
    }
    result = (await checkNow(port)).result;
    expect(errors(result)).toEqual([]);
    // left: the placeholders inserted, 一's missing 考核/评议/追究 and 五's half-width brackets, which only the clerk can write
    expect(result.findings.filter((f) => !ONLY_THE_CLERK.has(f.rule))).toEqual([]);
    expect(result.tables.map((t) => [t.bound, t.expected])).toEqual([
      [10, 10],
      [175, 175],
      [15, 15],
    ]);
  });
});
