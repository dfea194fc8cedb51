/**
 * docs/bad-inputs.md, reports whose tables are not Word tables where the reader looks: no tables
 * at all, tables pasted as pictures or embedded worksheets, tables inside text boxes.
 */
import { readDocx } from "../../src/docx";
import { check, type SnapshotTable } from "../../src/engine";
import { paragraph, wordLikeReport } from "../docx/fixtures/word-like-report";
import { cli, embeddedWorksheet, folder, picture, textBox, vmlPicture } from "./build";

const checked = (bytes: Uint8Array) => check(readDocx(bytes), { strict: true });
const tableFindings = (bytes: Uint8Array) =>
  checked(bytes)
    .findings.filter((f) => f.rule === "table-missing")
    .map((f) => [f.table, f.messageId, f.message]);

describe("a report without any Word table", () => {
  const bytes = wordLikeReport({
    table: (key) => paragraph(key === "table3" ? "（详见附表）" : "本年度情况见下文。"),
  });

  it("says for each table, plainly, that the document has no table at all", () => {
    expect(tableFindings(bytes)).toEqual(
      ["table2", "table3", "table4"].map((t) => [
        t,
        "noTables",
        expect.stringContaining("整份文档中没有一张 Word 表格"),
      ]),
    );
    expect(checked(bytes).findings.map((f) => f.rule)).not.toContain("not-a-report");
  });

  it("prints it in the CLI", () => {
    const dir = folder({ "无表格.docx": bytes });
    try {
      const { code, stdout } = cli(dir.path("无表格.docx"));
      expect(code).toBe(1);
      expect(stdout).toContain("表格：表二 缺，表三 缺，表四 缺");
      expect(stdout).toContain(
        "[错误] 未找到表三（收到和处理政府信息公开申请情况）：整份文档中没有一张 Word 表格。",
      );
    } finally {
      dir.cleanup();
    }
  });
});

describe("tables pasted as pictures", () => {
  it("says the table seems to be a picture, section by section, for a DrawingML picture, a VML picture and an embedded worksheet", () => {
    const bytes = wordLikeReport({
      table: (key) =>
        key === "table2" ? picture(1) : key === "table3" ? vmlPicture() + picture(2) : embeddedWorksheet(),
    });
    const found = tableFindings(bytes);
    expect(found.map(([t, id]) => [t, id])).toEqual([
      ["table2", "picture"],
      ["table3", "picture"],
      ["table4", "picture"],
    ]);
    expect(found[1][2]).toBe(
      "未找到表三（收到和处理政府信息公开申请情况）。第三部分中有 2 张图片，表格可能是以图片形式插入的，无法读取其中的数字；请改用 Word 表格。",
    );
  });

  it("tells a table that is a picture from one that is simply missing, when other tables are there", () => {
    const bytes = wordLikeReport({
      table: (key, markup) => (key === "table4" ? "" : key === "table3" ? picture() : markup),
    });
    expect(tableFindings(bytes).map(([t, id]) => [t, id])).toEqual([
      ["table3", "picture"],
      ["table4", "missing"],
    ]);
  });

  it("keeps the paragraph a picture sits in, and counts the picture", () => {
    const { blocks } = readDocx(
      wordLikeReport({ table: (key, markup) => (key === "table2" ? picture() : markup) }),
    );
    const at = blocks.findIndex((b) => b.kind === "paragraph" && b.pictures);
    expect(blocks[at]).toMatchObject({ kind: "paragraph", text: "", pictures: 1 });
    expect(blocks[at - 1]).toMatchObject({ text: "主动公开政府信息情况", listText: "二、" });
    expect(blocks.filter((b) => b.kind === "paragraph" && b.pictures)).toHaveLength(1);
  });
});

describe("tables inside text boxes", () => {
  const boxed = wordLikeReport({ table: (key, markup) => (key === "table3" ? textBox(markup) : markup) });
  const plain = wordLikeReport();

  it("reads a table in a text box as a table of the report and checks it like any other", () => {
    const inBox = checked(boxed);
    const normal = checked(plain);
    const withoutParts = (r: typeof inBox) => r.tables.map((t) => ({ ...t, parts: [] }));
    expect(withoutParts(inBox)).toEqual(withoutParts(normal));
    expect(inBox.tables.map((t) => t.parts)).toEqual([[{ t: 0 }], [{ box: 0 }], [{ t: 1 }]]);
    const cellFindings = (r: typeof inBox) =>
      r.findings
        .filter((f) => f.table === "table3")
        .map((f) => [f.rule, f.row, f.column, f.expected, f.actual]);
    expect(cellFindings(inBox)).toEqual(cellFindings(normal));
    expect(cellFindings(inBox).length).toBeGreaterThan(0);
  });

  it("reads the table once, though Word writes the text box twice (DrawingML and its VML fallback)", () => {
    const tables = readDocx(boxed).blocks.filter((b): b is SnapshotTable => b.kind === "table");
    expect(tables.map((t) => t.ref)).toEqual([{ t: 0 }, { box: 0 }, { t: 1 }]);
    expect(tables[1].cells[0].ref).toEqual({ box: 0, tr: 0, tc: 0 });
  });

  it("leaves the body's paragraph numbering as Word counts it: text-box paragraphs are not in body.paragraphs", () => {
    const refOf = (bytes: Uint8Array, text: string) =>
      readDocx(bytes).blocks.find((b) => b.kind === "paragraph" && b.text === text)?.ref.p as number;
    const heading = "政府信息公开行政复议、行政诉讼情况"; // 四's heading, after table 3
    // the table's paragraphs leave the count, the text box's anchor paragraph joins it
    expect(refOf(boxed, heading)).toBe(refOf(plain, heading) - cellParagraphs(plain, 1) + 1);
    expect(refOf(boxed, "收到和处理政府信息公开申请情况")).toBe(
      refOf(plain, "收到和处理政府信息公开申请情况"),
    );
  });

  it("writes an annotated copy all the same (cells in text boxes get no mark there)", () => {
    const dir = folder({ "文本框.docx": boxed });
    try {
      const { code, stdout } = cli("--annotate", `${dir.dir}/标注`, dir.path("文本框.docx"));
      expect(code).toBe(1);
      expect(stdout).toContain("已写入标注副本");
    } finally {
      dir.cleanup();
    }
  });
});

/** How many `w:p` the t-th top-level table holds: one in each physical cell, in this report. */
function cellParagraphs(bytes: Uint8Array, t: number): number {
  const table = readDocx(bytes).blocks.filter((b): b is SnapshotTable => b.kind === "table")[t];
  return table.cells.reduce((n, cell) => n + cell.rowSpan, 0);
}
