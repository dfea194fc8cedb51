import fc from "fast-check";
import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";
import { doubledWords, repeats } from "../../../src/engine/rules/repeated-word";

const RULE = "repeated-word";

describe(RULE, () => {
  it("reports a word typed twice, quoting the place", () => {
    const found = findingsOf(RULE, reportWith({ s1: ["全年发放惠农资金资金120万元。"] }));
    expect(found.map((f) => [f.messageId, f.section, f.severity, f.actual, f.expected])).toEqual([
      ["repeated", "s1", "warning", "资金资金", "资金"],
    ]);
    expect(found[0].message).toBe("“全年发放惠农资金资金120万元。”中“资金”重复了，应删去一个。");
  });

  it.each([
    ["信息公开信息公开", "信息公开"],
    ["政府的的工作", "的"],
    ["被被依法处理", "被"],
  ])("reports %s", (text, word) => {
    expect(repeats(text).map((r) => r.word)).toEqual([word]);
  });

  it.each([
    "人人知晓",
    "常常公开",
    "一一核对",
    "个个过关",
    "天天更新",
    "年年考核",
    "看看有无遗漏",
    "研究研究后再公开",
    "讨论讨论",
    "实实在在地推进",
    "的的确确",
    "一步一步推进",
    "一件一件落实",
    "达到公开的目的的同时",
    "为了了解群众需求",
    "现在在线办理",
    "哈哈哈哈",
  ])("leaves deliberate reduplication alone: %s", (text) => {
    expect(repeats(text)).toEqual([]);
  });

  it("reads prose only: headings, tables and the signature are not its", () => {
    expect(findingsOf(RULE, reportWith({}))).toEqual([]);
  });

  describe("doubledWords", () => {
    // the pattern the scan replaces: it must find the same words at the same places
    const byPattern = (text: string) =>
      [...text.matchAll(/([\u4e00-\u9fff]{2,6})\1/g)].map((m) => ({ index: m.index, word: m[1] }));
    // few characters, so that words repeat often; one outside the Han block, one just inside each end
    const character = fc.constantFrom(
      "资",
      "金",
      "信",
      "息",
      "的",
      "一",
      "\u4e00",
      "\u9fff",
      "\u3400",
      "a",
      "1",
      "，",
    );
    const text = fc.array(character, { maxLength: 40 }).map((cs) => cs.join(""));

    it("finds what the pattern finds", () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(doubledWords(t)).toEqual(byPattern(t));
        }),
        { numRuns: 3000 },
      );
    });

    it("takes the longest word at a place, then goes on after the pair", () => {
      expect(doubledWords("信息信息信息信息公开")).toEqual([{ index: 0, word: "信息信息" }]);
      expect(doubledWords("资金资金资金")).toEqual([{ index: 0, word: "资金" }]);
      expect(doubledWords("一二三四五六七一二三四五六七")).toEqual([]);
    });
  });
});
