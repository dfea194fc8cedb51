import { FONTS, R_NS, SIZES, W_NS } from "./ooxml";

export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
export const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** Style ids of the report template's style sheet. */
export const STYLE_IDS = { title: "Title", heading1: "Heading1", tableText: "ReportCheckTableText" } as const;

/**
 * The paragraph style of standard-table cells (宋体 五号, no indent, single spacing). The cells
 * also carry it as direct formatting; the style is there for LibreOffice, which drops the run
 * formatting of the first paragraph inside a block content control.
 */
export function tableTextStyle(): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_IDS.tableText}"><w:name w:val="年报表格文字"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${FONTS.latin}" w:hAnsi="${FONTS.latin}" w:eastAsia="${FONTS.table}" w:cs="${FONTS.latin}"/>` +
    `<w:sz w:val="${SIZES.table}"/><w:szCs w:val="${SIZES.table}"/></w:rPr></w:style>`
  );
}

/** A `w:document` around body content, with an A4 page and 公文 margins. */
export function documentXml(body: string): string {
  const section =
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  return `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${section}</w:body></w:document>`;
}

/**
 * The style sheet of a generated report: 仿宋 三号 body text with a two-character indent and
 * 28 pt lines, a 方正小标宋 二号 title, 黑体 三号 section headings (heading 1, so Word's navigation
 * pane and our checker see them as headings).
 */
export function stylesXml(): string {
  const fonts = (east: string) =>
    `<w:rFonts w:ascii="${FONTS.latin}" w:hAnsi="${FONTS.latin}" w:eastAsia="${east}" w:cs="${FONTS.latin}"/>`;
  const size = (n: number) => `<w:sz w:val="${n}"/><w:szCs w:val="${n}"/>`;
  return (
    `${XML_HEAD}<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONTS.body)}${size(SIZES.body)}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${fonts(FONTS.body)}${size(SIZES.body)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${STYLE_IDS.title}"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="560" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
    `<w:rPr>${fonts(FONTS.title)}${size(SIZES.title)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${STYLE_IDS.heading1}"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${fonts(FONTS.heading)}${size(SIZES.body)}</w:rPr></w:style>` +
    tableTextStyle() +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

/**
 * Body content as a Flat OPC package, what Word's `insertOoxml` takes: the package relationships
 * and the main document part and, with `styles`, a style sheet holding those styles, which Word
 * adds to the document when it lacks them (its own styles are never replaced).
 */
export function flatOpc(body: string, options: { readonly styles?: string } = {}): string {
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const relsType = "application/vnd.openxmlformats-package.relationships+xml";
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part(
      "/_rels/.rels",
      relsType,
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ) +
    (options.styles
      ? part(
          "/word/_rels/document.xml.rels",
          relsType,
          `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`,
        ) + part("/word/styles.xml", STYLES_TYPE, `<w:styles xmlns:w="${W_NS}">${options.styles}</w:styles>`)
      : "") +
    part(
      "/word/document.xml",
      MAIN_TYPE,
      `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`,
    ) +
    `</pkg:package>`
  );
}
