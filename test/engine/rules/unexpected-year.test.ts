import { check } from "../../../src/engine";
import { reportWith } from "../../helpers/narrative";
import { brief } from "../../helpers/rule-tester";
import { para } from "../../helpers/snapshot";

const RULE = "unexpected-year";
const of2022 = reportWith({}, { head: ["青石镇2022年政府信息公开工作年度报告"] });
const yearless = {
  blocks: [para("青石镇政府信息公开工作年度报告"), para("一、总体情况"), para("本机关认真做好相关工作。")],
};
const findings = (snapshot: typeof of2022, expectedYear?: number) =>
  check(snapshot, { strict: true, ...(expectedYear ? { expectedYear } : {}) }).findings.filter(
    (f) => f.rule === RULE,
  );

describe(RULE, () => {
  it("is silent without a stated year, and for a report of that year", () => {
    expect(findings(of2022)).toEqual([]);
    expect(findings(of2022, 2022)).toEqual([]);
  });

  it("flags a report of another year as an error that names both years", () => {
    const found = findings(of2022, 2024);
    expect(found.map(brief)).toEqual([
      expect.objectContaining({ rule: RULE, messageId: "other", expected: 2024, actual: 2022 }),
    ]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message).toBe(
      "这是 2022 年度的报告，本次审核的是 2024 年度的报告，应报送 2024 年度的报告。",
    );
  });

  it("flags a report whose year cannot be read", () => {
    expect(check(yearless).year).toBeNull();
    expect(findings(yearless, 2024).map((f) => f.messageId)).toEqual(["unknown"]);
  });
});
