/**
 * Writing OOXML: the official tables from the template data, a blank report, and copies of a
 * report with marks and comments or with fixes applied. Pure: bytes and strings in and out.
 */
export { standardTable, contentControl, TEXT_WIDTH, type StandardTableOptions } from "./standard-table";
export {
  sectionBlocks,
  sectionHeading,
  emptyParagraph,
  templateWriter,
  directWriter,
  type ParagraphWriter,
  type SectionOptions,
  type ReportTemplateOptions,
} from "./report-template";
export { writeDocx, reportTemplateDocx } from "./docx-file";
export { flatOpc, documentXml, stylesXml, tableTextStyle, STYLE_IDS } from "./package";
export { encodeTag, parseTag, TAG_PREFIX, type ContentTag } from "./tags";
export {
  annotateDocx,
  annotationOf,
  commentText,
  type Annotation,
  type AnnotateOptions,
  type AnnotateOutcome,
} from "./annotate";
export { applyFixesToDocx, type FixOutcome, type RefusedReason } from "./apply-fixes";
export { paragraphFormatOf, writerFrom } from "./paragraph-model";
export { insertIntoDocx, replaceTablesInDocx, paragraphSource, type BlockPlace } from "./insert-blocks";
export { insertTableIntoDocx, insertSectionIntoDocx, replaceTableInDocx } from "./repair-docx";
