/// <reference types="office-js" />
/**
 * Selects a finding's place in the document, which also scrolls Word to it. A confirmed cell is
 * selected at its start (a TableCell cannot be selected before WordApiDesktop 1.4); a cell
 * without a confirmed address selects its table instead; a paragraph is selected whole.
 */
import type { HostRef } from "../engine";
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

/** Selects the paragraph at Word's body paragraph index `p` (two round trips: Word has no paragraph indexer). */
export async function selectParagraph(context: Word.RequestContext, p: number): Promise<boolean> {
  const paragraphs = context.document.body.paragraphs.load({ select: "tableNestingLevel", top: p + 1 });
  await context.sync();
  const paragraph = paragraphs.items[p];
  if (!paragraph) return false;
  paragraph.select();
  await context.sync();
  return true;
}
