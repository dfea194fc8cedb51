/**
 * Maps a table's physical cells (from its OOXML) to Word's own `getCell(rowIndex, cellIndex)`
 * addresses, and keeps only the addresses that agree with what Word reports for the table.
 *
 * Word documents no rule for merged cells: `TableRow.cellCount` may count vertical-merge
 * continuation cells or skip them, and loading `cellIndex` on such cells throws
 * (OfficeDev/office-js#3200), so we never load it. Instead each row's `cellCount` is compared
 * with both counts from the OOXML; the rule most rows agree with wins, and rows that disagree
 * get no address. Where Word's `values` row has one entry per cell, each cell's text must match
 * too (with or without its tracked deletions, which Word may show: `readsAs`). A cell without an address is shown in the pane only, never written to.
 */
import { sameText } from "./same-text";
import type { PhysicalCell, PhysicalTable } from "./table-ooxml";

export type AddressRule = "physical" | "skip-continuation";

export interface CellAddress {
  readonly rowIndex: number;
  readonly cellIndex: number;
}

export interface TableAddresses {
  readonly rule: AddressRule | null;
  /** Keyed by `${tr}:${tc}` (the physical position, as in the snapshot's cell refs). */
  readonly cells: ReadonlyMap<string, CellAddress>;
}

const countOf = (row: readonly PhysicalCell[], rule: AddressRule) =>
  rule === "physical" ? row.length : row.filter((c) => !c.continuation).length;

export function calibrate(
  table: PhysicalTable,
  word: {
    readonly rowCount: number;
    readonly cellCounts: readonly number[];
    readonly values?: readonly (readonly string[])[];
  },
): TableAddresses {
  const cells = new Map<string, CellAddress>();
  if (table.rows.length !== word.rowCount || word.cellCounts.length !== word.rowCount)
    return { rule: null, cells };
  const agree = (rule: AddressRule) =>
    table.rows.filter((row, r) => countOf(row, rule) === word.cellCounts[r]).length;
  const physical = agree("physical");
  const skipping = agree("skip-continuation");
  if (physical === 0 && skipping === 0) return { rule: null, cells };
  const rule: AddressRule = physical >= skipping ? "physical" : "skip-continuation";
  table.rows.forEach((row, r) => {
    if (countOf(row, rule) !== word.cellCounts[r]) return;
    const values = word.values?.[r];
    const checkText = !!values && values.length === word.cellCounts[r];
    let cellIndex = 0;
    for (const cell of row) {
      if (rule === "skip-continuation" && cell.continuation) continue;
      const textAgrees = !checkText || cell.continuation || readsAs(values[cellIndex], cell);
      if (textAgrees) cells.set(`${r}:${cell.tc}`, { rowIndex: r, cellIndex });
      cellIndex++;
    }
  });
  return { rule, cells };
}

/**
 * Whether Word's text of a cell is the cell's text as the OOXML gives it: as the reader reads it,
 * or with its tracked deletions in (Word may show them, office-js#1267).
 */
export const readsAs = (word: string, cell: PhysicalCell): boolean =>
  sameText(word, cell.text) || (cell.withDeletions !== undefined && sameText(word, cell.withDeletions));

/**
 * The physical cells a merged cell covers: the origin plus, going down, the `w:vMerge`
 * continuation cells at the same grid column. Shading only the origin would leave the lower
 * part of a vertically merged cell white.
 */
export function mergedExtent(table: PhysicalTable, tr: number, tc: number): { tr: number; tc: number }[] {
  const origin = table.rows[tr]?.[tc];
  if (!origin) return [];
  const out = [{ tr, tc }];
  for (let r = tr + 1; r < table.rows.length; r++) {
    const below = table.rows[r].find((c) => c.col === origin.col);
    if (!below || !below.continuation) break;
    out.push({ tr: r, tc: below.tc });
  }
  return out;
}
