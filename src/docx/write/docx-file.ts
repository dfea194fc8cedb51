/**
 * Whole .docx files (zip packages) from body content: a minimal package and the blank report.
 * Apart from the OOXML the pane inserts into Word (package.ts, report-template.ts), so the pane's
 * first load carries no zip writer.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { formatForYear, getFormat, reportOpening, reportSignature, reportTitle } from "../../template";
import { paragraph, run } from "./ooxml";
import {
  documentXml,
  MAIN_TYPE,
  OFFICE_DOCUMENT,
  PKG_REL,
  STYLE_IDS,
  STYLES_REL,
  STYLES_TYPE,
  stylesXml,
  XML_HEAD,
} from "./package";
import { sectionBlocks, templateWriter, type ReportTemplateOptions } from "./report-template";

/** A minimal .docx (zip) around body content: document, styles, relationships, content types. */
export function writeDocx(body: string): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${MAIN_TYPE}"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(documentXml(body)),
    "word/_rels/document.xml.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`,
    ),
    "word/styles.xml": strToU8(stylesXml()),
  };
  // a fixed date keeps the bytes the same for the same content
  return zipSync(files, { level: 6, mtime: new Date(2024, 0, 1) });
}

/**
 * A blank report on `year` as a .docx: title, opening paragraph, the six sections with
 * placeholders and zero-filled tables, a signature block. Uses the format the year calls for.
 * @example reportTemplateDocx(2024) // the bytes of report.docx
 */
export function reportTemplateDocx(year: number, options: ReportTemplateOptions = {}): Uint8Array {
  const format = options.format ?? getFormat(formatForYear(year));
  const body = [
    paragraph(run(reportTitle(year)), { style: STYLE_IDS.title }),
    ...reportOpening(year).map((text) => templateWriter.body(text)),
    ...format.sections.map((s) => sectionBlocks(format, s.key, { value: options.value })),
    ...reportSignature.map((text) =>
      paragraph(run(text), { align: "right", firstLineChars: 0, lineExact: 560 }),
    ),
  ].join("");
  return writeDocx(body);
}
