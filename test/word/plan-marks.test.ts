import type { CheckResult, Finding } from "../../src/engine";
import { findingTarget, planMarks } from "../../src/word/plan-marks";

const f = (over: Partial<Finding>): Finding => ({
  rule: "r",
  severity: "error",
  messageId: "m",
  section: null,
  table: "table3",
  row: null,
  column: null,
  expected: null,
  actual: null,
  cells: [],
  message: "m",
  messageEn: "m",
  data: {},
  ref: null,
  ...over,
});
const cell = (row: string, ref: Record<string, number>) => ({
  key: { table: "table3" as const, row, column: "total" },
  text: "",
  value: { kind: "blank" as const },
  ref,
});
const result = (
  findings: Finding[],
  cells = [cell("a", { t: 0, tr: 1, tc: 1 }), cell("b", { t: 0, tr: 2, tc: 1 })],
): CheckResult => ({
  format: "2021",
  year: null,
  sections: [],
  tables: [],
  cells,
  findings,
});

describe("planMarks", () => {
  it("marks the culprit by severity and the cells that took part as part", () => {
    const plan = planMarks(
      result([f({ ref: { t: 0, tr: 1, tc: 1 }, cells: [{ table: "table3", row: "b", column: "total" }] })]),
    );
    expect(plan).toEqual([
      { ref: { t: 0, tr: 1, tc: 1 }, level: "error", messages: ["m"] },
      { ref: { t: 0, tr: 2, tc: 1 }, level: "part", messages: [] },
    ]);
  });

  it("lets a culprit outrank a part and an error outrank a warning, on the same cell", () => {
    const plan = planMarks(
      result([
        f({ severity: "warning", ref: { t: 0, tr: 2, tc: 1 }, message: "w" }),
        f({ ref: { t: 0, tr: 1, tc: 1 }, cells: [{ table: "table3", row: "b", column: "total" }] }),
        f({ ref: { t: 0, tr: 2, tc: 1 }, message: "e" }),
      ]),
    );
    expect(plan.find((m) => m.ref.tr === 2)).toEqual({
      ref: { t: 0, tr: 2, tc: 1 },
      level: "error",
      messages: ["w", "e"],
    });
  });

  it("ignores paragraph and table refs", () => {
    expect(planMarks(result([f({ ref: { p: 3 } }), f({ ref: { t: 1 } })]))).toEqual([]);
  });
});

describe("findingTarget", () => {
  it("is the finding's ref, else its first bound cell, else null", () => {
    const r = result([
      f({ ref: { p: 2 } }),
      f({ cells: [{ table: "table3", row: "b", column: "total" }] }),
      f({}),
    ]);
    expect([0, 1, 2, 3].map((i) => findingTarget(r, i))).toEqual([
      { p: 2 },
      { t: 0, tr: 2, tc: 1 },
      null,
      null,
    ]);
  });
});
