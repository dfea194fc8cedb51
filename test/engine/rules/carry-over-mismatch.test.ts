import fc from "fast-check";
import { check, previousReport } from "../../../src/engine";
import { carriedOverFrom } from "../../helpers/pairs";
import { brief } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";
import { consistentTable3 } from "../../helpers/values";

const RULE = "carry-over-mismatch";
const params = { seed: 20260512, numRuns: 100 };
const run = (last: ReturnType<typeof consistentTable3>, now: ReturnType<typeof consistentTable3>) =>
  check(report({ values: { table3: now } }), {
    rules: [RULE],
    strict: true,
    previous: report({ year: 2021, values: { table3: last } }),
  }).findings;

describe(RULE, () => {
  it("finds nothing without last year's report", () => {
    expect(check(report(), { rules: [RULE], strict: true }).findings).toEqual([]);
  });

  it("finds nothing when this year's 上年结转 is last year's 结转下年度, for generated pairs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        const last = consistentTable3(a);
        expect(run(last, carriedOverFrom(last, b))).toEqual([]);
      }),
      params,
    );
  });

  it("reports each column whose 上年结转 differs, with last year's number as a suggestion", () => {
    const last = consistentTable3(3);
    const now = carriedOverFrom(last, 4);
    now.carried_over.natural += 2;
    now.new_received.natural -= 2;
    now.carried_over.total += 2;
    now.new_received.total -= 2;
    const found = run(last, now);
    expect(found.map(brief)).toEqual(
      ["natural", "total"].map((column) => ({
        rule: RULE,
        messageId: "unequal",
        section: "s3",
        table: "table3",
        row: "carried_over",
        column,
        expected: last.carried_forward[column],
        actual: last.carried_forward[column] + 2,
      })),
    );
    expect(found[0].severity).toBe("error");
    expect(found[0].suggestions).toEqual([
      expect.objectContaining({ op: "set-cell", to: String(last.carried_forward.natural) }),
    ]);
  });

  it("takes last year's figures as kept data as well as a report", () => {
    const now = consistentTable3(5);
    const kept = {
      year: 2021,
      carriedForward: { total: now.carried_over.total + 1 },
      inForce: {},
      sections: {},
    };
    const found = check(report({ values: { table3: now } }), { rules: [RULE], strict: true, previous: kept });
    expect(found.findings.map((f) => [f.column, f.expected])).toEqual([
      ["total", now.carried_over.total + 1],
    ]);
    const last = report({ year: 2021, values: { table3: consistentTable3(6) } });
    expect(previousReport(last).carriedForward).toEqual(consistentTable3(6).carried_forward);
  });
});
