import { cellId, equationIds } from "../../../src/engine/tables/binding";
import { equationsOf, formats, type Equation } from "../../../src/template";

const equations: Equation[] = formats.flatMap((f) => f.tables.flatMap((t) => [...equationsOf(t)]));

describe("equationIds", () => {
  it("names each term's cell id and key in order, the left side first", () => {
    for (const e of equations) {
      const ids = equationIds(e);
      expect(ids.keys).toEqual([...e.left, ...e.right]);
      expect(ids.terms).toEqual(ids.keys.map((k) => cellId(k.row, k.column)));
      expect(ids.at).toBe(cellId(e.at.row, e.at.column));
    }
  });

  it("gives a finding's cells as `at`, then each other term's cell once, in order", () => {
    for (const e of equations) {
      const expected = [e.at];
      for (const k of [...e.left, ...e.right])
        if (!expected.some((c) => c.row === k.row && c.column === k.column)) expected.push(k);
      expect(equationIds(e).cells).toEqual(expected);
    }
  });

  it("dedupes a term written twice and the `at` cell among the terms", () => {
    const key = (row: string, column: string) => ({ table: "table3" as const, row, column });
    const e: Equation = {
      rule: "r",
      basis: "R1",
      along: "row",
      each: "x",
      at: key("x", "total"),
      left: [key("x", "total")],
      right: [key("x", "a"), key("x", "b"), key("x", "a")],
    };
    expect(equationIds(e).cells).toEqual([key("x", "total"), key("x", "a"), key("x", "b")]);
    expect(equationIds(e)).toBe(equationIds(e));
  });
});
