import { check, type DocumentSnapshot } from "../../../src/engine";
import { report } from "../../helpers/snapshot";
import { someTable2 } from "../../helpers/values";

const RULE = "unusual-change";
const withLicensing = (year: number, decisions: number) =>
  report({ year, values: { table2: { ...someTable2(1), licensing: { decisions } } } });
const run = (snapshot: DocumentSnapshot, previous: DocumentSnapshot, ruleOptions = {}) =>
  check(snapshot, { rules: [RULE], strict: true, previous, ruleOptions: { [RULE]: ruleOptions } }).findings;

describe(RULE, () => {
  it("reports a figure more than five times last year's", () => {
    const found = run(withLicensing(2023, 18560), withLicensing(2022, 1856));
    expect(
      found.map((f) => [f.messageId, f.severity, f.table, f.row, f.column, f.expected, f.actual]),
    ).toEqual([["grew", "info", "table2", "licensing", "decisions", 1856, 18560]]);
    expect(found[0].message).toBe(
      "表二“行政许可”·“本年处理决定数量”为 18560，上年为 1856，增长到 10 倍；请核实数字，或在正文中说明原因。",
    );
  });

  it("reports a figure fallen below a fifth, and one up from 0", () => {
    expect(run(withLicensing(2023, 30), withLicensing(2022, 400)).map((f) => f.messageId)).toEqual(["fell"]);
    expect(run(withLicensing(2023, 60), withLicensing(2022, 0)).map((f) => f.messageId)).toEqual([
      "fromZero",
    ]);
  });

  it("leaves small counts and ordinary changes alone; the thresholds are options", () => {
    expect(run(withLicensing(2023, 12), withLicensing(2022, 2))).toEqual([]);
    expect(run(withLicensing(2023, 2105), withLicensing(2022, 1856))).toEqual([]);
    expect(
      run(withLicensing(2023, 12), withLicensing(2022, 2), { minVolume: 10 }).map((f) => f.messageId),
    ).toEqual(["grew"]);
    expect(run(withLicensing(2023, 18560), withLicensing(2022, 1856), { ratio: 20 })).toEqual([]);
  });
});
