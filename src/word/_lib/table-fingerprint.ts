/**
 * Tables and rows known by their labels, not by their place: a table inserted above (by the clerk,
 * or by our own 插入 and 换成标准表格) or a row added must not strand a mark recorded by position.
 */
import type { PhysicalTable } from "./table-ooxml";

const NUMBER = /^[-+]?[\d,，.]*$/;
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** A row's label: the text of its first cell that starts there (continuations skipped). */
export function rowLabel(table: PhysicalTable, tr: number): string {
  const first = table.rows[tr]?.find((c) => !c.continuation);
  return first ? squeeze(first.text) : "";
}

/** FNV-1a, 32 bits, as 8 hex digits: short enough for the document's settings. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The table's fingerprint: its row labels, blanks and numbers left out, so an added blank row or
 * a changed figure keeps it; a different table (another 表 or another unit's) has other labels.
 */
export function tableFingerprint(table: PhysicalTable): string {
  const labels = table.rows.map((_, tr) => rowLabel(table, tr)).filter((l) => l && !NUMBER.test(l));
  return hash(labels.join("|"));
}
