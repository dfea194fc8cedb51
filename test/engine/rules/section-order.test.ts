import type { SnapshotBlock } from "../../../src/engine";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

describe("section-order", () => {
  it("finds nothing when the sections come in order", () => {
    expect(findingsOf("section-order", report())).toEqual([]);
  });

  it("names the one section out of place when 四 and 五 are swapped", () => {
    let s4: SnapshotBlock[] = [];
    const snapshot = report({
      section: (key, blocks) => {
        if (key === "s4") {
          s4 = blocks;
          return [];
        }
        return key === "s5" ? [...blocks, ...s4] : blocks;
      },
    });
    const found = findingsOf("section-order", snapshot);
    expect(found).toHaveLength(1);
    // 四 now follows 五: 四 is the one out of place
    expect(found[0]).toMatchObject({
      rule: "section-order",
      severity: "warning",
      section: "s4",
      messageId: "between",
    });
    expect(found[0].data).toMatchObject({ after: "三", before: "五" });
  });
});
