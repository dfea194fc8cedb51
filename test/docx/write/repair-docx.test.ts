import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../../src/docx";
import { insertTableIntoDocx } from "../../../src/docx/write";
import { check, type SnapshotBlock } from "../../../src/engine";
import { planRepairs } from "../../../src/word";
import { repair, repairAll } from "./repair-plan";

// what the clerk's own wording says, which no repair writes for them (seed 002's 五 opens its
// items with half-width "(一)")
const ONLY_THE_CLERK = new Set(["template-leftover", "assessment-not-reported", "punctuation"]);

const root = path.resolve(__dirname, "../../..");
const seed002 = new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/seed-002.docx")));

const texts = (blocks: readonly SnapshotBlock[]) =>
  blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.rowCount}×${b.colCount}`));

describe("repairing a .docx from the pane's plans", () => {
  it("inserts seed 002's missing section 四 between 三's table and 五, keeping every other block", () => {
    const before = readDocx(seed002);
    const result = check(before);
    const plan = planRepairs(before, result).find((p) => p.kind === "insert-section")!;
    const after = readDocx(repair(seed002, plan));
    const was = texts(before.blocks);
    const now = texts(after.blocks);
    const at = now.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    expect(at).toBeGreaterThan(0);
    expect(now[at - 1]).toBe("table 20×10"); // seed 002's cut-off table3
    expect(now.slice(at, at + 4)).toEqual([
      "四、政府信息公开行政复议、行政诉讼情况",
      expect.stringMatching(/^本年度因政府信息公开工作/),
      "table 4×15",
      "",
    ]);
    expect([...now.slice(0, at), ...now.slice(at + 4)]).toEqual(was);
    const heading = after.blocks[at];
    const model = before.blocks.find((b) => b.kind === "paragraph" && b.text.startsWith("三、"));
    expect(heading).toMatchObject({ style: (model as { style?: string }).style });
  });

  it("ends with no error after every repair the pane offers and 空白填0", () => {
    const result = check(readDocx(repairAll(seed002)));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    // left: the placeholders inserted, 一's missing 考核/评议/追究 and 五's half-width brackets, which only the clerk can write
    expect(result.findings.filter((f) => !ONLY_THE_CLERK.has(f.rule))).toEqual([]);
    expect(result.tables.map((t) => t.bound)).toEqual([10, 175, 15]);
  });

  it("puts a table at the end of a document without touching what is there", () => {
    const before = readDocx(seed002);
    const after = readDocx(insertTableIntoDocx(seed002, "2021", "table4", { kind: "end" }));
    expect(texts(after.blocks)).toEqual([...texts(before.blocks), "table 4×15", ""]);
  });
});
