/** @jest-environment jsdom */
/**
 * Where an insertion goes (src/word/_lib/insert-at.ts, through the port): next to the block the
 * check planned it by, or nowhere. 清除标记 and 自检 read afresh; a plan's refs then name other
 * blocks when the clerk added one above, so the port refuses; a table anchor must still be the
 * table the check read (its shape and its text), not any table of as many rows.
 */
import { planInsertSection } from "../../../src/word";
import type { FakeBlock, FakeOptions } from "../fake-word";
import { checkNow, seed002, setup, tablesOf, text } from "../seeded";

const pasted = (): FakeBlock => ({
  kind: "table",
  table: {
    rows: [
      [{ text: "附：联系人" }, { text: "电话" }],
      [{ text: "张三" }, { text: "12345" }],
    ],
  },
});

const switches: FakeOptions[] = [
  { ooxmlReplace: "merge" },
  { ooxmlReplace: "keep", paragraphNumbering: "inherit" },
  { ooxmlReplace: "drop", textBoxes: "included" },
];

const headingAt = (blocks: FakeBlock[], start: string) => blocks.findIndex((b) => text(b)?.startsWith(start));

describe.each(switches)("an insertion planned by the check, through a later read (%j)", (options) => {
  it("插入这一部分 after 表三 refuses once a table pasted above 表三 and 清除标记 renumbered the tables", async () => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port);
    const plan = planInsertSection(snapshot, result, "s4")!;
    expect(plan.anchor).toMatchObject({ kind: "after", ref: { t: 1 } });
    const [, table3] = tablesOf(word);
    word.blocks.splice(word.blocks.indexOf(table3), 0, pasted());
    expect((await port.clearMarks()).ok).toBe(true);
    const blocks = [...word.blocks];

    const done = await port.insert!(plan);

    expect(done).toMatchObject({ ok: false, reason: "stale" });
    expect(word.blocks).toEqual(blocks);
  });

  it("插入这一部分 after a paragraph refuses once a copy of it pasted above and 清除标记 renumbered the paragraphs", async () => {
    // a report without section 六: it goes after the last paragraph of 五
    const blocks = seed002();
    blocks.splice(headingAt(blocks, "六、"));
    const { word, port } = setup(blocks, options);
    const { snapshot, result } = await checkNow(port);
    const plan = planInsertSection(snapshot, result, "s6")!;
    expect(plan.anchor.kind).toBe("after");
    const anchor = word.blocks[word.blocks.length - 1];
    expect(plan.anchor).toMatchObject({ text: text(anchor) });
    // the clerk copies the last paragraph and pastes it just above itself
    word.blocks.splice(word.blocks.length - 1, 0, { ...(anchor as Extract<FakeBlock, { kind: "p" }>) });
    expect((await port.clearMarks()).ok).toBe(true);
    const before = [...word.blocks];

    const done = await port.insert!(plan);

    if (done.ok) expect(word.blocks.indexOf(anchor)).toBe(headingAt(word.blocks, "六、") - 1);
    else expect(word.blocks).toEqual(before);
    expect(done).toMatchObject({ ok: false, reason: "stale" });
  });

  it("goes where the check planned it after 清除标记 when nothing changed", async () => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port);
    const plan = planInsertSection(snapshot, result, "s4")!;
    const [, table3] = tablesOf(word);
    expect((await port.clearMarks()).ok).toBe(true);

    const done = await port.insert!(plan);

    expect(done.ok).toBe(true);
    expect(word.blocks[headingAt(word.blocks, "四、政府信息公开行政复议") - 1]).toBe(table3);
  });

  it("refuses next to a table whose text changed since the check, its row count the same", async () => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port, false);
    const plan = planInsertSection(snapshot, result, "s4")!;
    const [, table3] = tablesOf(word);
    table3.table.rows[4].find((c) => c.text.trim() === "" && c.vMerge !== "continue")!.text = "7";
    const blocks = [...word.blocks];

    const done = await port.insert!(plan);

    expect(done).toMatchObject({ ok: false, reason: "stale" });
    expect(word.blocks).toEqual(blocks);
  });
});
