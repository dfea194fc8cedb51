import type { HostRef } from "../../engine/types";
import { getFormat, getTable, type FormatTemplate } from "../../template";
import type { FormatId, SectionKey, TableKey } from "../../engine/types";
import { insertIntoDocx, paragraphSource, replaceTablesInDocx, type BlockPlace } from "./insert-blocks";
import { paragraphFormatOf, writerFrom } from "./paragraph-model";
import { emptyParagraph, sectionBlocks, sectionHeading } from "./report-template";
import { standardTable } from "./standard-table";

/**
 * The file counterparts of the add-in's insertions, for the demo page and the CLI: the same
 * content (from the template data) at the same places (the plans' anchors), written into a .docx.
 */

/** A copy with a zero-filled standard table (and an empty paragraph after it) at a place. */
export function insertTableIntoDocx(
  bytes: Uint8Array,
  format: FormatId,
  table: TableKey,
  place: BlockPlace,
): Uint8Array {
  return insertIntoDocx(bytes, place, standardTable(getTable(getFormat(format), table)) + emptyParagraph());
}

/**
 * A copy with a missing section at a place; its heading and body text copy the format of the
 * model paragraphs (`{ p }` refs of a section heading and a body paragraph) when given.
 */
export function insertSectionIntoDocx(
  bytes: Uint8Array,
  format: FormatId,
  section: SectionKey,
  place: BlockPlace,
  model: { readonly heading: HostRef; readonly body: HostRef | null; readonly listNumbering: boolean } | null,
): Uint8Array {
  const template: FormatTemplate = getFormat(format);
  const headingXml = model ? paragraphSource(bytes, model.heading) : null;
  const bodyXml = model?.body ? paragraphSource(bytes, model.body) : null;
  const numbered = !!model?.listNumbering && !!headingXml;
  const writer = writerFrom(
    headingXml ? paragraphFormatOf(headingXml, numbered) : null,
    bodyXml ? paragraphFormatOf(bodyXml, false) : null,
  );
  const title = template.sections.find((s) => s.key === section)!.title;
  const heading = numbered ? title : sectionHeading(template, section);
  return insertIntoDocx(bytes, place, sectionBlocks(template, section, { writer, heading }));
}

/** A copy with the tables `parts` replaced by the standard table holding `values` ("row/column" → text; others 0). */
export function replaceTableInDocx(
  bytes: Uint8Array,
  format: FormatId,
  table: TableKey,
  parts: readonly HostRef[],
  values: Readonly<Record<string, string>>,
): Uint8Array {
  const xml = standardTable(getTable(getFormat(format), table), {
    value: (row, column) => values[`${row}/${column}`],
  });
  return replaceTablesInDocx(bytes, parts, xml + emptyParagraph());
}
