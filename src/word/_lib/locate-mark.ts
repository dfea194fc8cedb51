/**
 * Finds the recorded marks in the current read: tables by fingerprint, rows by label, so that a
 * table inserted above (by the clerk, or by our own 插入 and 换成标准表格) or a row added does not
 * strand them. Beyond the one sure place (its table's fingerprint and a row label found once),
 * a record may only take a cell that still has the colour it painted: 清除标记 writes nothing else.
 */
import type { MarkRecord } from "../mark-store";
import type { WordRead } from "../read-snapshot";
import { rowLabel } from "./table-fingerprint";

export interface CellPlace {
  readonly t: number;
  readonly tr: number;
  readonly tc: number;
}

/**
 * The furthest place down Word's list of tables the record's table can have gone by insertions
 * alone: its own place, plus every table added since it was recorded (all of them above it).
 * Records made by reads of different table counts are placed in this order, the one with the
 * nearest such bound first: it has fewer places to be. Records of one read keep their order.
 */
export function furthestPlace(read: WordRead, mark: MarkRecord): number {
  const byWord = mark.w !== undefined && read.tables.every((w) => w.word !== undefined);
  const from = byWord ? (mark.w as number) : mark.t;
  const added = mark.n === undefined ? read.tables.length : Math.max(0, read.tables.length - mark.n);
  return from + added;
}

/**
 * Where a record may be now, best first. A record put back is looked for `strictly` first: at its
 * own row only, so that each such record takes its own cell before any takes another's.
 */
export function candidatePlaces(read: WordRead, mark: MarkRecord, strictly = false): CellPlace[] {
  const fits = (t: number, tr: number) => mark.tc < (read.tables[t]?.physical?.rows[tr]?.length ?? 0);
  // a record from before fingerprints: by position, as it was written
  if (mark.f === undefined) return fits(mark.t, mark.tr) ? [mark] : [];
  // a table read without its OOXML may be the record's own: move nothing until it reads again
  if (read.tables.some((w) => !w.physical)) return [];
  const same = read.tables.filter((w) => w.fingerprint === mark.f);
  const sure = same.flatMap((w) =>
    w.physical!.rows.flatMap((_, tr) =>
      mark.row && rowLabel(w.physical!, tr) === mark.row && fits(w.t, tr)
        ? [{ t: w.t, tr, tc: mark.tc }]
        : [],
    ),
  );
  const pool = [...same, ...read.tables.filter((w) => w.fingerprint !== mark.f && w.physical)];
  const painted = pool.flatMap((w) =>
    w.physical!.rows.flatMap((row, tr) =>
      row[mark.tc]?.fill === mark.color
        ? [{ t: w.t, tr, tc: mark.tc, labelled: !!mark.row && rowLabel(w.physical!, tr) === mark.row }]
        : [],
    ),
  );
  // insertions above move a mark down (later table, lower row), never up; labels do not move.
  // Tables are counted in Word's own list where both know it: a read that set a text box's
  // table apart numbers them otherwise than one that could not, Word's list is the same in both
  const byWord = mark.w !== undefined && read.tables.every((w) => w.word !== undefined);
  const from = byWord ? (mark.w as number) : mark.t;
  const at = (t: number) => (byWord ? (read.tables[t].word as number) : t);
  const distance = (p: CellPlace) =>
    at(p.t) > from
      ? at(p.t) - from
      : at(p.t) === from && p.tr >= mark.tr
        ? 0
        : read.tables.length + from - at(p.t);
  painted.sort(
    (a, b) =>
      Number(b.labelled) - Number(a.labelled) ||
      distance(a) - distance(b) ||
      (a.t === b.t ? Math.abs(a.tr - mark.tr) - Math.abs(b.tr - mark.tr) : 0),
  );
  // a record put back is painted again only by an undo, which paints its own cell: strictly, in
  // its table and its row (by label, or by place where rows have none); else as any other record
  const own = new Set(same.map((w) => w.t));
  const found =
    mark.back && strictly
      ? painted.filter((p) => own.has(p.t) && (p.labelled || (!mark.row && p.tr === mark.tr)))
      : painted;
  // a cell still in our colour first: an unpainted place, however sure, is only for a record
  // whose mark is gone (the clerk re-shaded it, or a failed batch never painted it)
  return [...found.map(({ t, tr, tc }) => ({ t, tr, tc })), ...(sure.length === 1 ? sure : [])];
}
