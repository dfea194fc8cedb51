import { check } from "../../../src/engine";
import { report } from "../../helpers/snapshot";
import { someTable2 } from "../../helpers/values";

const RULE = "in-force-continuity";

function pair(lastInForce: number, now: { issued: number; repealed: number; in_force: number }) {
  const last = someTable2(1);
  const table2 = { ...someTable2(2), normative_docs: now };
  return check(report({ values: { table2 } }), {
    rules: [RULE],
    strict: true,
    previous: report({
      year: 2021,
      values: { table2: { ...last, normative_docs: { issued: 0, repealed: 0, in_force: lastInForce } } },
    }),
  }).findings;
}

describe(RULE, () => {
  it("finds nothing when 现行有效 = last year's + 制发 − 废止", () => {
    expect(pair(20, { issued: 3, repealed: 1, in_force: 22 })).toEqual([]);
  });

  it("warns, and says a clean-up may explain it, when the stock does not carry over", () => {
    const found = pair(20, { issued: 3, repealed: 1, in_force: 15 });
    expect(found.map((f) => [f.severity, f.table, f.row, f.column, f.expected, f.actual])).toEqual([
      ["warning", "table2", "normative_docs", "in_force", 22, 15],
    ]);
    expect(found[0].message).toBe(
      "表二“行政规范性文件”·“现行有效件数”为 15，按上年现行有效 20 件 + 本年制发 3 件 − 本年废止 1 件应为 22 件。如本年对文件进行了清理或有文件失效，差异可能是合理的，请在报告中说明。",
    );
  });

  it("finds nothing without last year's report", () => {
    expect(check(report(), { rules: [RULE], strict: true }).findings).toEqual([]);
  });
});
