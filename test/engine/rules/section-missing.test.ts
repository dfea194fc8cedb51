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

  it("says a missing section may be in one of the document's text boxes, whose text is not read", () => {
    // 五's heading and text in a text box, as a PDF converter leaves them: the paragraph holding
    // the box reads empty, with the box counted
    const snapshot = report({
      section: (key, blocks) =>
        key === "s5" ? [{ kind: "paragraph", text: "", ref: {}, textBoxes: 1 }] : blocks,
    });
    const found = findingsOf("section-missing", snapshot);
    expect(found.map((f) => [f.messageId, f.section])).toEqual([["inTextBox", "s5"]]);
    expect(found[0].message).toBe(
      "缺少第五部分“存在的主要问题及改进情况”。文档中有 1 个写有文字的文本框，其中的文字没有检查；如果这一部分写在文本框里（由 PDF 转换的文件常这样），请把它移到正文中。",
    );
  });
});
