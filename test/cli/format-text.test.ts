import { textFormatter } from "../../src/cli/format-text";
import { check } from "../../src/engine";
import { gridRows, report, tableFromRows } from "../helpers/snapshot";

/** A report whose table 3 stops after 2.重复申请: eight rows are gone (as seed 002). */
function truncated() {
  const rows = gridRows("table3");
  const cut = rows.findIndex((r) => r.some((c) => c.startsWith("2.重复申请"))) + 1;
  return check(report({ tables: { table3: tableFromRows(rows.slice(0, cut)) } }));
}

describe("the text output", () => {
  it("names every row a table lacks on the grouped line", () => {
    const result = truncated();
    const missing = result.findings.filter((f) => f.rule === "table-row-missing");
    expect(missing).toHaveLength(8);
    for (const lang of ["zh", "en"] as const) {
      const text = textFormatter(lang).file({ file: "a.docx", error: null, result });
      const [line] = text.split("\n").filter((l) => l.includes("table-row-missing"));
      expect(line).toContain("×8");
      for (const f of missing) expect(line).toContain(`“${String(f.data.row)}”`);
    }
    const zh = textFormatter("zh").file({ file: "a.docx", error: null, result });
    expect(zh).toContain("表三缺少 8 行：“（五）不予处理 3.要求提供公开出版物”、");
  });
});

describe("the text output's closing summary", () => {
  const verdicts = { errors: 1, warnings: 0, clean: 0, unread: 2 };
  const summary = {
    total: 3,
    skipped: [],
    verdicts,
    errorFiles: [{ file: "in/甲.docx", agency: "甲镇人民政府", errors: 2 }],
    unreadFiles: [
      { file: "in/林业局.docx", message: "文件已损坏，无法读取。", messageEn: "The file is damaged." },
      { file: "in/城管局.docx", message: "文件是空的（0 字节）。", messageEn: "The file is empty." },
    ],
  };

  it("lists the files that could not be read, with why, after the reports with errors", () => {
    const zh = textFormatter("zh").end(summary);
    expect(zh).toContain(
      "有错误的报告：\n  ✗ in/甲.docx（甲镇人民政府）：错误 2 项\n" +
        "无法读取的文件：\n  ✗ in/林业局.docx：文件已损坏，无法读取。\n  ✗ in/城管局.docx：文件是空的（0 字节）。\n",
    );
    const en = textFormatter("en").end(summary);
    expect(en).toContain("Files that could not be read:\n  ✗ in/林业局.docx：The file is damaged.\n");
  });
});
