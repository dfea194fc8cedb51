/**
 * Writing OOXML: the official tables from the template data, a blank report, and copies of a
 * report with marks and comments or with fixes applied. Pure: bytes and strings in and out.
 */
export { standardTable, contentControl, TEXT_WIDTH, type StandardTableOptions } from "./standard-table";
export {
  reportTemplateDocx,
  sectionBlocks,
  sectionHeading,
  emptyParagraph,
  templateWriter,
  directWriter,
  type ParagraphWriter,
} from "./report-template";
export { writeDocx, flatOpc, documentXml, stylesXml } from "./package";
export { encodeTag, parseTag, TAG_PREFIX, type ContentTag } from "./tags";
