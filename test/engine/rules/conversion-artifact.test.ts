import { reportWith, refOf } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { report } from "../../helpers/snapshot";

const RULE = "conversion-artifact";
const found = (prose: Parameters<typeof reportWith>[0]) =>
  findingsOf(RULE, reportWith(prose)).map((f) => [f.messageId, f.section, f.actual ?? null]);

const TRADITIONAL = [
  "在縣委、縣政府的正確領導下，我鄉高度重視並積極推進政府信息公開工作，認真貫徹落實好上級相關文件要求。",
  "我鄉高度重視政府信息公開工作，成立了政府信息公開工作領導小組，組長由鄉長親自擔任。",
];

describe(RULE, () => {
  it("finds nothing in a report wholly in simplified, or wholly in traditional characters", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
    const traditional = reportWith({
      s1: TRADITIONAL,
      s5: ["一是主動公開的意識有待提高。依法公開意識不強，發布信息總量偏低。"],
    });
    const blocks = traditional.blocks.map((b) =>
      b.kind === "paragraph"
        ? { ...b, text: b.text.replace(/政府信息公开/g, "政府信息公開").replace(/年度报告/g, "年度報告") }
        : b,
    );
    expect(findingsOf(RULE, { blocks }).filter((f) => f.messageId !== "simplified")).toEqual([]);
  });

  it("reports pinyin glosses once for the report, on the first paragraph that has them (seed 001)", () => {
    const snapshot = reportWith({
      s1: ["在縣委的正確領(lǐng)導(dǎo)下，我鄉(xiāng)積極推進工作。"],
      s5: ["認(rèn)真貫徹落實。"],
    });
    const found = findingsOf(RULE, snapshot).filter((f) => f.messageId === "pinyin");
    expect(found).toHaveLength(1);
    expect(found[0].ref).toEqual(refOf(snapshot, "領(lǐng)"));
    expect(found[0].data).toMatchObject({ count: 4, paragraphs: 2, example: "領(lǐng)" });
    expect(found[0].message).toBe(
      "报告中有 4 处拼音注音（如“領(lǐng)”），分布在 2 段中，应是繁简转换留下的，发布前应删除。",
    );
  });

  it("does not read a bracketed English word as a gloss", () => {
    expect(found({ s1: ["依托政务服务网(Web)和移动端(App)公开信息。"] })).toEqual([]);
  });

  it("reports mojibake", () => {
    expect(found({ s1: ["锟斤拷锟斤拷本机关认真做好工作。"] })).toEqual([["mojibake", "s1", null]]);
    expect(found({ s1: ["æ”¿åºœä¿¡æ¯å…¬å¼€"] })).toEqual([["mojibake", "s1", null]]);
    expect(found({ s1: ["鏀垮簻淇℃伅锛屽叕寮€銆"] })).toEqual([["mojibake", "s1", null]]);
  });

  it("reports traditional characters in a report otherwise in simplified ones (seed 003's 审査)", () => {
    expect(found({ s1: ["不断健全政府信息发布的保密审査机制，明确审查程序和责任人。"] })).toEqual([
      ["traditional", "s1", "査"],
    ]);
    expect(found({ s5: TRADITIONAL })).toEqual([
      ["traditional", "s5", "縣確領導鄉視並積極進開認貫徹實級關"],
      ["traditional", "s5", "鄉視開領導組長親擔"],
    ]);
  });
});
