import { check } from "../../../src/engine";
import { reportWith } from "../../helpers/narrative";

/** Table 四 whose 行政复议 parts sum to 4 while its 总计 says 5: five single-cell fixes. */
const table4 = {
  review: { maintain: 2, correct: 1, other: 0, pending: 1, total: 5 },
  lit_direct: { maintain: 0, correct: 0, other: 0, pending: 0, total: 0 },
  lit_after_review: { maintain: 0, correct: 0, other: 0, pending: 0, total: 0 },
};
const reviewTotal = (s4: string[]) =>
  check(reportWith({ s4 }, { values: { table4 } })).findings.find((f) => f.rule === "review-total")!;

describe("the text as evidence for the wrong cell", () => {
  it("says 无法确定 when nothing in the text decides", () => {
    const f = reviewTotal(["本年度行政复议、行政诉讼情况见下表。"]);
    expect(f.suspect).toBeUndefined();
    expect(f.data.undetermined).toBeDefined();
  });

  it("takes the one fix the text agrees with, and names the statement", () => {
    const f = reviewTotal(["本年度被申请行政复议4件。"]);
    expect(f.suspect).toEqual({ table: "table4", row: "review", column: "total", value: 4 });
    expect((f.data.suspect as { evidence: string }).evidence).toBe("行政复议4件");
    expect((f.data.suspect as { note: string }).note).toContain("正文“行政复议4件”");
  });

  it("keeps saying 无法确定 when the text agrees with several fixes", () => {
    const f = reviewTotal(["本年度被申请行政复议5件。"]);
    expect(f.suspect).toBeUndefined();
    expect(f.data.undetermined).toBeDefined();
  });
});
