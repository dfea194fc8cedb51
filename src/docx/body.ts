import type { DocumentSnapshot, SnapshotBlock, SnapshotParagraph } from "../engine/types";
import { ListNumbering } from "./numbering";
import { ParagraphReader, type ParagraphFacts } from "./paragraph-reader";
import { StyleSheet } from "./styles";
import { readTable } from "./table-grid";
import type { WordParts } from "./word-parts";
import { unwrapped } from "./wrappers";
import { child } from "./xml";

const BLOCKS = new Set(["w:p", "w:tbl"]);

/**
 * The snapshot of a Word document: the body's top-level paragraphs and tables in document
 * order, content controls and custom XML unwrapped. A document without a body is empty.
 */
export function readBody(parts: WordParts): DocumentSnapshot {
  const styles = new StyleSheet(parts.styles);
  const reader = new ParagraphReader(styles, new ListNumbering(parts.numbering, styles));
  const blocks: SnapshotBlock[] = [];
  let tables = 0;
  for (const element of unwrapped(child(parts.document, "w:body")?.children ?? [], BLOCKS)) {
    if (element.name === "w:p") blocks.push(snapshotParagraph(reader.read(element)));
    else blocks.push(readTable(element, { t: tables++, path: [] }, reader));
  }
  return { blocks };
}

function snapshotParagraph({ index, ...facts }: ParagraphFacts): SnapshotParagraph {
  return { kind: "paragraph", ...facts, ref: { p: index } };
}
