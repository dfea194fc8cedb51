/** @jest-environment jsdom */
/**
 * Word's text holds U+0005 where a comment is anchored (office-js#2114 on Windows, "by design";
 * #2258 on Mac), and other marks for what is anchored in a range; the OOXML reader reads none of
 * them as text. `sameText` (src/word/_lib/same-text.ts) must not count them, or a cell holding a
 * comment (the add-in's own 批注 sit in exactly the cells it shaded) fails calibration, the
 * addressing probe and a fix's text check, loses its address, and keeps its mark.
 */
import { check } from "../../../src/engine";
import { fillZeroFixes, planReplaceTable } from "../../../src/word";
import { sameText } from "../../../src/word/_lib/same-text";
import type { FakeCell, FakeOptions } from "../fake-word";
import { changedFills, clone, seed002, setup, tablesOf } from "../seeded";

describe("sameText", () => {
  it.each([
    ["12\u0005", "12"],
    ["\u000512", "12"],
    ["1\u00052", "12"],
    ["合计\u0002", "合计"],
    ["\u0001图", "图"],
    ["自然\u001f人", "自然人"],
    ["12\u0007", "12"],
  ])("takes %j for %j", (word, reader) => {
    expect(sameText(word, reader)).toBe(true);
  });

  it("still tells different text apart", () => {
    expect(sameText("12\u0005", "13")).toBe(false);
    expect(sameText("\u0005", "0")).toBe(false);
  });
});

const switches: FakeOptions[] = [
  { commentMarks: "text", cellCount: "physical", getCell: "counted" },
  { commentMarks: "text", cellCount: "skip-continuation", getCell: "counted" },
  { commentMarks: "text", cellCount: "physical", textBoxes: "included", deletedText: "included" },
];

describe.each(switches)("cells holding a comment (%j)", (options) => {
  const commented = () => setup(seed002(), options, { comments: true });

  it("one 清除标记 takes every mark off after a check with 批注", async () => {
    const { word, port } = commented();
    const before = clone(word.fills());
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const marked = await port.mark(check(read.value.snapshot), { comments: true });
    expect(marked.ok && marked.value.marked).toBeGreaterThan(0);
    expect(marked.ok && marked.value.comments).toBeGreaterThan(0);

    const cleared = await port.clearMarks();

    expect(cleared.ok && cleared.value.unreachable).toBe(0);
    expect(changedFills(word, before)).toEqual([]);
    expect(word.comments).toEqual([]);
  });

  it("a second check with 批注 reaches every cell the first did, and replaces its comments", async () => {
    const { word, port } = commented();
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const first = await port.mark(check(read.value.snapshot), { comments: true });
    const again = await port.read();
    if (!again.ok) throw new Error(again.reason);
    const second = await port.mark(check(again.value.snapshot), { comments: true });

    expect(again.ok && again.value.tables).toEqual(read.value.tables);
    expect(second.ok && second.value.unconfirmed).toBe(first.ok && first.value.unconfirmed);
    expect(word.comments.length).toBe(first.ok ? first.value.comments : -1);
  });

  it("a reviewer's comment in a cell leaves its address as it was", async () => {
    const { word, port } = commented();
    const r0 = await port.read();
    if (!r0.ok) throw new Error(r0.reason);
    // a reviewer commented a cell of 表三, and one of a merged row
    const table3 = tablesOf(word)[1].table;
    const merged = table3.rows.flat().find((c) => (c.gridSpan ?? 1) > 1 && c.vMerge !== "continue");
    expect(merged).toBeDefined();
    for (const cell of [table3.rows[5][3], merged])
      word.comments.push({ content: "此数有误，请核实", at: null, cell } as never);
    const r1 = await port.read();
    if (!r1.ok) throw new Error(r1.reason);
    const confirmed = (r: typeof r0) => (r.ok ? r.value.tables.map((t) => t.confirmed) : []);
    expect(confirmed(r1)).toEqual(confirmed(r0));
    // and the addressing probe of the merged 表三 (first write) still proves it
    const marked = await port.mark(check(r1.value.snapshot));
    expect(marked.ok && marked.value.unverifiedTables).toBeFalsy();
  });

  it("空白填0 right after a check with 批注 fills every blank cell it flagged", async () => {
    const { word, port } = commented();
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const result = check(read.value.snapshot);
    await port.mark(result, { comments: true });
    const fixes = fillZeroFixes(result, "table3");
    expect(fixes.length).toBeGreaterThan(0);

    const done = await port.applyFixes!(fixes);

    expect(done.ok && done.value.applied).toBe(fixes.length);
    const cells = tablesOf(word)[1].table.rows.flat() as FakeCell[];
    expect(cells.filter((c) => c.text === "0").length).toBeGreaterThanOrEqual(fixes.length);
  });

  it("换成标准表格 right after a check with 批注 takes the commented table for the one it read", async () => {
    const { word, port } = commented();
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const result = check(read.value.snapshot);
    await port.mark(result, { comments: true });
    const plan = planReplaceTable(read.value.snapshot, result, "table3")!;
    const [, table3] = tablesOf(word);

    const done = await port.replaceTable!(plan);

    expect(done.ok).toBe(true);
    expect(word.blocks).not.toContain(table3);
  });
});

describe("a text box's table holding a comment, where Word lists it among the body's", () => {
  it("is still matched with the reader's text-box table, so the tables are not left unchecked", async () => {
    const blocks = seed002();
    const box = {
      rows: [
        [{ text: "联系人" }, { text: "电话" }],
        [{ text: "张三" }, { text: "12345" }],
      ],
    };
    const title = blocks.find((b) => b.kind === "p")!;
    if (title.kind === "p") title.textBox = [box];
    const { word, port } = setup(blocks, { commentMarks: "text", textBoxes: "included" }, { comments: true });
    word.comments.push({ content: "核实电话", at: null, cell: box.rows[1][1] } as never);

    const read = await port.read();

    expect(read.ok && (read.value.issues ?? []).filter((i) => i.kind === "story")).toEqual([]);
    expect(read.ok && read.value.tables.length).toBe(2);
  });
});
