import { brief, findingsOf } from "../../helpers/rule-tester";
import { para, report } from "../../helpers/snapshot";

const withHeading = (key: string, heading: ReturnType<typeof para>) =>
  report({ section: (k, blocks) => (k === key ? [heading, ...blocks.slice(1)] : blocks) });

describe("section-heading", () => {
  it("accepts the official numbering and the listed title variants", () => {
    expect(findingsOf("section-heading", report())).toEqual([]);
    expect(findingsOf("section-heading", withHeading("s5", para("五、存在问题及改进情况")))).toEqual([]);
    expect(findingsOf("section-heading", withHeading("s2", para("## 二、主动公开政府信息情况")))).toEqual([]);
  });

  it("warns on 2、 for 二、 and offers to replace the typed numbering", () => {
    const [f] = findingsOf("section-heading", withHeading("s2", para("2、 主动公开政府信息情况")));
    expect(brief(f)).toMatchObject({
      messageId: "numbering",
      section: "s2",
      expected: "二、",
      actual: "2、",
    });
    expect(f.severity).toBe("warning");
    expect(f.fix).toEqual({ op: "set-paragraph-prefix", ref: f.ref, from: "2、", to: "二、" });
  });

  it("explains automatic numbering instead of offering to retype it", () => {
    const [f] = findingsOf(
      "section-heading",
      withHeading("s2", para("主动公开政府信息情况", { listText: "2、" })),
    );
    expect(f).toMatchObject({ messageId: "listNumbering", actual: "2、" });
    expect(f.fix).toBeUndefined();
  });

  it("says a heading is numbered twice when a typed number follows the automatic one", () => {
    for (const typed of ["二、", "（二）", "2."]) {
      const [f, ...rest] = findingsOf(
        "section-heading",
        withHeading("s2", para(`${typed}主动公开政府信息情况`, { listText: "二、" })),
      );
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ messageId: "doubled", data: { typed } });
      expect(f.message).toContain(`请删去输入的“${typed}”`);
    }
    // the automatic number alone is the official one
    expect(
      findingsOf("section-heading", withHeading("s2", para("主动公开政府信息情况", { listText: "二、" }))),
    ).toEqual([]);
  });

  it("warns on the （三） numbering of a section heading", () => {
    const [f] = findingsOf(
      "section-heading",
      withHeading("s3", para("（三）收到和处理政府信息公开申请情况")),
    );
    expect(f).toMatchObject({ messageId: "numbering", expected: "三、", actual: "（三）" });
  });

  it("warns on a heading without a number", () => {
    const [f] = findingsOf(
      "section-heading",
      withHeading("s6", para("其他需要报告的事项", { style: "Heading 1", outlineLevel: 0 })),
    );
    expect(f).toMatchObject({ messageId: "unnumbered", section: "s6" });
  });
});
