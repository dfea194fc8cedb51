import fc from "fast-check";
import { refOf, reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";
import { holdsItem } from "../../../src/engine/rules/numbering-gap";

const RULE = "numbering-gap";
const found = (prose: Parameters<typeof reportWith>[0]) =>
  findingsOf(RULE, reportWith(prose)).map((f) => [f.messageId, f.section, f.expected, f.actual]);

describe(RULE, () => {
  it("leaves alone a table's rows typed as text (1.属于国家秘密 … 2. … with their figures)", () => {
    expect(
      found({
        s3: [
          "（三）不予公开\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
          "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
        ],
      }),
    ).toEqual([]);
  });

  it("leaves alone a PDF's table pasted line by line: label pieces between the figure lines", () => {
    // pdftotext -layout of 表三: each label wraps over lines, figures on lines of their own
    const lines = [
      "         1.本机关不掌握相",
      "                     6   1   0   0   1   0   8",
      "         关政府信息",
      "    （四）无 2.没有现成信息需",
      "                     0   0   0   0   0   0   0",
      "    法提供  要另行制作",
      "         3.补正后申请内容",
      "    （五）不 1.信访举报投诉类",
      "         2.重复申请      1   0   0   0   0   0   1",
      "         5.要求行政机关确",
    ];
    expect(found({ s3: lines })).toEqual([]);
    // the same numbers written as the part's own items still count
    expect(found({ s3: ["（一）答复情况", "3.补正后仍不明确的申请较多。"] })).toEqual([
      ["gap", "s3", "1.", "3."],
    ]);
  });

  it("reads 二是 broken over two lines as one item (a PDF's text pasted line by line)", () => {
    const s5 = [
      "（一）存在的主要问题。一是部分科室主动公开意识不强，信息报送不够及时；二",
      "是政策解读形式较为单一；三是依申请公开答复文书",
    ];
    expect(found({ s5 })).toEqual([]);
    expect(found({ s5: [s5[0], "是政策解读形式较为单一；四是答复不规范。"] })).toEqual([
      ["gap", "s5", "三是", "四是"],
    ]);
  });

  it("finds nothing when items count on without gaps, and lists start again at 一", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
    expect(
      found({
        s1: [
          "（一）主动公开情况",
          "一是规范机制。二是完善制度。",
          "（二）依申请公开情况",
          "一是畅通渠道；二是规范答复；三是加强培训。",
        ],
        s5: [
          "（一）存在问题",
          "一是公开意识不强。",
          "二是更新不及时。",
          "（二）改进措施",
          "1. 加强学习。",
          "2. 完善制度。",
        ],
      }),
    ).toEqual([]);
  });

  it("reports 一是…三是…五是 on the paragraph that skips (seed 000)", () => {
    const snapshot = reportWith({
      s5: ["（二）改进措施。一是加强力度。二是加强学习。三是推进信息化建设。五是扩大公众参与。"],
    });
    const [f] = findingsOf(RULE, snapshot);
    expect([f.messageId, f.section, f.expected, f.actual, f.severity]).toEqual([
      "gap",
      "s5",
      "四是",
      "五是",
      "warning",
    ]);
    expect(f.ref).toEqual(refOf(snapshot, "五是"));
    expect(f.message).toBe("“五是”之前缺少“四是”，编号不连续。");
  });

  it("reports （二） with no （一） before it (seed 004)", () => {
    expect(
      found({
        s5: [
          "2023年，我镇工作取得成效，但仍有差距：一是内容不全；二是更新不及时。",
          "（二）改进措施",
          "一是完善内容。",
        ],
      }),
    ).toEqual([["gap", "s5", "（一）", "（二）"]]);
  });

  it("reports numbering that goes back, and arabic items that skip", () => {
    expect(found({ s1: ["（一）甲", "（二）乙", "（二）丙"] })).toEqual([
      ["order", "s1", "（三）", "（二）"],
    ]);
    expect(found({ s1: ["1.甲", "2.乙", "4.丙"] })).toEqual([["gap", "s1", "3.", "4."]]);
  });

  it("does not read 唯一是, 统一是 or 2.5万元 as items", () => {
    expect(found({ s1: ["这是唯一是非标准，统一是关键。", "2.5万元用于平台建设。"] })).toEqual([]);
  });

  it("counts 一是 right after a heading's words without punctuation", () => {
    expect(
      found({ s5: ["（一）存在的主要问题一是公开意识不强；二是解读形式单一；三是答复不够规范。"] }),
    ).toEqual([]);
    expect(found({ s5: ["（一）存在的主要问题一是公开意识不强；三是答复不够规范。"] })).toEqual([
      ["gap", "s5", "二是", "三是"],
    ]);
  });

  it("counts within each section", () => {
    expect(found({ s1: ["（一）甲", "（二）乙"], s5: ["（一）丙"] })).toEqual([]);
  });
});

describe("holdsItem", () => {
  const character = fc.constantFrom(..."一二十是唯统（）(1.、。 是a".split(""));
  const text = fc.array(character, { maxLength: 24 }).map((cs) => cs.join(""));

  it("is true exactly where a numeral stands before 是, as every item has one", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(holdsItem(t)).toBe(/[一二三四五六七八九十]是/.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
