import fc from "fast-check";
import {
  check,
  type CheckResult,
  type DocumentSnapshot,
  type Finding,
  type HostRef,
  type SnapshotBlock,
  type SnapshotCell,
  type SnapshotParagraph,
  type SnapshotTable,
} from "../../src/engine";
import { rules } from "../../src/engine/rules";
import { equationsOf, format2019, format2021, formats, getTable, officialGrid } from "../../src/template";
import { officialTable, report } from "../helpers/snapshot";
import { consistentTable3, consistentTable4, someTable2 } from "../helpers/values";

// fixed seed in `npm test`; `npm run fuzz` sets FUZZ_RUNS to raise the run count
const runs = Number(process.env.FUZZ_RUNS) || 1000;
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

/** Texts a report is made of: every label of both formats, headings, numbers, placeholders. */
const VOCABULARY = [
  ...new Set([
    ...formats.flatMap((f) => f.sections.map((s) => `${s.numeral}、${s.title}`)),
    ...formats.flatMap((f) => f.tables.flatMap((t) => officialGrid(t).cells.map((c) => c.text))),
    "青石县2023年政府信息公开工作年度报告",
    "2024年1月20日",
    "本年度收到申请12件，上年结转3件，予以公开5件。",
    "0",
    "12",
    "-3",
    "0.5",
    "１２",
    "1,024",
    "9".repeat(30),
    "/",
    "—",
    "无",
    "",
    " ",
    "总计",
  ]),
];
const text = fc.oneof(
  { arbitrary: fc.constantFrom(...VOCABULARY), weight: 4 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
);
const ref: fc.Arbitrary<HostRef> = fc.oneof(
  fc.record({ p: fc.integer({ min: -1, max: 500 }) }),
  fc.record({ t: fc.nat(20), tr: fc.nat(40), tc: fc.nat(20) }),
  fc.record({ box: fc.nat(3) }),
  fc.constant({}),
);
const paragraph: fc.Arbitrary<SnapshotParagraph> = fc.record(
  {
    kind: fc.constant("paragraph" as const),
    text,
    listText: fc.constantFrom("一、", "（二）", "2.", "•", "", "第三部分"),
    style: fc.constantFrom("Heading 1", "标题 2", "Normal", ""),
    outlineLevel: fc.integer({ min: -1, max: 10 }),
    pictures: fc.nat(3),
    ref,
  },
  { requiredKeys: ["kind", "text", "ref"] },
);
/** Any cells at all: unsorted, overlapping, outside the grid, spans of zero or less. */
const randomTable: fc.Arbitrary<SnapshotTable> = fc.letrec<{ table: SnapshotTable; cell: SnapshotCell }>(
  (tie) => ({
    table: fc.record({
      kind: fc.constant("table" as const),
      rowCount: fc.integer({ min: -1, max: 40 }),
      colCount: fc.integer({ min: -1, max: 16 }),
      cells: fc.array(tie("cell"), { maxLength: 60 }),
      ref,
    }),
    cell: fc.record(
      {
        row: fc.integer({ min: -2, max: 42 }),
        col: fc.integer({ min: -2, max: 18 }),
        rowSpan: fc.integer({ min: -1, max: 6 }),
        colSpan: fc.integer({ min: -1, max: 12 }),
        text,
        tables: fc.array(tie("table"), { maxLength: 1, depthIdentifier: "nested" }),
        ref,
      },
      { requiredKeys: ["row", "col", "rowSpan", "colSpan", "text", "ref"] },
    ),
  }),
).table;
/** An official table of either format, then damaged. */
const officialDamaged: fc.Arbitrary<SnapshotTable> = fc
  .tuple(fc.constantFrom(format2021, format2019), fc.constantFrom("table2", "table3", "table4"), damage)
  .map(([format, key, edits]) => damaged(officialTable(key, {}, format), edits));
const block: fc.Arbitrary<SnapshotBlock> = fc.oneof(
  { arbitrary: paragraph, weight: 5 },
  { arbitrary: officialDamaged, weight: 2 },
  { arbitrary: randomTable, weight: 1 },
);
const snapshot: fc.Arbitrary<DocumentSnapshot> = fc.record({ blocks: fc.array(block, { maxLength: 30 }) });

/** The placeholders of a finding's message templates that its data leaves empty. */
function unfilled(f: Finding): string[] {
  const message = rules.find((r) => r.id === f.rule)?.meta.messages[f.messageId];
  const names = `${message?.zh ?? ""}${message?.en ?? ""}`.match(/\{\w+\}/g) ?? [];
  return names.filter((n) => f.data[n.slice(1, -1)] === undefined || f.data[n.slice(1, -1)] === null);
}

describe("check on random snapshots", () => {
  it("never throws, returns a well-formed result and is deterministic, with or without last year's report", () => {
    fc.assert(
      fc.property(snapshot, fc.option(snapshot, { freq: 3 }), (doc, previous) => {
        const options = { strict: true, ...(previous ? { previous } : {}) };
        const result: CheckResult = check(doc, options);
        expect(result.sections).toHaveLength(6);
        expect(result.tables).toHaveLength(3);
        for (const f of result.findings) {
          expect(["error", "warning", "info"]).toContain(f.severity);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
          // every placeholder of the message filled (a cell's own text may hold braces)
          expect(unfilled(f)).toEqual([]);
        }
        expect(JSON.stringify(check(doc, options))).toBe(JSON.stringify(result));
      }),
      // some 15 ms a case: 300 in `npm test`, FUZZ_RUNS under `npm run fuzz`
      { ...params, numRuns: Number(process.env.FUZZ_RUNS) || 300 },
    );
  });

  it("takes time linear in the number of cells", () => {
    // the same random damaged tables, 20 and then 160 of them: eight times the cells may take
    // at most about eight times as long (a quadratic step would take sixty-four)
    const tables = fc.sample(officialDamaged, { seed: 20261122, numRuns: 20 });
    const base = report();
    const timed = (copies: number): { ms: number; cells: number } => {
      const blocks = [...base.blocks];
      for (let i = 0; i < copies; i++) blocks.push(...tables);
      const doc = { blocks };
      const cells = blocks.reduce((n, b) => n + (b.kind === "table" ? b.cells.length : 0), 0);
      check(doc);
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        check(doc);
        samples.push(performance.now() - start);
      }
      return { ms: Math.min(...samples), cells };
    };
    const small = timed(1);
    const large = timed(8);
    expect(large.cells).toBeGreaterThan(7 * small.cells);
    expect(large.ms / large.cells).toBeLessThan(3 * (small.ms / small.cells) + 0.01);
  });
});
