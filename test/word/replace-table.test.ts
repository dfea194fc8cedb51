/** @jest-environment jsdom */
/**
 * 换成标准表格 carries out a plan made from the check: its parts are the check's table refs. Through
 * a later read (清除标记 and 自检 read afresh) they may name other tables, after the clerk added one
 * above: then the port refuses, and a part is replaced only while it is the table the check read
 * (its shape and text, not its row count alone).
 */
import { planReplaceTable } from "../../src/word";
import { LEFT_BEHIND } from "../../src/word/_lib/insert-at";
import { HALF_REPLACED, UNDONE } from "../../src/word/replace-table";
import type { FakeBlock, FakeOptions, FakeTable, FakeWord } from "./fake-word";
import { checkNow, pasted, seed002, setup, tablesOf } from "./seeded";

const switches: FakeOptions[] = [
  { cellCount: "physical" },
  { cellCount: "skip-continuation" },
  { cellCount: "physical", textBoxes: "included" },
];

describe.each(switches)("换成标准表格 through a read other than the check's (%j)", (options) => {
  it.each([
    ["at the top of the report", 1],
    ["just above 表三", -1],
  ])("refuses after a table pasted %s and 清除标记, keeping every table", async (_, at) => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port);
    const plan = planReplaceTable(snapshot, result, "table3")!;
    expect(plan.parts).toEqual([{ t: 1 }]);
    const [table2, table3] = tablesOf(word);
    word.blocks.splice(at < 0 ? word.blocks.indexOf(table3) : at, 0, pasted());
    expect((await port.clearMarks()).ok).toBe(true);
    const blocks = [...word.blocks];

    const done = await port.replaceTable!(plan);

    expect(done).toMatchObject({ ok: false, reason: "stale" });
    expect(word.blocks).toEqual(blocks);
    expect(word.blocks).toContain(table2);
    expect(word.blocks).toContain(table3);
  });

  it("goes ahead after 清除标记 when nothing changed, replacing 表三", async () => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port);
    const plan = planReplaceTable(snapshot, result, "table3")!;
    const [table2, table3] = tablesOf(word);
    expect((await port.clearMarks()).ok).toBe(true);

    const done = await port.replaceTable!(plan);

    expect(done.ok).toBe(true);
    expect(word.blocks).toContain(table2);
    expect(word.blocks).not.toContain(table3);
  });

  it("replaces 表三, not the table now second, when a table was pasted above with no read since", async () => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port, false);
    const plan = planReplaceTable(snapshot, result, "table3")!;
    const [table2, table3] = tablesOf(word);
    word.blocks.splice(1, 0, pasted());

    const done = await port.replaceTable!(plan);

    expect(done.ok).toBe(true);
    expect(word.blocks).toContain(table2);
    expect(word.blocks).not.toContain(table3);
  });

  it("refuses when 表三's text changed since the check, its row count the same", async () => {
    const { word, port } = setup(seed002(), options);
    const { snapshot, result } = await checkNow(port, false);
    const plan = planReplaceTable(snapshot, result, "table3")!;
    const [, table3] = tablesOf(word);
    const cell = table3.table.rows[4].find((c) => c.text.trim() === "" && c.vMerge !== "continue")!;
    cell.text = "7";

    const done = await port.replaceTable!(plan);

    expect(done).toMatchObject({ ok: false, reason: "stale" });
    expect(word.blocks).toContain(table3);
  });
});

/** Seed 002 with 表三 split in two at a page break, as a PDF turned into Word leaves it. */
function splitTable3(): FakeBlock[] {
  const blocks = seed002();
  const table3 = blocks.filter((b): b is Extract<FakeBlock, { kind: "table" }> => b.kind === "table")[1];
  const rows = table3.table.rows;
  const at = rows.findIndex((row, r) => r > 3 && row.every((c) => c.vMerge !== "continue"));
  const rest: FakeTable = { rows: rows.slice(at) };
  table3.table.rows = rows.slice(0, at);
  blocks.splice(blocks.indexOf(table3) + 1, 0, { kind: "p", text: "" }, { kind: "table", table: rest });
  return blocks;
}

/** What the clerk sees: each block's text, and each table's cells (text, merges, shading). */
const seen = (word: FakeWord) =>
  word.blocks.map((b) =>
    b.kind === "p"
      ? `p:${b.text}`
      : JSON.stringify(
          b.table.rows.map((r) => r.map((c) => [c.text, c.gridSpan ?? 1, c.vMerge ?? "", c.fill ?? null])),
        ),
  );

/** 换成标准表格 of the split 表三: a plan of two parts. */
async function twoParts(ooxmlReplace: FakeOptions["ooxmlReplace"]) {
  const { word, port } = setup(splitTable3(), { ooxmlReplace });
  const { snapshot, result } = await checkNow(port);
  const plan = planReplaceTable(snapshot, result, "table3")!;
  expect(plan.parts).toEqual([{ t: 1 }, { t: 2 }]);
  const [, first, second] = tablesOf(word);
  return { word, port, plan, first, second, before: seen(word) };
}

describe.each(["merge", "keep", "drop"] as const)(
  "换成标准表格 of a table in two parts ends wholly done or wholly undone, and says which (insertOoxml Replace: %s)",
  (ooxmlReplace) => {
    it.each(Array.from({ length: 9 }, (_, n) => n))(
      "a write refused once, after %i writes: either both parts replaced or the document as it was",
      async (n) => {
        const { word, port, plan, first, second, before } = await twoParts(ooxmlReplace);
        word.faults = { writesBeforeFailure: n, once: true };

        const done = await port.replaceTable!(plan);

        word.faults = {};
        if (done.ok) {
          expect(word.blocks).not.toContain(first);
          expect(word.blocks).not.toContain(second);
          expect(tablesOf(word)).toHaveLength(2);
        } else expect(seen(word)).toEqual(before);
      },
    );

    it("the second part refused every time: the first is put back and the new table taken out, and the clerk is told", async () => {
      const { word, port, plan, second, before } = await twoParts(ooxmlReplace);
      word.faults = { deleteTable: (t) => t === second.table };

      const done = await port.replaceTable!(plan);

      expect(done).toMatchObject({ ok: false });
      expect(!done.ok && done.detail).toContain(UNDONE);
      expect(seen(word)).toEqual(before);
    });

    it.each(Array.from({ length: 9 }, (_, n) => n))(
      "Word refusing every write after %i: the document as it was, or the clerk told it is half-replaced",
      async (n) => {
        const { word, port, plan, first, second, before } = await twoParts(ooxmlReplace);
        word.faults = { writesBeforeFailure: n };

        const done = await port.replaceTable!(plan);

        word.faults = {};
        if (done.ok) expect(word.blocks.filter((b) => b === first || b === second)).toEqual([]);
        else if (tablesOf(word).length !== 3 || seen(word).length !== before.length)
          expect([HALF_REPLACED, LEFT_BEHIND].some((m) => done.detail?.includes(m))).toBe(true);
      },
    );
  },
);
