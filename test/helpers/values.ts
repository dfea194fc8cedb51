/** Values for the report tables that satisfy every sum rule, from a seed. */
import { format2021, getTable } from "../../src/template";
import type { Values } from "./snapshot";

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const table3 = getTable(format2021, "table3");
const parts = table3.columns.filter((c) => c.key !== "total").map((c) => c.key);
const results = table3.rows.slice(2, -2).map((r) => r.key);

/** Table3 values where 一+二 = 三（七）+四, （七） = Σ results and 总计 = Σ applicants hold. */
export function consistentTable3(seed: number, max = 9): Record<string, Record<string, number>> {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * (n + 1));
  const v: Record<string, Record<string, number>> = {};
  for (const row of table3.rows) v[row.key] = {};
  for (const c of parts) {
    for (const r of results) v[r][c] = next() < 0.6 ? 0 : int(max);
    v.r7_total[c] = results.reduce((n, r) => n + v[r][c], 0);
    v.carried_forward[c] = int(3);
    v.carried_over[c] = int(Math.min(3, v.r7_total[c] + v.carried_forward[c]));
    v.new_received[c] = v.r7_total[c] + v.carried_forward[c] - v.carried_over[c];
  }
  for (const row of table3.rows) v[row.key].total = parts.reduce((n, c) => n + v[row.key][c], 0);
  return v;
}

/** Table4 values whose group totals hold. */
export function consistentTable4(seed: number): Record<string, Record<string, number>> {
  const next = random(seed);
  const v: Record<string, Record<string, number>> = {};
  for (const g of ["review", "lit_direct", "lit_after_review"]) {
    const [maintain, correct, other, pending] = [0, 0, 0, 0].map(() => Math.floor(next() * 3));
    v[g] = { maintain, correct, other, pending, total: maintain + correct + other + pending };
  }
  return v;
}

/** Table2 values: counts and a fee amount in 万元 with decimals. */
export function someTable2(seed: number): Values {
  const next = random(seed);
  const int = () => Math.floor(next() * 20);
  return {
    regulations: { issued: 0, repealed: 0, in_force: 0 },
    normative_docs: { issued: int(), repealed: int(), in_force: int() + 20 },
    licensing: { decisions: int() * 10 },
    penalty: { decisions: int() },
    coercion: { decisions: int() },
    fees: { amount: (Math.floor(next() * 10000) / 100).toFixed(2) },
  };
}
