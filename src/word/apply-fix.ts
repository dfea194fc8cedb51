/// <reference types="office-js" />
/**
 * Applies one fix from the engine. A fix carries the text it expects to replace (`from`); when the
 * document no longer holds it (the clerk edited the cell since the check) the fix is refused.
 */
import type { Fix } from "../engine";
import { sameText } from "./_lib/same-text";
import { fail, ok, type PortResult } from "./port";
import { addressOf, type WordRead } from "./read-snapshot";

/** Word search treats "^" as a special character even without wildcards. */
const searchable = (text: string) => text.replace(/\^/g, "^^");

export async function applyFix(
  context: Word.RequestContext,
  read: WordRead,
  fix: Fix,
): Promise<PortResult<void>> {
  if (fix.op === "set-cell") {
    const address = addressOf(read.tables, fix.ref);
    if (!address) return fail("unconfirmed");
    const cell = address.table.proxy.getCell(address.rowIndex, address.cellIndex).load("value");
    await context.sync();
    if (!sameText(cell.value, fix.from)) return fail("stale", cell.value);
    cell.value = fix.to;
    await context.sync();
    return ok(undefined);
  }
  if (fix.op === "set-paragraph-prefix" && typeof fix.ref.p === "number") {
    const paragraphs = context.document.body.paragraphs.load({ select: "text", top: fix.ref.p + 1 });
    await context.sync();
    const paragraph = paragraphs.items[fix.ref.p];
    if (!paragraph || !paragraph.text.startsWith(fix.from)) return fail("stale", paragraph?.text);
    if (fix.from)
      paragraph.search(searchable(fix.from), { matchCase: true }).getFirst().insertText(fix.to, "Replace");
    else paragraph.getRange("Start").insertText(fix.to, "Before");
    await context.sync();
    return ok(undefined);
  }
  return fail("host-error", `unsupported fix ${fix.op}`);
}
