import leven from "leven";
import { labelBalls, labelIndex, lookupLabel } from "../../../src/engine/tables/label-index";
import { labelKey } from "../../../src/engine/normalise";
import { format2019, format2021 } from "../../../src/template";

describe.each([format2021, format2019])("labels of the $id format", (format) => {
  const index = labelIndex(format);
  const balls = labelBalls(index);

  it("stay unambiguous: no written label is within reach of two official labels", () => {
    for (const list of balls.values())
      for (const a of list)
        for (const b of list) {
          const same = a.match.role === b.match.role && a.match.key === b.match.key;
          // two names of one thing (a group and its header) are told apart by role, not by reach
          const reach = a.radius + b.radius;
          if (!same && reach > 0)
            expect(`${a.key}~${b.key}: ${leven(a.key, b.key) > reach}`).toMatch(/true$/);
        }
  });

  it("bind a one-character slip to its label, as altered", () => {
    const at = (text: string) => lookupLabel(index, labelKey(text), "table3").map((m) => [m.key, m.status]);
    expect(at("（三）不于公开")).toEqual([["（三）不予公开", "altered"]]);
    expect(at("5.属于三类内部事物信息")).toEqual([["r3_5", "altered"]]);
    expect(at("2.没有现成信息需要另外制作")).toEqual([["r4_2", "altered"]]);
    expect(at("法律服物机构")).toEqual([["legal", "altered"]]);
  });

  it("leave a label too short to tell apart, and text that is no label, unbound", () => {
    expect(lookupLabel(index, labelKey("规张"), "table2")).toEqual([]);
    expect(lookupLabel(index, labelKey("本单位全年工作总结"), "table3")).toEqual([]);
  });
});
