import { check, previousReport, type DocumentSnapshot } from "../../../src/engine";
import { report } from "../../helpers/snapshot";
import { consistentTable3, consistentTable4, someTable2 } from "../../helpers/values";

const RULE = "identical-to-previous";
const values = (seed: number) => ({
  table2: someTable2(seed),
  table3: consistentTable3(seed),
  table4: consistentTable4(seed),
});
const run = (snapshot: DocumentSnapshot, previous: DocumentSnapshot) =>
  check(snapshot, { rules: [RULE], strict: true, previous }).findings;

describe(RULE, () => {
  it("reports tables identical to last year's, once", () => {
    const found = run(report({ year: 2023, values: values(5) }), report({ year: 2022, values: values(5) }));
    expect(found.map((f) => [f.messageId, f.severity, f.data.previousYear])).toEqual([
      ["identical", "warning", 2022],
    ]);
    expect(found[0].data.count).toBeGreaterThanOrEqual(170);
  });

  it("stays quiet when some figure differs, when both years are all 0, and without last year's tables", () => {
    expect(run(report({ year: 2023, values: values(5) }), report({ year: 2022, values: values(6) }))).toEqual(
      [],
    );
    expect(run(report({ year: 2023 }), report({ year: 2022 }))).toEqual([]);
    const typed = { ...previousReport(report({ year: 2022, values: values(5) })), cells: undefined };
    expect(
      check(report({ year: 2023, values: values(5) }), { rules: [RULE], strict: true, previous: typed })
        .findings,
    ).toEqual([]);
  });
});
