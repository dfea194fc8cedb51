import { readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../src/docx";
import { check, previousReport } from "../../src/engine";
import { decodeHtml, HtmlError, looksLikeHtml, readHtml } from "../../src/html/read-html";

const root = join(__dirname, "../..");
const page = readFileSync(join(root, "test/fixtures/html/clean-2021.html"));
const docx = readFileSync(join(root, "test/fixtures/docx/clean-2021.docx"));
const html = (body: string) => new TextEncoder().encode(`<!DOCTYPE html><html><body>${body}</body></html>`);

describe("readHtml", () => {
  it("reads a report saved from a website as the .docx reads: same year, tables and carried figures", () => {
    const fromPage = previousReport(readHtml(page));
    const fromDocx = previousReport(readDocx(docx));
    expect(fromPage.year).toBe(2023);
    expect(fromPage.carriedForward).toEqual(fromDocx.carriedForward);
    expect(fromPage.inForce).toEqual(fromDocx.inForce);
    expect(fromPage.cells).toEqual(fromDocx.cells);
    expect(Object.keys(fromPage.cells!).length).toBeGreaterThan(170);
  });

  it("binds every cell of the three tables, and the site's layout table is not one of them", () => {
    const result = check(readHtml(page), { strict: true });
    expect(result.tables.map((t) => [t.key, t.found, t.bound === t.expected])).toEqual([
      ["table2", true, true],
      ["table3", true, true],
      ["table4", true, true],
    ]);
  });

  it("places cells on the grid by rowspan and colspan", () => {
    const { blocks } = readHtml(
      html(
        '<table><tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr><tr><td>丙</td><td>丁<br>戊</td></tr></table>',
      ),
    );
    const [table] = blocks;
    expect(
      table.kind === "table" && table.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text]),
    ).toEqual([
      [0, 0, 2, 1, "甲"],
      [0, 1, 1, 2, "乙"],
      [1, 1, 1, 1, "丙"],
      [1, 2, 1, 1, "丁\n戊"],
    ]);
  });

  it("reads paragraphs, not scripts or styles; spans beyond the grid are cut", () => {
    const { blocks } = readHtml(
      html(
        '<script>var x="一、总体情况";</script><p>一、总体情况</p><div>正文<span>一段</span></div><table><tr><td rowspan="9999">1</td></tr></table>',
      ),
    );
    expect(blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.rowCount}`))).toEqual([
      "一、总体情况",
      "正文一段",
      "table 1",
    ]);
  });

  it("decodes GBK pages as their <meta> declares, and undeclared ones that are not UTF-8", () => {
    const gbk = [0xc4, 0xea, 0xb1, 0xa8]; // 年报
    const declared = Uint8Array.from([...Buffer.from('<meta charset="gb2312"><p>'), ...gbk]);
    expect(decodeHtml(declared)).toContain("年报");
    expect(decodeHtml(Uint8Array.from([...Buffer.from("<p>"), ...gbk]))).toContain("年报");
    expect(decodeHtml(html("年报"))).toContain("年报");
  });

  it("refuses a page with no text, in Chinese", () => {
    expect(() => readHtml(html("<script>1</script>"))).toThrow(new HtmlError("网页中没有任何文字。", ""));
  });

  it("tells a page from a .docx", () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml(docx)).toBe(false);
  });
});
