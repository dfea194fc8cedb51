/**
 * The blank report as LibreOffice reads it: each standard table has the official rows, rowspans
 * and colspans, and a page of table three is kept as test-artifacts/template-table3.png.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { reportTemplateDocx } from "../../../src/docx/write";
import { format2021, officialGrid } from "../../../src/template";
import { convert, describeWithLibreOffice, htmlTables, renderPage } from "./libreoffice";

const artifacts = path.resolve(__dirname, "../../../test-artifacts");

describeWithLibreOffice("the blank report in LibreOffice", () => {
  let dir: string;
  let docx: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "template-lo-"));
    docx = path.join(dir, "report.docx");
    writeFileSync(docx, reportTemplateDocx(2024));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("renders table2, table3 and table4 with the official rows, rowspans, colspans and labels", () => {
    const tables = htmlTables(convert(docx, "html", dir));
    expect(tables).toHaveLength(3);
    format2021.tables.forEach((table, i) => {
      const grid = officialGrid(table);
      const rows = tables[i];
      expect(rows).toHaveLength(grid.rowCount);
      rows.forEach((cells, r) => {
        const expected = grid.cells
          .filter((c) => c.row === r)
          .map((c) => ({
            rowSpan: c.rowSpan,
            colSpan: c.colSpan,
            text: c.value ? "0" : c.text.replace(/\s+/g, ""),
          }));
        expect(cells.map(({ rowSpan, colSpan, text }) => ({ rowSpan, colSpan, text }))).toEqual(expected);
      });
    });
    // the merges the issue names, as LibreOffice reports them
    const spans = tables[1].flat();
    expect(spans).toContainEqual(
      expect.objectContaining({
        rowSpan: 3,
        colSpan: 3,
        text: expect.stringMatching(/^（本列数据的勾稽关系/),
      }),
    );
    expect(spans).toContainEqual(expect.objectContaining({ colSpan: 7, text: "申请人情况" }));
    expect(spans).toContainEqual(expect.objectContaining({ colSpan: 5, text: "法人或其他组织" }));
    expect(spans).toContainEqual(expect.objectContaining({ rowSpan: 22, text: "三、本年度办理结果" }));
  });

  it("lays the report out as pages and keeps a picture of table3's page", async () => {
    const pdf = convert(docx, "pdf", dir);
    mkdirSync(artifacts, { recursive: true });
    const png = path.join(artifacts, "template-table3.png");
    const rendered = await renderPage(pdf, 2, png);
    if (!rendered) console.warn("template page not rendered: neither pdftoppm nor Chromium is installed");
  });
});
