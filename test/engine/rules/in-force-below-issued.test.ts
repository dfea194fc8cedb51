import { check } from "../../../src/engine";
import { report } from "../../helpers/snapshot";
import { someTable2 } from "../../helpers/values";

const RULE = "in-force-below-issued";

const found = (normative_docs: { issued: number; repealed: number; in_force: number }) =>
  check(report({ values: { table2: { ...someTable2(3), normative_docs } } }), { rules: [RULE], strict: true })
    .findings;

describe(RULE, () => {
  it("warns when fewer documents are in force than were issued and not repealed this year", () => {
    const [f, ...more] = found({ issued: 5, repealed: 1, in_force: 2 });
    expect(more).toEqual([]);
    expect([f.severity, f.row, f.column, f.expected, f.actual]).toEqual([
      "warning",
      "normative_docs",
      "in_force",
      4,
      2,
    ]);
    expect(f.message).toBe(
      "表二“行政规范性文件”·“现行有效件数”为 2，少于本年制发 5 件减本年废止 1 件（4 件）：本年制发且未废止的文件应计入现行有效件数。请核对这三个数。",
    );
  });

  it.each([
    { issued: 5, repealed: 1, in_force: 4 },
    { issued: 5, repealed: 1, in_force: 40 },
    // old documents repealed: the difference is negative, nothing to compare
    { issued: 1, repealed: 6, in_force: 0 },
  ])("finds nothing for %j", (row) => {
    expect(found(row)).toEqual([]);
  });
});
