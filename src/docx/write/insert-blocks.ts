import type { HostRef } from "../../engine/types";
import { DocxError } from "../errors";
import { DocumentEditor } from "./document-editor";
import { EditablePackage } from "./editable-package";
import { STYLE_IDS, tableTextStyle } from "./package";
import { XmlEditError, type XmlNode } from "./xml-tree";

/** Where block content goes in a file: next to a body-level paragraph `{ p }` or table `{ t }`, or at the end. */
export type BlockPlace =
  { readonly kind: "after" | "before"; readonly ref: HostRef } | { readonly kind: "end" };

const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/**
 * Makes the paragraph style of standard-table cells available to inserted content: added to
 * the document's style sheet when missing, or taken out of the content when the document has
 * no style sheet. (LibreOffice lays a table out wrongly when its paragraphs name a style the
 * document does not define.)
 */
function withTableTextStyle(pkg: EditablePackage, main: string, xml: string): string {
  const reference = `<w:pStyle w:val="${STYLE_IDS.tableText}"/>`;
  if (!xml.includes(reference)) return xml;
  const name = pkg.related(main, STYLES_REL);
  const styles = name ? pkg.text(name) : undefined;
  const close = styles?.lastIndexOf("</w:styles>") ?? -1;
  if (!name || !styles || close < 0) return xml.split(reference).join("");
  if (!styles.includes(`w:styleId="${STYLE_IDS.tableText}"`))
    pkg.setText(name, styles.slice(0, close) + tableTextStyle() + styles.slice(close));
  return xml;
}

function edit<T>(
  bytes: Uint8Array,
  xml: string,
  change: (editor: DocumentEditor, xml: string) => T,
): { bytes: Uint8Array; value: T } {
  const pkg = new EditablePackage(bytes);
  let editor: DocumentEditor;
  try {
    editor = new DocumentEditor(pkg.text(pkg.mainPart)!);
    const value = change(editor, withTableTextStyle(pkg, pkg.mainPart, xml));
    pkg.setText(pkg.mainPart, editor.result());
    return { bytes: pkg.bytes(), value };
  } catch (error) {
    if (error instanceof XmlEditError) throw new DocxError("corrupt", error);
    throw error;
  }
}

/** The body-level block a ref names, or undefined (a paragraph inside a table is not one). */
function blockAt(editor: DocumentEditor, ref: HostRef): XmlNode | undefined {
  const node =
    typeof ref.p === "number"
      ? editor.map.paragraphs[ref.p]
      : typeof ref.t === "number" && !("path" in ref)
        ? editor.map.tables[ref.t]?.node
        : undefined;
  return node && editor.map.blocks.includes(node) ? node : undefined;
}

/**
 * A copy of a .docx with block content (paragraphs, tables, as `sectionBlocks` or
 * `standardTable` write them) inserted at a place. Nothing else changes. Throws DocxError
 * "corrupt" when the place is not a body-level block of the file.
 */
export function insertIntoDocx(bytes: Uint8Array, place: BlockPlace, xml: string): Uint8Array {
  return edit(bytes, xml, (editor, content) => {
    if (place.kind === "end") return editor.appendBlocks(content);
    const block = blockAt(editor, place.ref);
    if (!block) throw new XmlEditError("no such block");
    editor.insertBlocks(block, place.kind, content);
  }).bytes;
}

/** A copy of a .docx with tables (`{ t }`) removed and `xml` put where the last of them was. */
export function replaceTablesInDocx(bytes: Uint8Array, parts: readonly HostRef[], xml: string): Uint8Array {
  return edit(bytes, xml, (editor, content) => {
    const tables = parts.map((ref) => blockAt(editor, ref));
    if (!tables.length || tables.some((t) => !t || t.name !== "w:tbl"))
      throw new XmlEditError("no such table");
    editor.insertBlocks(tables[tables.length - 1]!, "after", content);
    tables.forEach((t) => editor.removeBlock(t!));
  }).bytes;
}

/** The XML of a body paragraph (`{ p }`), to copy its format; null when there is none. */
export function paragraphSource(bytes: Uint8Array, ref: HostRef): string | null {
  const pkg = new EditablePackage(bytes);
  try {
    const editor = new DocumentEditor(pkg.text(pkg.mainPart)!);
    const node = typeof ref.p === "number" ? editor.map.paragraphs[ref.p] : undefined;
    return node ? editor.source(node) : null;
  } catch (error) {
    if (error instanceof XmlEditError) return null;
    throw error;
  }
}
