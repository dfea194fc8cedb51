/**
 * Renders a snapshot as plain HTML, the way Word lays it out closely enough to find a cell:
 * paragraphs in order, tables with their merges as rowspan/colspan. Every paragraph, table and
 * cell carries its host ref in `data-ref`, which is how the demo port marks and finds them.
 */
import type { DocumentSnapshot, HostRef, SnapshotTable } from "../engine";
import { refKey } from "../word/plan-marks";

/** refKey() has letters, digits, "=", ";" and "," only, so it needs no escaping in a quoted selector. */
export const refSelector = (ref: HostRef): string => `[data-ref="${refKey(ref)}"]`;

function renderTable(table: SnapshotTable): HTMLTableElement {
  const element = document.createElement("table");
  element.dataset.ref = refKey(table.ref);
  const body = element.createTBody();
  const rows = Array.from({ length: table.rowCount }, () => body.insertRow());
  for (const cell of table.cells) {
    const td = rows[cell.row].insertCell();
    td.dataset.ref = refKey(cell.ref);
    if (cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
    if (cell.colSpan > 1) td.colSpan = cell.colSpan;
    for (const line of cell.text.split("\n")) {
      const p = document.createElement("div");
      p.textContent = line || "\u00a0";
      td.append(p);
    }
    for (const nested of cell.tables ?? []) td.append(renderTable(nested));
  }
  return element;
}

export function renderDocument(view: HTMLElement, snapshot: DocumentSnapshot): void {
  const nodes = snapshot.blocks.map((block) => {
    if (block.kind === "table") return renderTable(block);
    const p = document.createElement("p");
    p.dataset.ref = refKey(block.ref);
    if (block.outlineLevel !== undefined) p.dataset.level = String(block.outlineLevel);
    p.textContent = `${block.listText ?? ""}${block.text}` || "\u00a0";
    return p;
  });
  view.replaceChildren(...nodes);
}
