import { equationsOf, type Equation } from "../../template";
import { cellId, equationIds, type TableBinding } from "../tables/binding";
import type { BoundCell, CellKey, HostRef, TableKey } from "../types";

/** One cell changed to a new value. */
export interface CellChange {
  readonly key: CellKey;
  readonly ref: HostRef;
  /** The cell's text now. */
  readonly from: string;
  /** The value it counts as in the sums now (blank and placeholders count as 0). */
  readonly fromValue: number;
  readonly to: number;
}

/** Two adjacent cells of a row that read as one number split in two: "1" | "2" for 12. */
export interface SplitNumber {
  readonly cells: readonly [CellKey, CellKey];
  readonly texts: readonly [string, string];
  readonly joined: number;
  /** The cell the joined number belongs in; the other one becomes 0. */
  readonly into: CellKey;
}

/**
 * What the sums of one table say about which cells are wrong.
 * - `unique`: exactly one smallest set of cell changes makes every sum hold (`changes`);
 * - `ambiguous`: several equally small sets do (`candidates`, the first few of them);
 * - `unknown`: no change of one or two cells makes every sum hold.
 */
export type Diagnosis =
  | {
      readonly table: TableKey;
      readonly outcome: "unique";
      /** The sums that fail now; the change repairs all of them. */
      readonly failing: readonly Equation[];
      readonly changes: readonly CellChange[];
      readonly split?: SplitNumber;
      /** The narrative statement that chose this fix among equally good ones ("行政复议4件"). */
      readonly evidence?: string;
    }
  | {
      readonly table: TableKey;
      readonly outcome: "ambiguous";
      readonly failing: readonly Equation[];
      readonly candidates: readonly (readonly CellChange[])[];
      /** How many equally small fixes there are; null when there are too many to count. */
      readonly count: number | null;
    }
  | { readonly table: TableKey; readonly outcome: "unknown"; readonly failing: readonly Equation[] };

const EPSILON = 1e-9;
/** Enough candidates to show; more only tells the clerk that the sums cannot tell. */
const MAX_CANDIDATES = 5;
/** Stop counting pair fixes here: "too many to count". */
const MAX_PAIRS = 40;

interface Term {
  readonly eq: number;
  /** +1 on the left side of the equation, −1 on the right. */
  readonly coef: number;
}

/** The table's sums as numbers: which ones can be evaluated, their residuals, each cell's terms. */
interface System {
  readonly binding: TableBinding;
  readonly equations: readonly Equation[];
  /** left − right, per equation. */
  readonly residual: readonly number[];
  readonly terms: ReadonlyMap<string, readonly Term[]>;
  readonly cells: ReadonlyMap<string, BoundCell>;
}

const idOf = (k: CellKey): string => cellId(k.row, k.column);

function valueOf(cell: BoundCell): number {
  return cell.value.kind === "number" ? cell.value.value : 0;
}

/**
 * Finds the smallest set of cells whose change makes every sum of a table hold, the way a
 * reviewer reasons: a cell that sits in exactly the failing sums, with one value that repairs
 * them all, is the likely culprit. Tries one cell, then a number split over two adjacent cells,
 * then any two cells; reports a fix only when it is the only one of its size.
 * Sums with a text cell or an unbound cell are left out, as the sum rules leave them out.
 * @returns null when every sum that can be evaluated holds.
 * @example diagnoseTable(table3Binding) //=> { outcome: "unique", changes: [{ key: table3/r1_open/natural, to: 57 }] }
 */
export function diagnoseTable(binding: TableBinding): Diagnosis | null {
  // most tables add up: nothing to build for them
  if (!anyFailing(binding)) return null;
  const system = buildSystem(binding);
  const failingIndexes = system.residual.flatMap((r, i) => (Math.abs(r) > EPSILON ? [i] : []));
  if (failingIndexes.length === 0) return null;
  const failing = failingIndexes.map((i) => system.equations[i]);
  const table = binding.key;

  // a cell sits in at most three sums of table 三: one cell cannot repair more
  const singles = failingIndexes.length <= 3 ? singleFixes(system, failingIndexes) : [];
  if (singles.length === 1) return { table, outcome: "unique", failing, changes: singles[0] };
  if (singles.length > 1)
    return {
      table,
      outcome: "ambiguous",
      failing,
      candidates: singles.slice(0, MAX_CANDIDATES),
      count: singles.length,
    };
  if (failingIndexes.length > 6) return { table, outcome: "unknown", failing };

  const splits = splitFixes(system);
  if (splits.length === 1) {
    const { changes, split } = splits[0];
    return { table, outcome: "unique", failing, changes, split };
  }
  const pairs = pairFixes(system, failingIndexes);
  if (pairs.count === 1) return { table, outcome: "unique", failing, changes: pairs.fixes[0] };
  if (pairs.count === 0) return { table, outcome: "unknown", failing };
  return {
    table,
    outcome: "ambiguous",
    failing,
    candidates: pairs.fixes.slice(0, MAX_CANDIDATES),
    count: pairs.count,
  };
}

/** True when a sum that can be evaluated (every cell bound, none text) does not hold. */
function anyFailing(binding: TableBinding): boolean {
  for (const equation of equationsOf(binding.table)) {
    const ids = equationIds(equation).terms;
    let r = 0;
    let evaluable = true;
    for (let i = 0; i < ids.length && evaluable; i++) {
      const cell = binding.cells.get(ids[i]);
      if (!cell || cell.value.kind === "text") evaluable = false;
      else r += (i < equation.left.length ? 1 : -1) * valueOf(cell);
    }
    if (evaluable && Math.abs(r) > EPSILON) return true;
  }
  return false;
}

function buildSystem(binding: TableBinding): System {
  const equations: Equation[] = [];
  const residual: number[] = [];
  const terms = new Map<string, Term[]>();
  const cells = new Map<string, BoundCell>();
  for (const equation of equationsOf(binding.table)) {
    const ids = equationIds(equation).terms;
    const bound = ids.map((id) => binding.cells.get(id));
    if (bound.some((c) => !c || c.value.kind === "text")) continue;
    const eq = equations.length;
    equations.push(equation);
    let r = 0;
    ids.forEach((id, i) => {
      const cell = bound[i]!;
      const coef = i < equation.left.length ? 1 : -1;
      r += coef * valueOf(cell);
      cells.set(id, cell);
      terms.set(id, [...(terms.get(id) ?? []), { eq, coef }]);
    });
    residual.push(r);
  }
  return { binding, equations, residual, terms, cells };
}

function change(system: System, id: string, delta: number): CellChange | null {
  const cell = system.cells.get(id)!;
  const to = round(valueOf(cell) + delta);
  // every summed cell of tables 三 and 四 is a count
  if (to < 0 || !Number.isInteger(to)) return null;
  return { key: cell.key, ref: cell.ref, from: cell.text, fromValue: valueOf(cell), to };
}

/** Single cells that sit in exactly the failing sums and repair all of them with one value. */
function singleFixes(system: System, failing: readonly number[]): CellChange[][] {
  const failingSet = new Set(failing);
  const first = system.equations[failing[0]];
  const out: CellChange[][] = [];
  for (const k of [...first.left, ...first.right]) {
    const id = idOf(k);
    const terms = system.terms.get(id) ?? [];
    if (terms.length !== failing.length || !terms.every((t) => failingSet.has(t.eq))) continue;
    const deltas = terms.map((t) => -system.residual[t.eq] / t.coef);
    if (deltas.some((d) => Math.abs(d - deltas[0]) > EPSILON)) continue;
    const fix = change(system, id, deltas[0]);
    if (fix) out.push([fix]);
  }
  return out;
}

/** True when the changes (cell id → delta) make every evaluable sum hold. */
function repairsAll(system: System, deltas: ReadonlyMap<string, number>): boolean {
  const residual = [...system.residual];
  for (const [id, delta] of deltas)
    for (const t of system.terms.get(id) ?? []) residual[t.eq] += t.coef * delta;
  return residual.every((r) => Math.abs(r) < EPSILON);
}

/**
 * The most digits each part of a split number may show: the joined number has at most twice as
 * many, so a suggestion is never a long number (a cell of 200 digits is text, never a part).
 */
const MAX_PART_DIGITS = 4;
const PART = new RegExp(`^\\d{1,${MAX_PART_DIGITS}}$`);

/**
 * Adjacent cells of one row holding digits that, written together, make every sum hold when
 * the joined number goes in one of them and the other becomes 0. Only a unique split is used,
 * so the search stops at the second: its work is one pass over the table's adjacent pairs.
 */
function splitFixes(system: System): { changes: CellChange[]; split: SplitNumber }[] {
  const out: { changes: CellChange[]; split: SplitNumber }[] = [];
  const table = system.binding.table;
  for (const row of table.rows) {
    for (let i = 0; i + 1 < row.columns.length && out.length < 2; i++) {
      const a = system.cells.get(cellId(row.key, row.columns[i]));
      const b = system.cells.get(cellId(row.key, row.columns[i + 1]));
      if (!a || !b || a.value.kind !== "number" || b.value.kind !== "number") continue;
      const [ta, tb] = [digits(a.text), digits(b.text)];
      if (!ta || !tb) continue;
      const joined = Number(ta + tb);
      for (const [into, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const deltas = new Map([
          [idOf(into.key), joined - valueOf(into)],
          [idOf(other.key), -valueOf(other)],
        ]);
        if (!repairsAll(system, deltas)) continue;
        const changes = [...deltas].map(([id, d]) => change(system, id, d)).filter((c) => c !== null);
        out.push({
          changes: changes.filter((c) => c.to !== c.fromValue),
          split: { cells: [a.key, b.key], texts: [ta, tb], joined, into: into.key },
        });
      }
    }
  }
  return out;
}

/** The digits a cell shows, when it shows nothing else ("12", " 3 "). */
function digits(text: string): string | null {
  // a part is a few digits; a longer cell (spaces around a number can be many) is looked at no further
  if (text.length > 64) return null;
  const t = text
    .replace(/[\s\u00a0\u3000]/g, "")
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return PART.test(t) ? t : null;
}

/**
 * Pairs of cells whose changes together repair every sum, when no single cell does; `count` is
 * null when there are too many to count (or a whole line of solutions).
 */
function pairFixes(
  system: System,
  failing: readonly number[],
): { fixes: CellChange[][]; count: number | null } {
  const cellsOf = (eq: number): string[] => {
    const e = system.equations[eq];
    return [...e.left, ...e.right].map(idOf);
  };
  const failingCells = new Set(failing.flatMap(cellsOf));
  const fixes: CellChange[][] = [];
  const seen = new Set<string>();
  // the first failing sum must hold one of the two cells; the other one sits in a failing sum
  // too, or in a sum with the first (else its change would break that sum)
  for (const first of cellsOf(failing[0])) {
    const neighbours = new Set(failingCells);
    for (const t of system.terms.get(first) ?? []) for (const id of cellsOf(t.eq)) neighbours.add(id);
    for (const second of neighbours) {
      if (second === first) continue;
      const pairKey = first < second ? `${first}|${second}` : `${second}|${first}`;
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const solved = solvePair(system, first, second);
      if (solved === "many") return { fixes, count: null };
      if (!solved) continue;
      const a = change(system, first, solved[0]);
      const b = change(system, second, solved[1]);
      if (a && b) fixes.push([a, b]);
      if (fixes.length >= MAX_PAIRS) return { fixes, count: null };
    }
  }
  return { fixes, count: fixes.length };
}

/**
 * The changes of two cells that make every sum holding either of them hold, or "many" when
 * the sums leave a whole line of solutions; null when there is none, or one cell stays as is.
 */
function solvePair(system: System, a: string, b: string): readonly [number, number] | "many" | null {
  const coefs = new Map<number, { a: number; b: number }>();
  for (const t of system.terms.get(a) ?? []) coefs.set(t.eq, { a: t.coef, b: 0 });
  for (const t of system.terms.get(b) ?? []) coefs.set(t.eq, { a: coefs.get(t.eq)?.a ?? 0, b: t.coef });
  // every failing sum must hold one of the cells
  if (system.residual.some((r, eq) => Math.abs(r) > EPSILON && !coefs.has(eq))) return null;
  const rows = [...coefs].map(([eq, c]) => ({ ...c, rhs: -system.residual[eq] }));
  let da: number | null = null;
  let db: number | null = null;
  const agree = (known: number | null, value: number): number | false =>
    known === null || Math.abs(known - value) < EPSILON ? value : false;
  for (const r of rows) {
    if (r.b === 0) {
      const v = agree(da, r.rhs / r.a);
      if (v === false) return null;
      da = v;
    } else if (r.a === 0) {
      const v = agree(db, r.rhs / r.b);
      if (v === false) return null;
      db = v;
    }
  }
  const mixed = rows.filter((r) => r.a !== 0 && r.b !== 0);
  if (da === null && db === null) {
    if (mixed.length === 0) return null;
    const [m, ...rest] = mixed;
    const other = rest.find((r) => Math.abs(r.a * m.b - r.b * m.a) > EPSILON);
    if (!other) return rest.every((r) => Math.abs(r.a * m.rhs - r.rhs * m.a) < EPSILON) ? "many" : null;
    const det = m.a * other.b - m.b * other.a;
    da = (m.rhs * other.b - m.b * other.rhs) / det;
    db = (m.a * other.rhs - m.rhs * other.a) / det;
  } else if (da === null) {
    if (mixed.length === 0) return null;
    da = (mixed[0].rhs - mixed[0].b * db!) / mixed[0].a;
  } else if (db === null) {
    if (mixed.length === 0) return null;
    db = (mixed[0].rhs - mixed[0].a * da) / mixed[0].b;
  }
  if (mixed.some((r) => Math.abs(r.a * da! + r.b * db! - r.rhs) > EPSILON)) return null;
  if (Math.abs(da!) < EPSILON || Math.abs(db!) < EPSILON) return null;
  return [da!, db!];
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
