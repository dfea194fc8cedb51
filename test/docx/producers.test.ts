import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InsertedTextRun,
  DeletedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { readDocx } from "../../src/docx";
import { SECTION_TITLES, docxLibraryReport } from "./fixtures/docx-library-report";
import { layout, paragraphs, tables } from "./fixtures/markup";
import { wordLikeReport } from "./fixtures/word-like-report";

const pack = async (children: (Paragraph | Table)[]): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));

describe("documents from an independent producer (the docx library)", () => {
  it("reads the typical report: numbered headings, body text and three tables", async () => {
    const snapshot = readDocx(await docxLibraryReport());
    const headings = paragraphs(snapshot).filter((p) => p.outlineLevel === 0);
    expect(headings.map((h) => `${h.listText}${h.text}`)).toEqual(
      SECTION_TITLES.map((title, i) => `${"一二三四五六"[i]}、${title}`),
    );
    expect(headings[0].style).toBe("Heading 1");
    expect(tables(snapshot).map((t) => [t.rowCount, t.colCount, t.cells.length])).toEqual([
      [10, 4, 40],
      [25, 10, 226],
      [3, 15, 45],
    ]);
    const label = tables(snapshot)[1].cells[0];
    expect(label).toMatchObject({ row: 0, col: 0, rowSpan: 25, colSpan: 1, text: "三、本年度办理结果" });
  });

  it("reads column spans, tracked changes and hyperlinks as the docx library writes them", async () => {
    const bytes = await pack([
      new Paragraph({
        children: [
          new TextRun("共"),
          new DeletedTextRun({ text: "12", id: 1, author: "审核", date: "2024-01-01T00:00:00Z" }),
          new InsertedTextRun({ text: "15", id: 2, author: "审核", date: "2024-01-01T00:00:00Z" }),
          new TextRun("件，详见"),
          new ExternalHyperlink({ link: "https://example.org", children: [new TextRun("网站")] }),
        ],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [new TableCell({ columnSpan: 2, children: [new Paragraph("行政复议")] })],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("维持"), new Paragraph("第二段")] }),
              new TableCell({ children: [new Paragraph("纠正")] }),
            ],
          }),
        ],
      }),
      new Paragraph({ text: "结语", heading: HeadingLevel.HEADING_2 }),
    ]);
    const snapshot = readDocx(bytes);
    expect(paragraphs(snapshot).map((p) => p.text)).toEqual(["共15件，详见网站", "结语"]);
    expect(paragraphs(snapshot)[1]).toMatchObject({ style: "Heading 2", outlineLevel: 1, ref: { p: 5 } });
    expect(layout(tables(snapshot)[0])).toEqual(["0,0 1x2 行政复议", "1,0 1x1 维持\n第二段", "1,1 1x1 纠正"]);
  });
});

describe("documents written the way Word writes them", () => {
  const snapshot = readDocx(wordLikeReport());

  it("reads the 2021-format applications table with its merged headers", () => {
    const t = tables(snapshot)[1];
    expect([t.rowCount, t.colCount]).toEqual([28, 10]);
    expect(layout(t).slice(0, 5)).toEqual([
      "0,0 3x3 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "0,3 1x7 申请人情况",
      "1,3 2x1 自然人",
      "1,4 1x5 法人或其他组织",
      "1,9 2x1 总计",
    ]);
    expect(t.cells.find((c) => c.text === "三、本年度办理结果")).toMatchObject({ col: 0, rowSpan: 22 });
    expect(t.cells.find((c) => c.text === "（三）不予公开")).toMatchObject({ col: 1, rowSpan: 8 });
  });

  it("numbers second-level headings afresh under each first-level heading", () => {
    const numbered = paragraphs(snapshot).filter((p) => p.listText !== undefined);
    expect(numbered.slice(0, 8).map((p) => p.listText)).toEqual([
      "一、",
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "二、",
      "（一）",
    ]);
  });
});
