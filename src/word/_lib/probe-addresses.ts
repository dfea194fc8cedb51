/// <reference types="office-js" />
/**
 * Proves `getCell(rowIndex, cellIndex)` in this Word before anything is written by address.
 * Calibration (calibrate.ts) checks Word's counts and `values`, but Word documents nothing about
 * what `getCell` returns on merged rows (the reference says "row and column", the parameter is
 * `cellIndex`). So before the first write to a table with merges, the cells of its merged rows
 * are read through `getCellOrNullObject` and compared with the OOXML: one mismatch and nothing in
 * the table is written, shaded or selected by address. One round trip, once per table.
 */
import type { WordRead, WordTable } from "../read-snapshot";
import { sameText } from "./same-text";
import type { TableAddresses } from "./calibrate";
import type { PhysicalCell, PhysicalTable } from "./table-ooxml";

/** The cell a continuation cell continues (the one above at its grid column), if any. */
function originOf(table: PhysicalTable, tr: number, cell: PhysicalCell): PhysicalCell | undefined {
  for (let r = tr - 1; r >= 0; r--) {
    const above = table.rows[r].find((c) => c.col === cell.col);
    if (above && !above.continuation) return above;
  }
  return undefined;
}

/**
 * What Word may read in a cell of its own: the OOXML's text, or that with its tracked deletions
 * (Word may show them, office-js#1267).
 */
const ownReadings = (cell: PhysicalCell | undefined): string[] =>
  !cell ? [""] : cell.withDeletions !== undefined ? [cell.text, cell.withDeletions] : [cell.text];

/** What the cell a continuation cell continues may read as; "" when it continues none. */
const originTexts = (table: PhysicalTable, tr: number, cell: PhysicalCell): string[] =>
  ownReadings(originOf(table, tr, cell));

/** Rows with a merge: a span, a continuation, or a cell continued below. */
function mergedRows(table: PhysicalTable): number[] {
  const continuedFrom = new Set<number>();
  table.rows.forEach((row, tr) => {
    if (row.some((c) => c.continuation) && tr > 0) continuedFrom.add(tr - 1);
  });
  return table.rows.flatMap((row, tr) =>
    row.some((c) => c.colSpan > 1 || c.continuation) || continuedFrom.has(tr) ? [tr] : [],
  );
}

/** True when the table needs probing: it has merges and addressed cells. */
export const hasMerges = (w: WordTable): boolean =>
  !!w.physical && w.addresses.cells.size > 0 && mergedRows(w.physical).length > 0;

/** The same table in the same shape gets the same verdict: one probe per table per session. */
export const probeKey = (w: WordTable): string =>
  [
    w.fingerprint,
    w.addresses.rule,
    JSON.stringify(w.shape),
    JSON.stringify(w.physical?.rows.map((r) => r.map((c) => c.text))),
  ].join("|");

/**
 * The table's merge layout as Word's addressing sees it: the rule, Word's counts, and where the
 * spans and continuations are; not its text. Word's `getCell` rule follows the layout, so a
 * layout once proved by a telling row stays proved when the clerk blanks that row's cells.
 */
export const layoutKey = (w: WordTable): string =>
  [
    w.addresses.rule,
    JSON.stringify(w.shape),
    JSON.stringify(w.physical?.rows.map((r) => r.map((c) => `${c.colSpan}${c.continuation ? "c" : ""}`))),
  ].join("|");

/**
 * One merged row's layout as Word's addressing sees it: the table's rule, Word's count of the
 * row's cells, and the row's spans and continuations (a continuation with no cell above it to
 * continue told apart, as Word may count it otherwise). A telling row proves its key: the same
 * row shape is addressed alike after the clerk adds a row or blanks the row's telling cell,
 * where the whole table's layout (layoutKey) is no longer the one proved.
 */
export const rowKey = (w: WordTable, tr: number): string => {
  const physical = w.physical as PhysicalTable;
  const cells = physical.rows[tr].map(
    (c) => `${c.colSpan}${c.continuation ? (originOf(physical, tr, c) ? "c" : "s") : ""}`,
  );
  return ["row", w.addresses.rule, w.shape.cellCounts[tr], cells.join(",")].join("|");
};

/** The keys (rowKey) of the merged rows whose passed probe showed Word's rule. */
export const tellingRowKeys = (w: WordTable): string[] => tellingRows(w).map((tr) => rowKey(w, tr));

/**
 * Queues the probe of one table (no sync); after the sync, the returned function says whether
 * every probed cell holds the text the OOXML gave it.
 */
export function queueProbe(w: WordTable): () => boolean {
  const physical = w.physical as PhysicalTable;
  const probes = mergedRows(physical).flatMap((tr) =>
    physical.rows[tr].flatMap((cell) => {
      const address = w.addresses.cells.get(`${tr}:${cell.tc}`);
      if (!address) return [];
      const probe = w.proxy.getCellOrNullObject(address.rowIndex, address.cellIndex).load("value");
      return [{ probe, accepted: accepted(physical, tr, cell) }];
    }),
  );
  return () =>
    probes.every(
      ({ probe, accepted }) => !probe.isNullObject && accepted.some((t) => sameText(probe.value, t)),
    );
}

/** What Word may read in a cell: a continuation cell reads empty, as itself or as the merged cell. */
const readings = (table: PhysicalTable, tr: number, cell: PhysicalCell): string[] =>
  cell.continuation ? ["", ...ownReadings(cell), ...originTexts(table, tr, cell)] : ownReadings(cell);

/** What the probe accepts for a cell (as queueProbe does). */
function accepted(table: PhysicalTable, tr: number, cell: PhysicalCell): string[] {
  // [Silent] a continuation cell may read empty or as the merged cell's text
  return cell.continuation ? ["", ...originTexts(table, tr, cell)] : ownReadings(cell);
}

/**
 * Whether a probe of the row can be fooled: each cell addressed `(tr, k)` that the cell over
 * grid column k (what `getCell` reaches if Word takes k for a column, not a count) is not, reads
 * like that other cell may. Then a probe passes under either reading of `getCell` and proves
 * nothing; one cell that would read otherwise is enough to tell.
 */
function foolable(w: WordTable, tr: number): boolean {
  const physical = w.physical as PhysicalTable;
  const shifted = shiftedCells(w, tr);
  return (
    shifted.length > 0 &&
    shifted.every(
      ({ cell, other }) =>
        !!other &&
        readings(physical, tr, other).some((t) => accepted(physical, tr, cell).some((a) => sameText(t, a))),
    )
  );
}

/** The row's addressed cells `(tr, k)` that the cell over grid column k is not, with that cell. */
function shiftedCells(w: WordTable, tr: number): { cell: PhysicalCell; other?: PhysicalCell }[] {
  const row = (w.physical as PhysicalTable).rows[tr];
  return row.flatMap((cell) => {
    const address = w.addresses.cells.get(`${tr}:${cell.tc}`);
    if (!address) return [];
    const k = address.cellIndex;
    const other = row.find((c) => c.col <= k && k < c.col + c.colSpan);
    return other === cell ? [] : [{ cell, other }];
  });
}

/**
 * Merged rows a probe cannot prove: their cells all read alike (a blank row after a merged
 * label reads the same at every index), or a shifted address would read as the right one.
 */
function blindRows(w: WordTable): number[] {
  const physical = w.physical as PhysicalTable;
  return mergedRows(physical).filter((tr) => {
    // a row where nothing would shift holds its addresses under either reading of getCell
    if (!shiftedCells(w, tr).length) return false;
    const texts = physical.rows[tr].map((c) => (c.continuation ? "" : c.text.replace(/\s+/g, "")));
    return (texts.length > 1 && texts.every((t) => t === texts[0])) || foolable(w, tr);
  });
}

/** True when a passed probe of the table proves Word's rule: one of its merged rows can tell. */
export const telling = (w: WordTable): boolean => tellingRows(w).length > 0;

/**
 * Merged rows whose probe shows Word's rule: a cell there would be reached otherwise under the
 * other reading of `getCell`, and would read otherwise. A row where nothing shifts proves nothing
 * (its own addresses hold either way).
 */
function tellingRows(w: WordTable): number[] {
  if (!w.physical) return [];
  const blind = blindRows(w);
  return mergedRows(w.physical).filter((tr) => !blind.includes(tr) && shiftedCells(w, tr).length > 0);
}

/**
 * A row whose cells all hold the same text cannot show a shifted address (a blank row after a
 * merged label reads the same at every index). When no merged row of a table can tell, the
 * probe proves nothing and the cells of blind rows that would shift under the other reading of
 * `getCell` keep no address (a cell reached alike under either keeps its own), unless a telling
 * probe proved that row's shape before (`rowProved`); one telling row proves Word's rule for all.
 */
function provable(w: WordTable, rowProved: (tr: number) => boolean): TableAddresses {
  if (!w.physical || tellingRows(w).length > 0) return w.addresses;
  const unproved = new Set(
    blindRows(w)
      .filter((tr) => !rowProved(tr))
      .flatMap((tr) => shiftedCells(w, tr).map(({ cell }) => `${tr}:${cell.tc}`)),
  );
  const cells = new Map([...w.addresses.cells].filter(([k]) => !unproved.has(k)));
  return { rule: w.addresses.rule, cells };
}

/**
 * The addresses `getCell` reaches alike under either reading (count or grid column): a
 * contradicted table keeps them only to put back our own colour, so a mark painted there before
 * the contradiction (its row proved nothing, see provable) still comes off.
 */
function alike(w: WordTable): TableAddresses["cells"] {
  if (!w.physical) return new Map();
  const shifted = new Set(
    w.physical.rows.flatMap((_, tr) => shiftedCells(w, tr).map(({ cell }) => `${tr}:${cell.tc}`)),
  );
  return new Map([...w.addresses.cells].filter(([k]) => !shifted.has(k)));
}

/**
 * The read with each probed table's verdict applied: a contradicted table keeps no address (but
 * those reached alike either way, to restore our marks); one whose layout an earlier telling
 * probe proved (`proved` of its layoutKey) keeps them all, and a blind row whose shape one proved
 * (`proved` of its rowKey) keeps its own.
 */
export function applyVerdicts(
  read: WordRead,
  verdict: (w: WordTable) => boolean | undefined,
  proved: (key: string) => boolean = () => false,
): WordTable[] {
  return read.tables.map((w) => {
    if (!hasMerges(w)) return w;
    if (verdict(w) === false)
      return { ...w, addresses: { rule: null, cells: new Map() }, restorable: alike(w) };
    if (proved(layoutKey(w))) return w;
    return { ...w, addresses: provable(w, (tr) => proved(rowKey(w, tr))) };
  });
}
