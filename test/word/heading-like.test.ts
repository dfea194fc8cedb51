/**
 * The pure judgements behind an insertion: does a read-back heading read "四、<title>" exactly
 * once, and what to do with the paragraph Word left after the inserted content.
 */
import { judgeHeading, typedHeading } from "../../src/word/_lib/heading-like";
import { trailingAction } from "../../src/word/_lib/trailing";

const expected = { numeral: "四", title: "政府信息公开行政复议、行政诉讼情况" };
const T = expected.title;

describe("judgeHeading", () => {
  it.each([
    ["typed, out of any list", { text: `四、${T}`, isListItem: false, listString: null }, "right"],
    ["numbered 四、 by Word, title only", { text: T, isListItem: true, listString: "四、" }, "right"],
    [
      "typed with full-width spaces Word keeps",
      { text: `四、\u3000${T} `, isListItem: false, listString: null },
      "right",
    ],
    ["Word's 四、 and a typed 四、", { text: `四、${T}`, isListItem: true, listString: "四、" }, "double"],
    ["Word's 1. and a typed 四、", { text: `四、${T}`, isListItem: true, listString: "1." }, "double"],
    ["Word's 四、 and a typed 4.", { text: `4.${T}`, isListItem: true, listString: "四、" }, "double"],
    ["numbered 1. by Word", { text: T, isListItem: true, listString: "1." }, "misnumbered"],
    ["numbered 五、 by Word", { text: T, isListItem: true, listString: "五、" }, "misnumbered"],
    ["no number at all", { text: T, isListItem: false, listString: null }, "misnumbered"],
    ["another title", { text: "四、存在的主要问题", isListItem: false, listString: null }, "changed"],
    [
      "a list string Word reports on a paragraph not in a list is not shown",
      { text: T, isListItem: false, listString: "四、" },
      "misnumbered",
    ],
  ] as const)("%s", (_, read, verdict) => {
    expect(judgeHeading(read, expected)).toBe(verdict);
  });

  it("types the numeral the format gives", () => {
    expect(typedHeading(expected)).toBe(`四、${T}`);
  });
});

describe("trailingAction", () => {
  const empty = { text: "", isListItem: false, tableNestingLevel: 0 };
  it("removes an empty paragraph of ours where a paragraph follows anyway", () => {
    expect(trailingAction(empty, "paragraph")).toBe("delete");
    expect(trailingAction({ ...empty, text: " " }, "paragraph")).toBe("delete");
    expect(trailingAction({ ...empty, isListItem: true }, "paragraph")).toBe("delete");
  });
  it("keeps the paragraph a following table or the document's end needs, out of any list", () => {
    expect(trailingAction(empty, "table")).toBe("none");
    expect(trailingAction(empty, "nothing")).toBe("none");
    expect(trailingAction({ ...empty, isListItem: true }, "table")).toBe("detach");
    expect(trailingAction({ ...empty, isListItem: true }, "nothing")).toBe("detach");
  });
  it("never removes text, only takes it out of a list it took", () => {
    expect(trailingAction({ ...empty, text: "本年度…" }, "paragraph")).toBe("none");
    expect(trailingAction({ ...empty, text: "本年度…", isListItem: true }, "paragraph")).toBe("detach");
  });
  it("does nothing when the content ends with its table (Word left no paragraph)", () => {
    expect(trailingAction({ ...empty, tableNestingLevel: 1 }, "paragraph")).toBe("none");
  });
});
