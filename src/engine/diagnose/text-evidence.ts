import type { ReportText } from "../narrative/report-text";
import { statementsOf } from "../narrative/statements";
import { figureOf } from "../rules/text-table-mismatch";
import { cellId, type TableBinding } from "../tables/binding";
import type { TableKey } from "../types";
import type { CellChange, Diagnosis } from "./diagnose-table";

/**
 * Lets the text decide between equally good fixes of a table's sums: when the narrative states
 * the figure of one cell, only the fixes that leave that cell at the stated value agree with it.
 * When exactly one fix agrees, it is the one, and the diagnosis names the statement it used.
 * Nothing changes when no statement decides, or when not every candidate fix is known.
 */
export function decideByText(
  diagnosis: Diagnosis,
  text: ReportText,
  year: number | null,
  tables: ReadonlyMap<TableKey, TableBinding>,
): Diagnosis {
  if (diagnosis.outcome !== "ambiguous" || diagnosis.count !== diagnosis.candidates.length) return diagnosis;
  const binding = tables.get(diagnosis.table);
  if (!binding) return diagnosis;
  for (const p of text.paragraphs) {
    if (p.heading) continue;
    for (const s of statementsOf(p.text, year)) {
      const figure = figureOf(s.figure, tables);
      if (!figure || figure.none || figure.cells.length !== 1 || figure.table !== diagnosis.table) continue;
      if (figure.table === "table4" && p.section !== "s4" && !s.sentence.includes("信息公开")) continue;
      const key = figure.cells[0];
      const now = binding.cells.get(cellId(key.row, key.column));
      if (!now) continue;
      const valueAfter = (fix: readonly CellChange[]): number | null => {
        const change = fix.find((c) => c.key.row === key.row && c.key.column === key.column);
        if (change) return change.to;
        return now.value.kind === "number" ? now.value.value : null;
      };
      const agree = diagnosis.candidates.filter((fix) => valueAfter(fix) === s.value);
      if (agree.length === 1)
        return {
          table: diagnosis.table,
          outcome: "unique",
          failing: diagnosis.failing,
          changes: agree[0],
          evidence: s.quote,
        };
    }
  }
  return diagnosis;
}
