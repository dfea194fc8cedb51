import type { FormatTemplate } from "../template";
import type { Finding } from "./types";

/**
 * Document order: section, table, row, column (each in template order), then rule id, then
 * message, so the output never depends on the order rules ran in.
 */
export function sortFindings(findings: readonly Finding[], format: FormatTemplate): Finding[] {
  const sectionAt = (f: Finding): number => {
    const i = format.sections.findIndex((s) => s.key === f.section);
    return i < 0 ? format.sections.length : i;
  };
  const tableOf = (f: Finding) => format.tables.find((t) => t.key === f.table);
  const position = (f: Finding): number[] => {
    const table = tableOf(f);
    const row = table ? table.rows.findIndex((r) => r.key === f.row) : -1;
    const column = table ? table.columns.findIndex((c) => c.key === f.column) : -1;
    return [sectionAt(f), table ? format.tables.indexOf(table) : -1, row, column];
  };
  const keyed = findings.map((f) => ({ f, at: position(f) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.at.length; i++) if (a.at[i] !== b.at[i]) return a.at[i] - b.at[i];
    return a.f.rule < b.f.rule
      ? -1
      : a.f.rule > b.f.rule
        ? 1
        : a.f.message < b.f.message
          ? -1
          : a.f.message > b.f.message
            ? 1
            : 0;
  });
  return keyed.map((k) => k.f);
}
