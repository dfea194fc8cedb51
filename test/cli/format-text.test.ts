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
