import fc from "fast-check";
import leven from "leven";
import {
  labelBalls,
  labelIndex,
  lookupLabel,
  type LabelIndex,
  type LabelMatch,
} from "../../../src/engine/tables/label-index";
import { labelKey } from "../../../src/engine/normalise";
import { format2019, format2021 } from "../../../src/template";

describe.each([format2021, format2019])("labels of the $id format", (format) => {
  const index = labelIndex(format);
  const balls = labelBalls(index);

  it("stay unambiguous: no written label is within reach of two official labels", () => {
    for (const list of balls.values())
      for (const a of list)
        for (const b of list) {
          // one official text in two roles (三、本年度办理结果, a group of rows and a header) is one label
          const same =
            a.match.label === b.match.label || (a.match.role === b.match.role && a.match.key === b.match.key);
          const reach = a.radius + b.radius;
          if (!same && reach > 0)
            expect(`${a.key}~${b.key}: ${leven(a.key, b.key) > reach}`).toMatch(/true$/);
        }
  });

  it("cover group and header labels too, every one long enough to tell a slip from another label", () => {
    const roles = new Set([...balls.values()].flat().map((b) => b.match.role));
    expect([...roles].sort()).toEqual(["column", "group", "header", "row", "title"]);
    const reach = (text: string, table: "table2" | "table3") =>
      balls.get(table)!.find((b) => b.key === labelKey(text))!.radius;
    for (const label of ["（三）不予公开", "（四）无法提供", "（五）不予处理", "三、本年度办理结果"])
      expect(`${label} ${reach(label, "table3")}`).toMatch(/ [12]$/);
    for (const label of ["申请人情况", "法人或其他组织"])
      expect(`${label} ${reach(label, "table3")}`).toMatch(/ [12]$/);
    expect(reach("信息内容", "table2")).toBe(1);
  });

  it("bind a slip in a group or header label to every role its official text has", () => {
    const at = (text: string, table: "table2" | "table3") =>
      lookupLabel(index, labelKey(text), table)
        .map((m) => `${m.role} ${m.label} ${m.status}`)
        .sort();
    expect(at("三、本年度办里结果", "table3")).toEqual([
      "group 三、本年度办理结果 altered",
      "header 三、本年度办理结果 altered",
    ]);
    expect(at("申请人情况况", "table3")).toEqual(["header 申请人情况 altered"]);
    expect(at("法人或其它组织机", "table3")).toEqual(["header 法人或其他组织 altered"]);
    expect(at("信息內容", "table2")).toEqual(["header 信息内容 accepted"]);
    expect(at("信息内荣", "table2")).toEqual(["header 信息内容 altered"]);
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

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;

/**
 * A label's radius as labelBalls defines it, every other label measured: under half the distance
 * to the nearest label of anything else in its table, one edit per four characters, two at most.
 */
function definedRadii(index: LabelIndex): string[] {
  const labels = [...index].flatMap(([key, matches]) =>
    /^\d*$/.test(key) ? [] : matches.map((match) => ({ key, match })),
  );
  const same = (a: LabelMatch, b: LabelMatch) =>
    a.table === b.table && (a.label === b.label || (a.role === b.role && a.key === b.key));
  return labels.map((a) => {
    const nearest = Math.min(
      ...labels
        .filter((b) => b.match.table === a.match.table && !same(a.match, b.match))
        .map((b) => leven(a.key, b.key)),
    );
    const radius = Math.max(0, Math.min(2, Math.floor(a.key.length / 4), Math.floor((nearest - 1) / 2)));
    return `${a.match.table} ${a.key} ${a.match.role} ${a.match.key} ${radius}`;
  });
}

const radii = (index: LabelIndex): string[] =>
  [...labelBalls(index).values()]
    .flat()
    .map((b) => `${b.match.table} ${b.key} ${b.match.role} ${b.match.key} ${b.radius}`);

describe("label radii", () => {
  it.each([format2021, format2019])("of the $id format are as defined, every label measured", (format) => {
    const index = labelIndex(format);
    expect(radii(index).sort()).toEqual(definedRadii(index).sort());
  });

  it("of random labels are as defined, however close their lengths and letters", () => {
    const match = fc.record({
      table: fc.constantFrom("table2", "table3"),
      role: fc.constantFrom("row", "column", "header"),
      key: fc.constantFrom("a", "b", "c"),
      status: fc.constant("accepted"),
      label: fc.constantFrom("甲", "乙", "丙", "丁"),
    }) as fc.Arbitrary<LabelMatch>;
    const entry = fc.tuple(
      fc.stringMatching(/^[一二三1]{0,13}$/),
      fc.array(match, { minLength: 1, maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const index: LabelIndex = new Map(entries);
        expect(radii(index).sort()).toEqual(definedRadii(index).sort());
      }),
      { numRuns: FUZZ_RUNS || 500 },
    );
  });
});
