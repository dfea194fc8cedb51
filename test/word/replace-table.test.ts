/** @jest-environment jsdom */
/**
 * 换成标准表格 carries out a plan made from the check: its parts are the check's table refs. Through
 * a later read (清除标记 and 自检 read afresh) they may name other tables, after the clerk added one
 * above: then the port refuses, and a part is replaced only while it is the table the check read
 * (its shape and text, not its row count alone).
 */
import { planReplaceTable } from "../../src/word";
import type { FakeOptions } from "./fake-word";
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
