/**
 * Builders of the odd documents in docs/bad-inputs.md, and a way to run the CLI on them: every
 * input is made here, from hand-written markup, so each case says exactly what it contains.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TableKey } from "../../src/engine";
import { format2021, getTable, officialGrid, type GridCell } from "../../src/template";
import { cell, para, row, table as plainTable } from "../docx/fixtures/markup";
import { paragraph, table, wordLikeReport, type CellSpec } from "../docx/fixtures/word-like-report";
import type { Values } from "../helpers/snapshot";

export { cli } from "../helpers/cli";

const A = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`;
const PIC = `xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`;

/** A picture as Word 2010+ inserts one (a screenshot of a table, say), alone in its paragraph. */
export const picture = (id = 1): string =>
  `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
  `<wp:extent cx="5274310" cy="3076575"/><wp:docPr id="${id}" name="图片 ${id}"/>` +
  `<a:graphic ${A}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
  `<pic:pic ${PIC}><pic:nvPicPr><pic:cNvPr id="0" name="表三.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="rId${id + 10}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
  `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5274310" cy="3076575"/></a:xfrm>` +
  `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>` +
  `</wp:inline></w:drawing></w:r></w:p>`;

/** A picture as Word 2003 and WPS write it: VML. */
export const vmlPicture = (): string =>
  `<w:p><w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:415pt;height:242pt">` +
  `<v:imagedata r:id="rId20" o:title="" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape>` +
  `</w:pict></w:r></w:p>`;

/** A table pasted from Excel as an embedded worksheet: an OLE object, shown as its picture. */
export const embeddedWorksheet = (): string =>
  `<w:p><w:r><w:object w:dxaOrig="8306" w:dyaOrig="4829">` +
  `<v:shape id="_x0000_i1026" type="#_x0000_t75" style="width:415pt;height:241pt">` +
  `<v:imagedata r:id="rId21" o:title="" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape>` +
  `<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1026" DrawAspect="Content" ` +
  `ObjectID="_1234567890" r:id="rId22" xmlns:o="urn:schemas-microsoft-com:office:office"/>` +
  `</w:object></w:r></w:p>`;

/**
 * A text box holding `content` (paragraphs and tables), anchored in an empty paragraph, as
 * Word 2010+ writes it: a DrawingML shape, with the same text box again in VML as the fallback
 * for older Word.
 */
export const textBox = (content: string): string =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
  `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" ` +
  `behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
  `<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>` +
  `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
  `<wp:extent cx="5274310" cy="6000000"/><wp:wrapTopAndBottom/><wp:docPr id="7" name="文本框 7"/>` +
  `<a:graphic ${A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
  `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>` +
  `<wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>` +
  `</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" ` +
  `xmlns:o="urn:schemas-microsoft-com:office:office"/>` +
  `<v:shape id="文本框 7" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:415pt;height:472pt" ` +
  `xmlns:o="urn:schemas-microsoft-com:office:office"><v:textbox><w:txbxContent>${content}</w:txbxContent>` +
  `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

/** A list of documents as an annex to the report: 序号, 文件名称, 文号, 发布日期, 备注. */
export function catalogueTable(seed: number, rows = 10): string {
  const head: CellSpec[] = ["序号", "文件名称", "文号", "发布日期", "备注"].map((text) => ({ text }));
  const body = Array.from({ length: rows }, (_, i): CellSpec[] => [
    { text: String(seed * rows + i + 1) },
    { text: `关于做好第${seed}批第${i + 1}项重点工作的通知` },
    { text: `某政办发〔2023〕${seed * rows + i + 1}号` },
    { text: `2023年${(i % 12) + 1}月${(seed % 28) + 1}日` },
    { text: "" },
  ]);
  return table(5, [head, ...body]);
}

/** A paragraph of the prose a long report pads its sections with (about 115 characters). */
export const proseParagraph = (i: number): string =>
  paragraph(
    `第${i + 1}项：本机关围绕重点领域信息公开，及时发布政策文件、规划计划、财政预决算、重大建设项目和公共资源配置等信息，` +
      `并通过政府网站、政务新媒体和政务公开专区等渠道同步发布，方便群众查阅，全年累计发布各类信息${100 + (i % 900)}条。`,
  );

/**
 * A report of about 500 pages with 200 tables, in Word's own markup: the Word-like report with
 * 2,400 more paragraphs of prose (some 280,000 characters: 450 pages of 22 lines of 28
 * characters, the official page of GB/T 9704) and 197 annex tables of 11 rows listing documents
 * (half a page each), spread over sections 一, 二, 五 and 六.
 */
export function bigReport(): Uint8Array {
  const plan: Readonly<Record<number, readonly [paragraphs: number, tables: number]>> = {
    0: [1000, 80],
    1: [600, 60],
    4: [400, 30],
    5: [400, 27],
  };
  let p = 0;
  let t = 0;
  return wordLikeReport({
    after: (section) => {
      const [paragraphs, tables] = plan[section] ?? [0, 0];
      const blocks: string[] = [];
      for (let i = 0; i < paragraphs; i++) {
        blocks.push(proseParagraph(p++));
        // `tables` tables spread evenly over the section, each with a line introducing it
        if (Math.floor(((i + 1) * tables) / paragraphs) > Math.floor((i * tables) / paragraphs)) {
          blocks.push(
            paragraph(`附表${t + 1}：本年度主动公开文件目录（第${t + 1}部分）`),
            catalogueTable(t++),
          );
        }
      }
      return blocks.join("");
    },
  });
}

/** A temporary folder holding the given files; `cleanup` removes it. */
export function folder(files: Readonly<Record<string, Uint8Array | string>>): {
  dir: string;
  path: (name: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "report-check-bad-inputs-"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * An official table of the 2021 format as WordprocessingML, merges and all; value cells hold
 * `values` (0 when absent). `content` writes a cell's paragraphs from its text, so a test can
 * wrap the text in tracked changes, comments and the like.
 */
export function officialTableXml(
  key: TableKey,
  values: Values = {},
  content: (text: string, at: GridCell) => string = (text) => para(text),
): string {
  const grid = officialGrid(getTable(format2021, key));
  const rows: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = grid.cells
      .filter((c) => c.row <= r && r < c.row + c.rowSpan)
      .sort((a, b) => a.col - b.col)
      .map((c) => {
        const span = c.colSpan > 1 ? `<w:gridSpan w:val="${c.colSpan}"/>` : "";
        if (c.row !== r) return cell("<w:p/>", `${span}<w:vMerge/>`);
        const text = c.value ? String(values[c.value.row]?.[c.value.column] ?? 0) : c.text;
        return cell(content(text, c), `${span}${c.rowSpan > 1 ? `<w:vMerge w:val="restart"/>` : ""}`);
      });
    rows.push(row(cells.join("")));
  }
  return plainTable(grid.colCount, rows.join(""));
}

/**
 * A whole report in plain markup: title, the six headings with a line of text each, the three
 * tables with `values`, the date. `heading` and `content` let a test change how headings and
 * cells are written.
 */
export function reportXml(
  values: Partial<Record<TableKey, Values>> = {},
  options: {
    readonly heading?: (text: string, section: number) => string;
    readonly content?: (text: string, at: GridCell) => string;
  } = {},
): string {
  const heading = options.heading ?? ((text: string) => para(text));
  const blocks = [para("青石县人民政府2023年政府信息公开工作年度报告")];
  format2021.sections.forEach((s, i) => {
    blocks.push(heading(`${s.numeral}、${s.title}`, i), para(`2023年，本机关认真做好${s.title}相关工作。`));
    const t = format2021.tables.find((t) => t.section === s.key);
    if (t) blocks.push(officialTableXml(t.key, values[t.key], options.content));
  });
  blocks.push(para("青石县人民政府办公室"), para("2024年1月15日"));
  return blocks.join("");
}
