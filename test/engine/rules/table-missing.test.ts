import { brief, findingsOf } from "../../helpers/rule-tester";
import { para, report } from "../../helpers/snapshot";

describe("table-missing", () => {
  it("finds nothing when the three tables are there", () => {
    expect(findingsOf("table-missing", report())).toEqual([]);
  });

  it("reports a missing table4 as an error in section 四", () => {
    const found = findingsOf("table-missing", report({ tables: { table4: null } }));
    expect(found.map(brief)).toEqual([
      expect.objectContaining({ messageId: "missing", section: "s4", table: "table4" }),
    ]);
    expect(found[0].severity).toBe("error");
  });
});

describe("table-missing says why a table was not found", () => {
  it("says the document has no table at all, for each table", () => {
    const noTables = report({ tables: { table2: null, table3: null, table4: null } });
    const found = findingsOf("table-missing", noTables);
    expect(found.map((f) => f.messageId)).toEqual(["noTables", "noTables", "noTables"]);
    expect(found[0].message).toContain("整份文档中没有一张 Word 表格");
  });

  it("says a table seems to be a picture when its section holds one", () => {
    const pictured = report({
      tables: { table3: null },
      section: (key, blocks) => (key === "s3" ? [...blocks, para("", { pictures: 2 })] : blocks),
    });
    const [finding] = findingsOf("table-missing", pictured);
    expect(brief(finding)).toEqual(expect.objectContaining({ messageId: "picture", table: "table3" }));
    expect(finding.message).toBe(
      "未找到表三（收到和处理政府信息公开申请情况）。第三部分中有 2 张图片，表格可能是以图片形式插入的，无法读取其中的数字；请改用 Word 表格。",
    );
    // a picture elsewhere says nothing about this table
    const elsewhere = report({
      tables: { table4: null },
      section: (key, blocks) => (key === "s3" ? [...blocks, para("", { pictures: 1 })] : blocks),
    });
    expect(findingsOf("table-missing", elsewhere)[0].messageId).toBe("missing");
  });

  it("says a table seems broken into text boxes when its section holds more of them than pictures", () => {
    // a converted PDF: a text box for each cell, the table's rules drawn as shapes
    const withBoxes = (textBoxes: number, pictures: number) =>
      findingsOf(
        "table-missing",
        report({
          tables: { table3: null },
          section: (key, blocks) =>
            key === "s3"
              ? [...blocks, para("", { textBoxes: textBoxes - 1, pictures }), para("", { textBoxes: 1 })]
              : blocks,
        }),
      )[0];
    const converted = withBoxes(36, 12);
    expect(brief(converted)).toEqual(expect.objectContaining({ messageId: "textBoxes", table: "table3" }));
    expect(converted.message).toBe(
      "未找到表三（收到和处理政府信息公开申请情况）。第三部分中有 36 个文本框，表格可能被拆成了文本框（常见于由 PDF 转换来的文件），无法读取其中的数字；请改用 Word 表格。",
    );
    // a caption in a text box beside a table pasted as a picture: the picture it is
    expect(withBoxes(1, 1).messageId).toBe("picture");
  });
});
