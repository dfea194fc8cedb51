/**
 * Finds a recorded mark in the current read: its table by fingerprint, its row by label, so that
 * a table inserted above or a row added does not strand it. A mark that cannot be found for sure
 * is left for later rather than guessed: 清除标记 only ever writes a cell that still has our colour.
 */
import type { MarkRecord } from "../mark-store";
import type { WordRead, WordTable } from "../read-snapshot";
import { rowLabel } from "./table-fingerprint";

export interface CellPlace {
  readonly t: number;
  readonly tr: number;
  readonly tc: number;
}

/** The row of `table` the record's row is now, or null. */
function rowOf(table: WordTable, mark: MarkRecord): number | null {
  const physical = table.physical;
  if (!physical) return null;
  const fits = (tr: number) => mark.tc < (physical.rows[tr]?.length ?? 0);
  if (mark.row === undefined) return fits(mark.tr) ? mark.tr : null;
  if (rowLabel(physical, mark.tr) === mark.row && fits(mark.tr)) return mark.tr;
  // an empty label cannot tell rows apart; any other label must be unique to be trusted
  if (!mark.row) return null;
  const rows = physical.rows.flatMap((_, tr) =>
    rowLabel(physical, tr) === mark.row && fits(tr) ? [tr] : [],
  );
  return rows.length === 1 ? rows[0] : null;
}

export function locateMark(read: WordRead, mark: MarkRecord): CellPlace | null {
  // a record from before fingerprints: by position, as it was written
  if (mark.f === undefined) return read.tables[mark.t]?.physical ? mark : null;
  const same = read.tables.filter((w) => w.fingerprint === mark.f);
  // a labelled row added to the table changes its fingerprint: then any table will do where the
  // row's label is found and the cell still has our colour (nothing else is ever written)
  const found = (same.length ? same : read.tables).flatMap((w) => {
    const tr = rowOf(w, mark);
    return tr === null ? [] : [{ t: w.t, tr, tc: mark.tc, fill: w.physical?.rows[tr][mark.tc].fill ?? null }];
  });
  const painted = found.filter((p) => p.fill === mark.color);
  const pick = (places: typeof found) =>
    places.length === 1 ? places[0] : (places.find((p) => p.t === mark.t) ?? null);
  const place = painted.length ? pick(painted) : same.length && found.length === 1 ? found[0] : null;
  return place && { t: place.t, tr: place.tr, tc: place.tc };
}
