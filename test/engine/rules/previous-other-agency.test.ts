import { check, previousReport, type DocumentSnapshot } from "../../../src/engine";
import { report } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

/** The same report, the body renamed everywhere (title and signature). */
const renamed = (snapshot: DocumentSnapshot, name: string): DocumentSnapshot => ({
  blocks: snapshot.blocks.map((b) =>
    b.kind === "paragraph" ? { ...b, text: b.text.replace(/青石镇/g, name) } : b,
  ),
});

const CROSS_YEAR = [
  "carry-over-mismatch",
  "in-force-continuity",
  "identical-to-previous",
  "unusual-change",
  "copied-text",
];

/** This year's 2022 report against last year's, whose 结转下年度 differ from this year's 上年结转. */
function against(previous: DocumentSnapshot) {
  return check(report({ values: { table3: consistentTable3(3) } }), { strict: true, previous }).findings;
}
const lastYear = report({ year: 2021, values: { table3: consistentTable3(4) } });

describe("previous-other-agency", () => {
  it("compares last year's report of the same body, and says nothing of it", () => {
    const found = against(lastYear);
    expect(found.filter((f) => f.rule === "previous-other-agency")).toEqual([]);
    expect(found.some((f) => f.rule === "carry-over-mismatch")).toBe(true);
  });

  it("compares a body whose name was shortened since (市场监督管理局, 市场监管局)", () => {
    const now = renamed(report({ values: { table3: consistentTable3(3) } }), "青山县市场监管局");
    const found = check(now, { strict: true, previous: renamed(lastYear, "青山县市场监督管理局") }).findings;
    expect(found.filter((f) => f.rule === "previous-other-agency")).toEqual([]);
    expect(found.some((f) => f.rule === "carry-over-mismatch")).toBe(true);
  });

  it("says so once for another body's report, and compares nothing with it", () => {
    const found = against(renamed(lastYear, "白石镇人民政府"));
    const other = found.filter((f) => f.rule === "previous-other-agency");
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ severity: "warning", actual: "白石镇人民政府", expected: "青石镇" });
    expect(other[0].message).toBe(
      "作为上年报告提供的是“白石镇人民政府”的报告，与本报告的“青石镇”不是同一单位，没有作跨年度比较。",
    );
    expect(found.filter((f) => CROSS_YEAR.includes(f.rule))).toEqual([]);
  });

  it("compares nothing with a report of another year than the one before; year-mismatch names it", () => {
    const found = against(report({ year: 2020, values: { table3: consistentTable3(4) } }));
    expect(found.filter((f) => CROSS_YEAR.includes(f.rule))).toEqual([]);
    expect(found.filter((f) => f.rule === "year-mismatch").map((f) => f.messageId)).toEqual(["previous"]);
  });

  it("compares a report of the same year: last year's copied whole, its year left in the title", () => {
    const copied = report({ values: { table3: consistentTable3(3) } });
    const found = check(copied, { strict: true, previous: copied }).findings;
    expect(found.some((f) => f.rule === "copied-text")).toBe(true);
    expect(found.filter((f) => f.rule === "year-mismatch").map((f) => f.messageId)).toEqual(["previous"]);
  });

  it("keeps comparing kept figures that name no body (typed in the pane, or stored before bodies were kept)", () => {
    const kept = { ...previousReport(lastYear), agency: undefined };
    const found = check(report({ values: { table3: consistentTable3(3) } }), {
      strict: true,
      previous: kept,
    });
    expect(found.findings.some((f) => f.rule === "carry-over-mismatch")).toBe(true);
  });
});
