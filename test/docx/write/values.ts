/**
 * Random table values that satisfy every sum of the format (R1, R2, R3, R5) and table 2's
 * 现行有效 ≥ 制发 − 废止 (R9), for round trips: a table written with them and read back must
 * bind each value and break no rule.
 */
import type { FormatTemplate, TableTemplate } from "../../../src/template";
import { random } from "../../helpers/values";

export type Values = Map<string, string>;
export const id = (row: string, column: string): string => `${row}/${column}`;

/** Consistent values for every value cell of every table of the format. */
export function consistentValues(format: FormatTemplate, seed: number): Values {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const values: Values = new Map();
  for (const table of format.tables) {
    if (table.layout === "blocks") fillBlocks(table, values, int, next);
    else if (table.layout === "matrix") fillMatrix(table, values, int);
    else fillWide(table, values, int);
  }
  return values;
}

function fillBlocks(table: TableTemplate, values: Values, int: (n: number) => number, next: () => number) {
  for (const row of table.rows)
    for (const column of row.columns) {
      if (column === "in_force" && row.columns.includes("issued") && row.columns.includes("repealed")) {
        // in force: at least those issued and not repealed this year, plus older ones
        const issued = Number(values.get(id(row.key, "issued")));
        const repealed = Number(values.get(id(row.key, "repealed")));
        values.set(id(row.key, column), String(Math.max(0, issued - repealed) + int(300)));
        continue;
      }
      const kind = table.columns.find((c) => c.key === column)!.kind;
      const text =
        kind === "amount"
          ? (Math.round(next() * 10000) / 100).toString()
          : kind === "signed-count"
            ? String(int(20) - 10)
            : String(int(300));
      values.set(id(row.key, column), text);
    }
}

function fillMatrix(table: TableTemplate, values: Values, int: (n: number) => number) {
  const parts = table.columns.filter((c) => c.key !== "total").map((c) => c.key);
  const results = table.rows.slice(
    table.rows.findIndex((r) => r.key === "r1_open"),
    table.rows.findIndex((r) => r.key === "r7_total"),
  );
  for (const column of parts) {
    let total = 0;
    for (const row of results) {
      const v = int(3) === 0 ? int(9) : 0; // mostly zeros, as in real reports
      values.set(id(row.key, column), String(v));
      total += v;
    }
    const forward = int(4);
    const carried = Math.min(int(4), total + forward);
    values.set(id("r7_total", column), String(total));
    values.set(id("carried_forward", column), String(forward));
    values.set(id("carried_over", column), String(carried));
    values.set(id("new_received", column), String(total + forward - carried));
  }
  for (const row of table.rows)
    values.set(
      id(row.key, "total"),
      String(parts.reduce((n, c) => n + Number(values.get(id(row.key, c))), 0)),
    );
}

function fillWide(table: TableTemplate, values: Values, int: (n: number) => number) {
  for (const row of table.rows) {
    let total = 0;
    for (const column of ["maintain", "correct", "other", "pending"]) {
      const v = int(2);
      values.set(id(row.key, column), String(v));
      total += v;
    }
    values.set(id(row.key, "total"), String(total));
  }
}
