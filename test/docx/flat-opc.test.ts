import { strToU8 } from "fflate";
import { DocxError, readDocx, readFlatOpc } from "../../src/docx";
import { cell, layout, para, paragraphs, row, table, tables, textCell, textTable } from "./fixtures/markup";
import { docx, flatOpc, W_NS } from "./fixtures/opc";

/** What `Table.getOoxml()` returns for a two-row table: no styles, no numbering, an empty paragraph after it. */
const TABLE_OOXML = `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
  <pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml" pkg:padding="512">
    <pkg:xmlData>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
      </Relationships>
    </pkg:xmlData>
  </pkg:part>
  <pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">
    <pkg:xmlData>
      <w:document xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">
        <w:body>
          ${table(
            3,
            row(
              textCell("行政复议", `<w:gridSpan w:val="2"/>`) +
                textCell("总计", `<w:vMerge w:val="restart"/>`),
            ) + row(textCell("结果维持") + textCell("结果纠正") + cell("<w:p/>", "<w:vMerge/>")),
          )}
          <w:p w14:paraId="1A2B3C4D"/>
          <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
        </w:body>
      </w:document>
    </pkg:xmlData>
  </pkg:part>
  <pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store">
    <pkg:binaryData>iVBORw0KGgo=</pkg:binaryData>
  </pkg:part>
</pkg:package>`;

describe("Flat OPC (Word's getOoxml)", () => {
  it("reads Flat OPC from getOoxml of one table without styles or numbering", () => {
    const snapshot = readFlatOpc(TABLE_OOXML);
    expect(snapshot.blocks.map((b) => b.kind)).toEqual(["table", "paragraph"]);
    const [t] = tables(snapshot);
    expect(t).toMatchObject({ rowCount: 2, colCount: 3, ref: { t: 0 } });
    expect(layout(t)).toEqual(["0,0 1x2 行政复议", "0,2 2x1 总计", "1,0 1x1 结果维持", "1,1 1x1 结果纠正"]);
    expect(paragraphs(snapshot)[0]).toEqual({ kind: "paragraph", text: "", ref: { p: 5 } });
  });

  it("reads styles and numbering from a Flat OPC package", () => {
    const xml = flatOpc({
      body: para(
        "总体情况",
        `<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>`,
      ),
      styles: `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`,
      numbering:
        `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>` +
        `<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`,
    });
    expect(readFlatOpc(xml).blocks).toEqual([
      {
        kind: "paragraph",
        text: "总体情况",
        listText: "一、",
        style: "标题 1",
        outlineLevel: 0,
        ref: { p: 0 },
      },
    ]);
  });

  it("finds the main part by its content type when the package has no relationships part", () => {
    const withoutRels = TABLE_OOXML.replace(/<pkg:part pkg:name="\/_rels\/\.rels"[\s\S]*?<\/pkg:part>/, "");
    expect(tables(readFlatOpc(withoutRels))).toHaveLength(1);
  });

  it("reads a Word XML Document file (Flat OPC bytes) through readDocx", () => {
    const bytes = strToU8(
      `\uFEFF<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n${TABLE_OOXML}`,
    );
    expect(tables(readDocx(bytes))[0].cells).toHaveLength(4);
  });

  it("rejects XML that is not a package with code not-docx, and broken XML with code corrupt", () => {
    const code = (xml: string): string | undefined => {
      try {
        readFlatOpc(xml);
      } catch (error) {
        return error instanceof DocxError ? error.code : "other";
      }
      return undefined;
    };
    expect(code(`<w:document xmlns:w="${W_NS}"><w:body/></w:document>`)).toBe("not-docx");
    expect(code(`<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>`)).toBe(
      "not-docx",
    );
    expect(code(TABLE_OOXML.slice(0, 900))).toBe("corrupt");
    expect(code("not xml at all")).toBe("corrupt");
  });
});

describe("a layout table in Word's own OOXML", () => {
  // a web page turned into Word: the report inside one cell, its tables nested
  const body =
    table(1, row(textCell("首页 > 年报")) + row(cell(para("一、总体情况") + textTable([["甲", "乙"]])))) +
    para("后");

  it("stays a table, as Word's body.tables lists it, for the add-in to map onto Word's collections", () => {
    const snapshot = readFlatOpc(flatOpc({ body }));
    expect(snapshot.blocks.map((b) => [b.kind, b.ref])).toEqual([
      ["table", { t: 0 }],
      ["paragraph", { p: 4 }],
    ]);
  });

  it("gives its content when asked, as the add-in reads a layout table Word lists", () => {
    const snapshot = readFlatOpc(flatOpc({ body }), { layoutTables: "content" });
    expect(snapshot.blocks.map((b) => [b.kind, b.ref])).toEqual([
      ["paragraph", { p: 0, layout: 0 }],
      ["paragraph", { p: 1, layout: 0 }],
      ["table", { t: 0, path: [1, 0, 0] }],
      ["paragraph", { p: 4 }],
    ]);
  });

  it("gives its content in a .docx, as the CLI and the pages read it", () => {
    expect(readDocx(docx({ body })).blocks.map((b) => [b.kind, b.ref])).toEqual([
      ["paragraph", { p: 0, layout: 0 }],
      ["paragraph", { p: 1, layout: 0 }],
      ["table", { t: 0, path: [1, 0, 0] }],
      ["paragraph", { p: 4 }],
    ]);
  });
});
