/// <reference types="office-js" />
/**
 * Selects a finding's place in the document, which also scrolls Word to it. A confirmed cell is
 * selected at its start (a TableCell cannot be selected before WordApiDesktop 1.4); a cell
 * without a confirmed address selects its table instead; a paragraph is selected whole; a table
 * inside a web page's layout table, the paragraph before it.
 */
import type { HostRef } from "../engine";
import { sameText } from "./_lib/same-text";
import { addressOf, type WordRead } from "./read-snapshot";

/** Queues the selection for a table or cell ref; false when the ref is not one of ours. */
export function queueTableSelection(read: WordRead, ref: HostRef): boolean {
  const address = addressOf(read.tables, ref);
  if (address) {
    address.table.proxy.getCell(address.rowIndex, address.cellIndex).body.getRange("Start").select();
    return true;
  }
  const table = typeof ref.t === "number" ? read.tables[ref.t] : undefined;
  if (!table) return false;
  table.proxy.getRange("Start").select();
  return true;
}

/**
 * Where 定位 goes for a table (or its cell) inside a web page's layout table, which Word gives no
 * address: the last paragraph with text before that table in the check's read, with the text
 * the check saw; null for any other ref, or when no such paragraph comes before it.
 */
export function paragraphBefore(read: WordRead, ref: HostRef): { p: number; text: string } | null {
  const path = ref.path;
  if (!Array.isArray(path) || typeof ref.t !== "number" || !read.tables[ref.t]?.layout) return null;
  const blocks = read.snapshot.blocks;
  const at = blocks.findIndex(
    (b) => b.kind === "table" && b.ref.t === ref.t && String(b.ref.path) === String(path),
  );
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === "paragraph" && b.ref.layout === ref.t && typeof b.ref.p === "number" && b.text.trim())
      return { p: b.ref.p, text: b.text };
  }
  return null;
}

/**
 * Selects the paragraph at Word's body paragraph index `p` after checking it still holds `text`
 * (two round trips: Word has no paragraph indexer; `skip` keeps the first one small).
 */
export async function selectParagraph(
  context: Word.RequestContext,
  p: number,
  text: string,
): Promise<boolean> {
  const paragraphs = context.document.body.paragraphs.load({ select: "text", skip: p, top: 1 });
  await context.sync();
  const paragraph = paragraphs.items[0];
  if (!paragraph || !sameText(paragraph.text, text)) return false;
  paragraph.select();
  await context.sync();
  return true;
}
