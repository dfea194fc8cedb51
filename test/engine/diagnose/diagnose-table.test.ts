import fc from "fast-check";
import { check, type CellKey, type TableKey } from "../../../src/engine";
import { diagnoseTable, type Diagnosis } from "../../../src/engine/diagnose/diagnose-table";
import { findSections } from "../../../src/engine/sections";
import { bindTables } from "../../../src/engine/tables/bind-tables";
import { equationsOf, format2021, formats, getTable } from "../../../src/template";
import { report, type Values } from "../../helpers/snapshot";
import { consistentTable3, consistentTable4 } from "../../helpers/values";

const params = { seed: 20260511, numRuns: Number(process.env.FUZZ_RUNS ?? 300) };
const table3 = getTable(format2021, "table3");
const table4 = getTable(format2021, "table4");
const cells3 = table3.rows.flatMap((r) => r.columns.map((c) => [r.key, c] as const));
const cells4 = table4.rows.flatMap((r) => r.columns.map((c) => [r.key, c] as const));

type Grid = Record<string, Record<string, number | string>>;

function diagnose(key: TableKey, values: Values): Diagnosis | null {
  const snapshot = report({ values: { [key]: values } });
  const binding = bindTables(snapshot, findSections(snapshot, format2021.sections), formats).get(key)!;
  return diagnoseTable(binding);
}

const parts = table3.columns.filter((c) => c.key !== "total").map((c) => c.key);
const results = table3.rows.slice(2, -2).map((r) => r.key);

/** Table3 values with （七）总计, 一 and every row's 总计 recomputed so that every sum holds. */
function settled(given: Readonly<Record<string, Readonly<Record<string, number>>>>): Grid {
  const v: Grid = copy(given);
  const n = (row: string, col: string) => v[row][col] as number;
  for (const c of parts) {
    v.r7_total[c] = results.reduce((s, r) => s + n(r, c), 0);
    v.new_received[c] = Math.max(0, n("r7_total", c) + n("carried_forward", c) - n("carried_over", c));
    v.carried_over[c] = n("r7_total", c) + n("carried_forward", c) - n("new_received", c);
  }
  for (const row of Object.keys(v)) v[row].total = parts.reduce((s, c) => s + n(row, c), 0);
  return v;
}

const copy = (v: Readonly<Record<string, Readonly<Record<string, number | string>>>>): Grid =>
  Object.fromEntries(Object.entries(v).map(([k, r]) => [k, { ...r }]));
const at = (d: Diagnosis | null) =>
  d?.outcome === "unique" ? d.changes.map((c) => [c.key.row, c.key.column, c.to]) : d?.outcome;

/**
 * The oracle: every single cell whose change to some non-negative whole number makes every
 * evaluable sum hold, found by brute force over the values (a text cell leaves its sums out).
 */
function singleCellFixes(table: typeof table3, v: Grid): [string, string, number][] {
  const num = (row: string, col: string): number | null => {
    const x = v[row]?.[col];
    return typeof x === "number" ? x : null;
  };
  const evaluable = equationsOf(table).filter((e) =>
    [...e.left, ...e.right].every((k) => num(k.row, k.column) !== null),
  );
  const holds = (over: CellKey | null, value: number) =>
    evaluable.every((e) => {
      const get = (k: CellKey) =>
        over && k.row === over.row && k.column === over.column ? value : num(k.row, k.column)!;
      const sum = (ks: readonly CellKey[]) => ks.reduce((n, k) => n + get(k), 0);
      return sum(e.left) === sum(e.right);
    });
  if (holds(null, 0)) return [];
  const fixes: [string, string, number][] = [];
  for (const [row, column] of table.rows.flatMap((r) => r.columns.map((c) => [r.key, c] as const))) {
    if (num(row, column) === null) continue;
    const k = { table: table.key, row, column };
    const e = evaluable.find((q) =>
      [...q.left, ...q.right].some((x) => x.row === row && x.column === column),
    );
    if (!e) continue;
    // the value that makes this one sum hold, then every sum must hold with it
    const onLeft = e.left.some((x) => x.row === row && x.column === column);
    const others = (ks: readonly CellKey[]) =>
      ks.filter((x) => x.row !== row || x.column !== column).reduce((n, x) => n + num(x.row, x.column)!, 0);
    const value = onLeft ? others(e.right) - others(e.left) : others(e.left) - others(e.right);
    if (value >= 0 && value !== num(row, column) && holds(k, value)) fixes.push([row, column, value]);
  }
  return fixes;
}

describe("diagnoseTable", () => {
  it("finds nothing to diagnose when every sum holds", () => {
    expect(diagnose("table3", consistentTable3(3))).toBeNull();
    expect(diagnose("table4", consistentTable4(3))).toBeNull();
  });

  it("names 自然人·（一）予以公开 and 57 when that cell was written 56", () => {
    const v = settled({ ...consistentTable3(11), r1_open: { ...consistentTable3(11).r1_open, natural: 57 } });
    expect(diagnose("table3", v)).toBeNull();
    const d = diagnose("table3", { ...v, r1_open: { ...v.r1_open, natural: 56 } });
    expect(at(d)).toEqual([["r1_open", "natural", 57]]);
    expect(d?.failing.map((e) => e.rule).sort()).toEqual(["grand-total", "row-total"]);
  });

  it("names a blank cell that should hold a number", () => {
    const v = settled({
      ...consistentTable3(5),
      r2_partial: { ...consistentTable3(5).r2_partial, natural: 3 },
    });
    expect(at(diagnose("table3", { ...v, r2_partial: { ...v.r2_partial, natural: "" } }))).toEqual([
      ["r2_partial", "natural", 3],
    ]);
  });

  it("joins a number split over two adjacent cells: “1” | “2” where 12 makes every sum hold", () => {
    const base = consistentTable3(8);
    const v = settled({ ...base, r1_open: { ...base.r1_open, natural: 12, commercial: 0 } });
    const d = diagnose("table3", { ...v, r1_open: { ...v.r1_open, natural: "1", commercial: "2" } });
    expect(d?.outcome).toBe("unique");
    if (d?.outcome !== "unique") return;
    expect(d.split).toMatchObject({
      texts: ["1", "2"],
      joined: 12,
      into: { row: "r1_open", column: "natural" },
    });
    expect(at(d)).toEqual([
      ["r1_open", "natural", 12],
      ["r1_open", "commercial", 0],
    ]);
  });

  it("joins no long number: a cell of 200 digits is no part of a split, and every suggestion is short", () => {
    const base = consistentTable3(8);
    const v = settled({ ...base, r1_open: { ...base.r1_open, natural: 12, commercial: 0 } });
    const long = "1".repeat(200);
    const d = diagnose("table3", { ...v, r1_open: { ...v.r1_open, natural: long, commercial: "2" } });
    expect(d?.outcome === "unique" ? d.split : undefined).toBeUndefined();
    const findings = check(
      report({ values: { table3: { ...v, r1_open: { ...v.r1_open, natural: long, commercial: "2" } } } }),
    ).findings;
    for (const f of findings) for (const s of f.suggestions ?? []) expect(s.to.length).toBeLessThanOrEqual(8);
    // parts of more than four digits are not joined, though 1234567 would make every sum hold
    const seven = settled({ ...base, r1_open: { ...base.r1_open, natural: 1234567, commercial: 0 } });
    const parts = diagnose("table3", {
      ...seven,
      r1_open: { ...seven.r1_open, natural: "123456", commercial: "7" },
    });
    expect(parts?.outcome === "unique" ? parts.split : undefined).toBeUndefined();
  });

  it("bounds the work and the suggestions of the joined-number search on a table of digits", () => {
    // every cell a digit or two, every sum broken: each adjacent pair is a possible split
    const v: Grid = copy(consistentTable3(6));
    let n = 0;
    for (const row of Object.keys(v)) for (const c of Object.keys(v[row])) v[row][c] = String((n++ * 7) % 23);
    const snapshot = report({ values: { table3: v } });
    const start = process.cpuUsage();
    const findings = check(snapshot).findings;
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    for (const f of findings) expect((f.suggestions ?? []).length).toBeLessThanOrEqual(2);
  });

  it("says it cannot tell when a table4 group's total is off: any of its cells could be wrong", () => {
    const v = consistentTable4(2);
    v.review.total += 2;
    const d = diagnose("table4", v);
    expect(d?.outcome).toBe("ambiguous");
    if (d?.outcome !== "ambiguous") return;
    expect(d.count).toBe(5);
    expect(d.candidates.map((c) => c[0].key.row)).toEqual(Array(5).fill("review"));
  });

  it("says it cannot tell when a row and its total were both raised: several pairs repair it", () => {
    const v = consistentTable3(9);
    v.new_received.natural += 1;
    v.new_received.total += 1;
    const d = diagnose("table3", v);
    expect(d?.outcome).toBe("ambiguous");
  });

  it("gives up on damage no change of one or two cells repairs", () => {
    const v = consistentTable3(4);
    v.r1_open.natural += 1;
    v.r3_4.legal += 2;
    v.r5_1.research += 3;
    expect(diagnose("table3", v)?.outcome).toBe("unknown");
  });
});

describe("diagnoseTable on generated reports", () => {
  it("names the one changed table3 cell and its original value whenever that is the only one-cell fix, and otherwise says it cannot tell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...cells3),
        fc.integer({ min: -9, max: 30 }).filter((n) => n !== 0),
        fc.array(fc.constantFrom(...cells3), { maxLength: 3 }),
        (seed, [row, column], delta, texts) => {
          const v: Grid = copy(consistentTable3(seed));
          const original = v[row][column] as number;
          fc.pre(original + delta >= 0);
          v[row][column] = original + delta;
          // cells holding text leave their sums out, which can hide the change or blur it
          for (const [r, c] of texts) if (r !== row || c !== column) v[r][c] = "见附件";
          const oracle = singleCellFixes(table3, v);
          const d = diagnose("table3", v);
          if (oracle.length === 0) {
            // no sum sees the change
            expect(d).toBeNull();
          } else if (oracle.length === 1) {
            expect(oracle).toEqual([[row, column, original]]);
            expect(at(d)).toEqual([[row, column, original]]);
          } else {
            expect(d?.outcome).toBe("ambiguous");
          }
        },
      ),
      params,
    );
  });

  it("names the changed cell whenever every sum of the table can be evaluated", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...cells3),
        fc.integer({ min: 1, max: 30 }),
        (seed, [row, column], delta) => {
          const v = consistentTable3(seed);
          const original = v[row][column];
          v[row][column] += delta;
          expect(at(diagnose("table3", v))).toEqual([[row, column, original]]);
        },
      ),
      params,
    );
  });

  it("never proposes a change that leaves a sum broken", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.array(fc.tuple(fc.constantFrom(...cells3, ...cells4), fc.integer({ min: -5, max: 12 })), {
          minLength: 1,
          maxLength: 3,
        }),
        (seed, edits) => {
          const v3: Grid = copy(consistentTable3(seed));
          const v4: Grid = copy(consistentTable4(seed));
          for (const [[row, column], delta] of edits) {
            const v = row in v3 ? v3 : v4;
            v[row][column] = Math.max(0, (v[row][column] as number) + delta);
          }
          const snapshot = report({ values: { table3: v3, table4: v4 } });
          const result = check(snapshot, { strict: true });
          const sums = ["row-total", "grand-total", "balance", "review-total"];
          const fixes = [
            ...new Map(
              result.findings.filter((f) => f.suspect).map((f) => [f.table, f.suggestions!] as const),
            ).values(),
          ];
          for (const suggestions of fixes) {
            const fixed: Record<string, Grid> = { table3: copy(v3), table4: copy(v4) };
            for (const s of suggestions)
              if (s.op === "set-cell") fixed[s.at.table][s.at.row][s.at.column] = Number(s.to);
            const table = suggestions[0].op === "set-cell" ? suggestions[0].at.table : "table3";
            const again = check(report({ values: { table3: fixed.table3, table4: fixed.table4 } }), {
              strict: true,
              rules: sums,
            });
            expect(again.findings.filter((f) => f.table === table)).toEqual([]);
          }
        },
      ),
      params,
    );
  });
});
