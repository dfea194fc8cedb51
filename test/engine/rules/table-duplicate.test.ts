import { check } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { officialTable, para, report } from "../../helpers/snapshot";
import type { DocumentSnapshot, SnapshotBlock } from "../../../src/engine";

const RULE = "table-duplicate";

/** The report with a second table 三 after the first, with an empty paragraph or nothing between. */
function twice(copy = officialTable("table3"), between: SnapshotBlock[] = [para("")]): DocumentSnapshot {
  const blocks = report().blocks;
  const at = blocks.findIndex(
    (b) => b.kind === "table" && b.cells.some((c) => c.text.includes("本年度办理结果")),
  );
  return { blocks: [...blocks.slice(0, at + 1), ...between, copy, ...blocks.slice(at + 1)] };
}

describe(RULE, () => {
  it("says nothing of a report with each table once", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
  });

  it.each([
    ["an empty paragraph", [para("")]],
    ["nothing", []],
  ])("reports a second table 三 with %s between, as an error", (_what, between) => {
    const found = findingsOf(RULE, twice(officialTable("table3"), between));
    expect(found.map((f) => [f.severity, f.table, f.data.count, f.data.index])).toEqual([
      ["error", "table3", 2, 2],
    ]);
  });

  it("checks both copies: a broken sum in the second is reported too", () => {
    const broken = officialTable("table3", { values: { r1_open: { natural: 1 } } });
    const rules = check(twice(broken), { strict: true }).findings.map((f) => `${f.rule} ${f.row ?? ""}`);
    expect(rules).toEqual(expect.arrayContaining(["table-duplicate ", "row-total r1_open"]));
  });
});
