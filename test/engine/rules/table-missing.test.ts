import { brief, findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("table-missing", () => {
  it("finds nothing when the three tables are there", () => {
    expect(findingsOf("table-missing", report())).toEqual([]);
  });

  it("reports a missing table4 as an error in section 四", () => {
    const found = findingsOf("table-missing", report({ tables: { table4: null } }));
    expect(found.map(brief)).toEqual([
      expect.objectContaining({ messageId: "missing", section: "s4", table: "table4" }),
    ]);
    expect(found[0].severity).toBe("error");
  });
});
