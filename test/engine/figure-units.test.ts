/**
 * A figure's unit read against its column's (issue 11, the sweep of figure forms): 本年收费金额
 * is in 万元, so "12350元" there is 1.235 and "12.35万" is 12.35; a unit that is no unit of the
 * column (万元 in a count of applications, 件 in an amount) leaves the figure unread, with a
 * message that says why; a dash before a figure is its minus sign.
 */
import { check, type CheckResult } from "../../src/engine";
import { format2019 } from "../../src/template";
import { officialTable, report } from "../helpers/snapshot";

type At = readonly [table: "table2" | "table3", row: string, column: string];
const FEES: At = ["table2", "fees", "amount"];
const NATURAL: At = ["table3", "r1_open", "natural"];

function checkWith(
  [table, row, column]: At,
  text: string,
  format = undefined as typeof format2019 | undefined,
) {
  const tables = { [table]: officialTable(table, { values: { [row]: { [column]: text } } }, format) };
  return check(report({ format, tables }), { strict: true });
}
const valueAt = (result: CheckResult, [table, row, column]: At) =>
  result.cells.find((c) => c.key.table === table && c.key.row === row && c.key.column === column)?.value;
const at = (result: CheckResult, [table, row, column]: At) =>
  result.findings
    .filter((f) => f.table === table && f.row === row && f.column === column)
    .map((f) => `${f.rule}:${f.messageId}`);

describe("a figure's unit and its column's", () => {
  it("reads 元 in the 万元 fee column as 万元, and offers the figure in 万元 as the fix", () => {
    const result = checkWith(FEES, "12350元");
    expect(valueAt(result, FEES)).toMatchObject({ kind: "number", value: 1.235 });
    const [finding] = result.findings.filter((f) => f.rule === "cell-with-unit");
    expect(finding.message).toContain("1.235 万元");
    expect(finding.fix).toMatchObject({ op: "set-cell", to: "1.235" });
    expect(valueAt(checkWith(FEES, "500元"), FEES)).toMatchObject({ value: 0.05 });
  });

  it("reads 万 in the 万元 fee column as 万元", () => {
    const result = checkWith(FEES, "12.35万");
    expect(valueAt(result, FEES)).toMatchObject({ kind: "number", value: 12.35 });
    expect(at(result, FEES)).toEqual(["cell-with-unit:unit"]);
  });

  it("keeps 元 as written where the column states no unit (the 2019 采购总金额)", () => {
    const procurement: At = ["table2", "procurement", "procurement_amount"];
    const result = checkWith(procurement, "251000元", format2019);
    expect(valueAt(result, procurement)).toMatchObject({ kind: "number", value: 251000 });
  });

  it("leaves a money unit in a count unread, saying the unit is not the column's, and sums it not", () => {
    for (const text of ["3万元", "3元", "1.2万"]) {
      const result = checkWith(NATURAL, text);
      expect(valueAt(result, NATURAL)?.kind).toBe("text");
      expect(at(result, NATURAL)).toEqual(["cell-not-number:wrongUnit"]);
      expect(result.findings.filter((f) => f.rule === "row-total" || f.rule === "grand-total")).toEqual([]);
    }
    const [finding] = checkWith(NATURAL, "3万元").findings.filter((f) => f.rule === "cell-not-number");
    expect(finding.message).toContain("“万元”");
  });

  it("leaves a count's unit in the fee amount unread", () => {
    const result = checkWith(FEES, "2件");
    expect(valueAt(result, FEES)?.kind).toBe("text");
    expect(at(result, FEES)).toEqual(["cell-not-number:wrongUnit"]);
  });
});

describe("a dash before a figure", () => {
  it("is its minus sign: allowed in the 2019 本年增/减, negative in a count", () => {
    const change: At = ["table2", "licensing", "change"];
    for (const text of ["–3", "—3"]) {
      const signed = checkWith(change, text, format2019);
      expect(valueAt(signed, change)).toMatchObject({ kind: "number", value: -3 });
      expect(at(signed, change)).toEqual([]);
      expect(at(checkWith(NATURAL, text), NATURAL)).toContain("cell-negative:negative");
    }
  });
});
