import { brief, findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("section-missing", () => {
  it("finds nothing in a complete report", () => {
    expect(findingsOf("section-missing", report())).toEqual([]);
  });

  it("reports each missing section as an error on its key", () => {
    const snapshot = report({ section: (key, blocks) => (key === "s4" || key === "s6" ? [] : blocks) });
    const found = findingsOf("section-missing", snapshot);
    expect(found.map(brief)).toEqual([
      expect.objectContaining({ rule: "section-missing", messageId: "missing", section: "s4" }),
      expect.objectContaining({ section: "s6", expected: "六、其他需要报告的事项" }),
    ]);
    expect(found[0].severity).toBe("error");
  });
});
