/** Pairs of reports, last year's and this year's, whose figures carry over. */
import { format2021, getTable } from "../../src/template";
import { consistentTable3 } from "./values";

const table3 = getTable(format2021, "table3");
const parts = table3.columns.filter((c) => c.key !== "total").map((c) => c.key);

type Table = Record<string, Record<string, number>>;

/**
 * This year's table 三 from a seed, with 二、上年结转 set to last year's 四、结转下年度继续办理
 * and 一、本年新收 (or 四, when needed) adjusted so every sum still holds.
 */
export function carriedOverFrom(last: Table, seed: number): Table {
  const v = consistentTable3(seed);
  for (const c of parts) {
    v.carried_over[c] = last.carried_forward[c];
    const received = v.r7_total[c] + v.carried_forward[c] - v.carried_over[c];
    if (received < 0) v.carried_forward[c] -= received;
    v.new_received[c] = Math.max(0, received);
  }
  for (const row of Object.keys(v)) v[row].total = parts.reduce((n, c) => n + v[row][c], 0);
  return v;
}
