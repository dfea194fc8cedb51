/** @jest-environment jsdom */
/**
 * Where an insertion goes (src/word/_lib/insert-at.ts, through the port): next to the block the
 * check planned it by, or nowhere. 清除标记 and 自检 read afresh; a plan's refs then name other
 * blocks when the clerk added one above, so the port refuses; a table anchor must still be the
 * table the check read (its shape and its text), not any table of as many rows.
 */
import { planInsertAtCursor, planInsertSection, planReplaceTable } from "../../../src/word";
import { LEFT_BEHIND } from "../../../src/word/_lib/insert-at";
import { HALF_REPLACED } from "../../../src/word/replace-table";
import type { FakeBlock, FakeOptions } from "../fake-word";
import { checkNow, pasted, seed002, setup, tablesOf, text } from "../seeded";

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

/**
 * An insertion's write batch is not transactional (office-js-docs reference/word/error.md:
 * commands before the failing one stay applied): a write failing after the heading or the empty
 * paragraph went in must not leave them behind. Every write count is tried: the insertion is
 * wholly in, or nothing of it is left.
 */
describe.each([
  { ooxmlReplace: "merge" },
  { ooxmlReplace: "keep", paragraphNumbering: "inherit" },
  { ooxmlReplace: "drop" },
  { ooxmlReplace: "drop", attachToList: "throws" },
] as FakeOptions[])("an insertion whose write fails half-way (%j)", (options) => {
  const added = (word: { blocks: FakeBlock[] }, original: FakeBlock[]) =>
    word.blocks.filter((b) => !original.includes(b)).map(text);

  it.each(Array.from({ length: 22 }, (_, n) => n))(
    "插入这一部分, failing after %i writes, is wholly in or leaves nothing",
    async (n) => {
      const { word, port } = setup(seed002(), options);
      const { snapshot, result } = await checkNow(port);
      const plan = planInsertSection(snapshot, result, "s4")!;
      const original = [...word.blocks];
      word.faults = { writesBeforeFailure: n, once: true };

      const done = await port.insert!(plan);

      word.faults.writesBeforeFailure = undefined;
      if (!done.ok) {
        expect(added(word, original)).toEqual([]);
        expect(word.blocks).toEqual(original);
      } else expect(headingAt(word.blocks, "四、政府信息公开行政复议")).toBeGreaterThan(0);
    },
  );

  it.each(Array.from({ length: 12 }, (_, n) => n))(
    "a section with no heading of the report's to look like, failing after %i writes, is wholly in or leaves nothing",
    async (n) => {
      // a report with no numbered section headings: the package brings its own heading
      const blocks = seed002().map((b) =>
        b.kind === "p" && /^[一二三四五六]、/.test(b.text) ? { ...b, text: b.text.slice(2) } : b,
      );
      const { word, port } = setup(blocks, options);
      const { snapshot, result } = await checkNow(port);
      const plan = planInsertSection(snapshot, result, "s4");
      if (!plan || plan.model) return;
      const original = [...word.blocks];
      word.faults = { writesBeforeFailure: n, once: true };
      const done = await port.insert!(plan);
      word.faults.writesBeforeFailure = undefined;
      if (!done.ok) expect(word.blocks).toEqual(original);
    },
  );

  it.each(Array.from({ length: 8 }, (_, n) => n))(
    "在光标处插入标准表格, failing after %i writes, is wholly in or leaves nothing",
    async (n) => {
      const { word, port } = setup(seed002(), options);
      await checkNow(port);
      word.cursor = 1; // the paragraph after the title
      const original = [...word.blocks];
      word.faults = { writesBeforeFailure: n, once: true };

      const done = await port.insert!(planInsertAtCursor(null, "table4"));

      word.faults.writesBeforeFailure = undefined;
      if (!done.ok) expect(word.blocks).toEqual(original);
      else expect(added(word, original)).toContain("table");
    },
  );

  it.each(Array.from({ length: 8 }, (_, n) => n))(
    "换成标准表格, failing after %i writes, loses nothing of the clerk's and leaves no stray paragraph",
    async (n) => {
      const { word, port } = setup(seed002(), options);
      const { snapshot, result } = await checkNow(port);
      const plan = planReplaceTable(snapshot, result, "table3")!;
      const [, table3] = tablesOf(word);
      const original = [...word.blocks];
      word.faults = { writesBeforeFailure: n, once: true };

      const done = await port.replaceTable!(plan);

      word.faults.writesBeforeFailure = undefined;
      if (done.ok) expect(word.blocks).not.toContain(table3);
      else expect(word.blocks).toEqual(original);
    },
  );
});

describe("an insertion whose write fails half-way, Word refusing every write after", () => {
  /** The clerk's blocks are all there, in their order, whatever was added between them. */
  const keptInOrder = (blocks: FakeBlock[], original: FakeBlock[]) =>
    expect(blocks.filter((b) => original.includes(b))).toEqual(original);

  it.each(Array.from({ length: 16 }, (_, n) => n))(
    "插入这一部分, failing after %i writes: refused, the clerk's content kept, and told what may be left",
    async (n) => {
      const { word, port } = setup(seed002());
      const { snapshot, result } = await checkNow(port);
      const plan = planInsertSection(snapshot, result, "s4")!;
      const original = [...word.blocks];
      word.faults = { writesBeforeFailure: n };

      const done = await port.insert!(plan);

      word.faults = {};
      keptInOrder(word.blocks, original);
      if (done.ok) return;
      if (word.blocks.length > original.length) expect(done.detail).toContain(LEFT_BEHIND);
      else expect(done.detail ?? "").not.toContain(LEFT_BEHIND);
    },
  );

  it.each(Array.from({ length: 6 }, (_, n) => n))(
    "换成标准表格, failing after %i writes: the clerk's table kept, and told when a new table is left beside it",
    async (n) => {
      const { word, port } = setup(seed002());
      const { snapshot, result } = await checkNow(port);
      const plan = planReplaceTable(snapshot, result, "table3")!;
      const original = [...word.blocks];
      word.faults = { writesBeforeFailure: n };

      const done = await port.replaceTable!(plan);

      word.faults = {};
      // done, only the tidying after it refused (untidy); or refused with the clerk's table kept
      if (done.ok) expect(done.value.untidy).toBe(true);
      else {
        keptInOrder(word.blocks, original);
        if (tablesOf(word).length > 2) expect(done.detail).toContain(HALF_REPLACED);
      }
    },
  );
});

/**
 * 在光标处插入标准表格 goes only into the document's own text: the selection's body
 * (`Range.parentBody.type`, WordApi 1.3) says whether the cursor is in a header, footer, note or
 * text box; whichever type Word gives the main text ("MainDoc" or a section's body, docs silent),
 * a table goes there.
 */
describe.each(["MainDoc", "Section"] as const)("the cursor's story (main text reads %s)", (mainBodyType) => {
  it.each(["Header", "Footer", "Footnote", "Endnote", "Unknown"] as const)(
    "refuses with a clear reason when the cursor is in a %s, changing nothing",
    async (story) => {
      const { word, port } = setup(seed002(), { mainBodyType });
      word.cursor = 1;
      word.cursorIn = story;
      const blocks = [...word.blocks];

      const done = await port.insert!(planInsertAtCursor(null, "table4"));

      expect(done).toMatchObject({ ok: false, reason: "cursor-outside-body" });
      expect(word.blocks).toEqual(blocks);
    },
  );

  it("inserts in the document's text", async () => {
    const { word, port } = setup(seed002(), { mainBodyType });
    word.cursor = 1;
    const blocks = [...word.blocks];

    const done = await port.insert!(planInsertAtCursor(null, "table4"));

    expect(done.ok).toBe(true);
    expect(word.blocks.length).toBeGreaterThan(blocks.length);
  });
});
