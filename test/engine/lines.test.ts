import { check, type DocumentSnapshot, type SnapshotParagraph } from "../../src/engine";
import { isLaterLine, linesAsParagraphs } from "../../src/engine/lines";
import { para, tableFromRows } from "../helpers/snapshot";

const texts = (s: DocumentSnapshot) => s.blocks.map((b) => (b.kind === "paragraph" ? b.text : "[table]"));

describe("linesAsParagraphs", () => {
  it("gives back the snapshot itself when no paragraph holds a line break", () => {
    const snapshot = { blocks: [para("一、总体情况"), tableFromRows([["a\nb"]]), para("正文")] };
    expect(linesAsParagraphs(snapshot)).toBe(snapshot);
  });

  it.each([
    ["\n", "the .docx reader's w:br"],
    ["\v", "Word's own paragraph text"],
    ["\r", "a carriage return"],
    ["\u2028", "the Unicode line separator"],
    ["\r\n", "a Windows line end"],
  ])("reads each line after a break (%j, %s) as a paragraph of its own", (br) => {
    const snapshot = {
      blocks: [para(`一、总体情况${br}正文一。${br}二、主动公开政府信息情况`, { ref: { p: 4 } })],
    };
    const lines = linesAsParagraphs(snapshot).blocks as SnapshotParagraph[];
    expect(lines.map((l) => l.text)).toEqual(["一、总体情况", "正文一。", "二、主动公开政府信息情况"]);
    expect(lines.map((l) => l.ref)).toEqual([{ p: 4 }, { p: 4, line: 1 }, { p: 4, line: 2 }]);
    expect(lines.map((l) => isLaterLine(l.ref))).toEqual([false, true, true]);
  });

  it("keeps what the host counted on the first line only, the style on every line, and leaves blank later lines out", () => {
    const snapshot = {
      blocks: [
        para("第一行\n \n第二行", {
          listText: "一、",
          style: "标题 1",
          outlineLevel: 0,
          pictures: 2,
          textBoxes: 1,
        }),
      ],
    };
    expect(linesAsParagraphs(snapshot).blocks).toEqual([
      {
        kind: "paragraph",
        text: "第一行",
        listText: "一、",
        style: "标题 1",
        outlineLevel: 0,
        pictures: 2,
        textBoxes: 1,
        ref: { p: 0 },
      },
      { kind: "paragraph", text: "第二行", style: "标题 1", outlineLevel: 0, ref: { p: 0, line: 2 } },
    ]);
  });

  it("leaves tables and paragraphs without a break in their place", () => {
    const table = tableFromRows([["x"]]);
    const snapshot = { blocks: [para("题目"), table, para("甲\n乙"), para("丙")] };
    expect(texts(linesAsParagraphs(snapshot))).toEqual(["题目", "[table]", "甲", "乙", "丙"]);
    expect(linesAsParagraphs(snapshot).blocks[1]).toBe(table);
  });
});

describe("a report pasted with manual line breaks", () => {
  const sections = [
    "一、总体情况\n本机关认真贯彻条例。",
    "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "5、政府信息公开工作存在的主要问题及改进情况\n问题。\n六、其他需要报告的事项\n无。",
  ];

  it("finds every heading, whatever line of its paragraph it stands on", () => {
    const result = check({ blocks: sections.map((text, p) => para(text, { ref: { p } })) });
    expect(result.sections.map((s) => [s.key, s.found, s.ref])).toEqual([
      ["s1", true, { p: 0 }],
      ["s2", true, { p: 1 }],
      ["s3", true, { p: 1, line: 1 }],
      ["s4", true, { p: 1, line: 2 }],
      ["s5", true, { p: 2 }],
      ["s6", true, { p: 2, line: 2 }],
    ]);
  });

  it("offers to renumber a heading that starts its paragraph, never one on a later line", () => {
    const later = [
      ...sections.slice(0, 2),
      "问题。\n5、政府信息公开工作存在的主要问题及改进情况\n六、其他需要报告的事项",
    ];
    const heading = (blocks: string[]) =>
      check({ blocks: blocks.map((text, p) => para(text, { ref: { p } })) }).findings.find(
        (f) => f.rule === "section-heading" && f.section === "s5",
      );
    expect(heading(sections)?.fix).toEqual({
      op: "set-paragraph-prefix",
      ref: { p: 2 },
      from: "5、",
      to: "五、",
    });
    const onLaterLine = heading(later);
    expect(onLaterLine?.ref).toEqual({ p: 2, line: 1 });
    expect(onLaterLine?.fix).toBeUndefined();
  });
});
