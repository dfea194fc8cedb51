import type { DocumentSnapshot, SnapshotBlock, SnapshotParagraph } from "../engine/types";
import { ListNumbering } from "./numbering";
import { ParagraphReader, type ParagraphFacts } from "./paragraph-reader";
import { StyleSheet } from "./styles";
import { readLayoutTable, isLayoutTable, readTable } from "./table-grid";
import type { WordParts } from "./word-parts";
import { unwrapped } from "./wrappers";
import { child, type XmlElement } from "./xml";

const BLOCKS = new Set(["w:p", "w:tbl"]);

/** How the body is read. */
export interface BodyOptions {
  /**
   * "content": a layout table (see isLayoutTable) gives its content, as a .docx made from a web
   * page needs. Otherwise every table is a table, as Word's collections list them: the add-in
   * reads Word's own `getOoxml()` (readFlatOpc) beside `body.paragraphs` and `body.tables`, and
   * maps one onto the other.
   */
  readonly layoutTables?: "content" | "tables";
}

/**
 * The snapshot of a Word document: the body's top-level paragraphs and tables in document
 * order, content controls and custom XML unwrapped. A layout table (see isLayoutTable) gives its
 * content when asked (BodyOptions), as a web page turned into Word holds the whole report in one.
 * A table in a text box follows the block it is anchored in, with a `box` ref (see TablePlace);
 * the text boxes' other paragraphs are not read. A document without a body is empty.
 */
export function readBody(parts: WordParts, options: BodyOptions = {}): DocumentSnapshot {
  const styles = new StyleSheet(parts.styles);
  const reader = new ParagraphReader(styles, new ListNumbering(parts.numbering, styles));
  // text boxes get a reader of their own: their paragraphs are not in Word's body.paragraphs
  // and must not move the body's paragraph index or list counters
  let boxReader: ParagraphReader | undefined;
  // text boxes inside text boxes' tables are found as those are read, and read in turn
  const nextBoxTable = (): XmlElement | undefined =>
    reader.textBoxTables.shift() ?? boxReader?.textBoxTables.shift();
  const blocks: SnapshotBlock[] = [];
  let tables = 0;
  let boxTables = 0;
  for (const element of unwrapped(child(parts.document, "w:body")?.children ?? [], BLOCKS)) {
    if (element.name === "w:p") blocks.push(snapshotParagraph(reader.read(element)));
    else if (options.layoutTables === "content" && isLayoutTable(element)) {
      const t = tables++;
      for (const block of readLayoutTable(element, { t, path: [], inTextBox: false }, reader))
        blocks.push("kind" in block ? block : snapshotParagraph(block, t));
    } else blocks.push(readTable(element, { t: tables++, path: [], inTextBox: false }, reader));
    for (let table = nextBoxTable(); table; table = nextBoxTable()) {
      boxReader ??= new ParagraphReader(styles, new ListNumbering(parts.numbering, styles));
      blocks.push(readTable(table, { t: boxTables++, path: [], inTextBox: true }, boxReader));
    }
  }
  return { blocks };
}

/**
 * The facts as a snapshot paragraph: absent facts left out, the keys in the snapshot's order; a
 * paragraph of layout table `layout`'s content says so in its ref (it is not a body-level block).
 */
function snapshotParagraph(facts: ParagraphFacts, layout?: number): SnapshotParagraph {
  const { index, text, listText, style, outlineLevel, pictures, textBoxes } = facts;
  const paragraph: { -readonly [K in keyof SnapshotParagraph]?: SnapshotParagraph[K] } = {
    kind: "paragraph",
    text,
  };
  if (listText !== undefined) paragraph.listText = listText;
  if (style !== undefined) paragraph.style = style;
  if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
  if (pictures > 0) paragraph.pictures = pictures;
  if (textBoxes > 0) paragraph.textBoxes = textBoxes;
  paragraph.ref = layout === undefined ? { p: index } : { p: index, layout };
  return paragraph as SnapshotParagraph;
}
