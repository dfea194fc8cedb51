import fc from "fast-check";
import { check, type DocumentSnapshot, type SnapshotBlock, type SnapshotTable } from "../../src/engine";
import { equationsOf, format2021, getTable } from "../../src/template";
import { report } from "../helpers/snapshot";
import { consistentTable3, consistentTable4, someTable2 } from "../helpers/values";

// fixed seed in `npm test`; `npm run fuzz` raises the run count
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const params = { seed: 20261122, numRuns: runs };

const table3 = getTable(format2021, "table3");
const table4 = getTable(format2021, "table4");

function validReport(seed: number): DocumentSnapshot {
  return report({
    values: { table2: someTable2(seed), table3: consistentTable3(seed), table4: consistentTable4(seed) },
  });
}

/** The (rule, row, column) every equation holding the cell would be reported on. */
function rulesInvolving(table: typeof table3, row: string, column: string): string[] {
  return equationsOf(table)
    .filter((e) => [...e.left, ...e.right].some((k) => k.row === row && k.column === column))
    .map((e) => `${e.rule} ${e.at.row} ${e.at.column}`)
    .sort();
}

describe("check on generated reports", () => {
  it("finds no error in a random valid report", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
        const findings = check(validReport(seed), { strict: true }).findings;
        expect(findings).toEqual([]);
      }),
      params,
    );
  });

  it("fires exactly the rules that hold a changed table3 cell, on their total cells", () => {
    const cells = table3.rows.flatMap((r) => r.columns.map((c) => [r.key, c] as const));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...cells),
        fc.integer({ min: 1, max: 50 }),
        (seed, [row, column], delta) => {
          const v = consistentTable3(seed);
          v[row][column] += delta;
          const snapshot = report({
            values: { table2: someTable2(seed), table3: v, table4: consistentTable4(seed) },
          });
          const fired = check(snapshot, { strict: true })
            .findings.map((f) => `${f.rule} ${f.row} ${f.column}`)
            .sort();
          expect(fired).toEqual(rulesInvolving(table3, row, column));
        },
      ),
      params,
    );
  });

  it("fires exactly the group total a changed table4 cell belongs to", () => {
    const cells = table4.rows.flatMap((r) => r.columns.map((c) => [r.key, c] as const));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...cells),
        fc.integer({ min: 1, max: 9 }),
        (seed, [row, column], delta) => {
          const v = consistentTable4(seed);
          v[row][column] += delta;
          const fired = check(report({ values: { table4: v } }), { strict: true }).findings.map(
            (f) => `${f.rule} ${f.row} ${f.column}`,
          );
          expect(fired).toEqual(rulesInvolving(table4, row, column));
        },
      ),
      params,
    );
  });
});

/** Random damage to a table: cells dropped, texts replaced, spans changed. */
const damage = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom("drop", "text", "span", "rows"),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom("", "/", "三、本年度办理结果", "总计", "１２", "-3", "0.5", "行政复议"),
    ),
    n: fc.integer({ min: -2, max: 40 }),
  }),
  { maxLength: 30 },
);

interface Edit {
  readonly at: number;
  readonly kind: string;
  readonly text: string;
  readonly n: number;
}

function damaged(table: SnapshotTable, edits: readonly Edit[]): SnapshotTable {
  let cells = [...table.cells];
  let rowCount = table.rowCount;
  for (const e of edits) {
    if (cells.length === 0) break;
    const i = e.at % cells.length;
    if (e.kind === "drop") cells = cells.filter((_, k) => k !== i);
    else if (e.kind === "text") cells[i] = { ...cells[i], text: e.text };
    else if (e.kind === "span") cells[i] = { ...cells[i], colSpan: e.n, rowSpan: Math.abs(e.n) % 5 };
    else rowCount = Math.max(0, e.n);
  }
  return { ...table, cells, rowCount };
}

describe("check on damaged reports", () => {
  it("never throws and always returns a result for randomly damaged tables", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), damage, damage, (seed, a, b) => {
        const base = validReport(seed);
        let t = 0;
        const blocks: SnapshotBlock[] = base.blocks.map((block) =>
          block.kind === "table" ? damaged(block, t++ % 2 ? a : b) : block,
        );
        const result = check({ blocks }, { strict: true });
        expect(result.tables).toHaveLength(3);
      }),
      params,
    );
  });
});
