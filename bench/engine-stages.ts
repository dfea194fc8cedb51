/**
 * Where the engine's time goes on the seeds and the sample: each stage of `check()` timed on its
 * own, CPU time, many passes over the six reports (`npx ts-node --transpile-only
 * bench/engine-stages.ts [passes]`). The stages are run as check() runs them, so they add up to
 * about one check; each rule is timed alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../src/engine";
import { readDocx } from "../src/docx";
import { formats, formatForYear, getFormat } from "../src/template";
import { findSections } from "../src/engine/sections";
import { findYear } from "../src/engine/year";
import { bindTables } from "../src/engine/tables/bind-tables";
import { readReportText } from "../src/engine/narrative/report-text";
import { diagnoseTable, type Diagnosis } from "../src/engine/diagnose/diagnose-table";
import { decideByText } from "../src/engine/diagnose/text-evidence";
import { findAgency } from "../src/engine/agency";
import { rules } from "../src/engine/rules";
import { optionsOf } from "../src/engine/check";
import type { DocumentSnapshot, TableKey } from "../src/engine/types";

const root = join(__dirname, "..");
const dir = join(root, "test/fixtures/docx");
const paths = readdirSync(dir)
  .filter((f) => /^seed-\d+\.docx$/.test(f))
  .map((f) => join(dir, f));
paths.push(join(root, "examples/sample-report.docx"));
const snapshots = paths.map((p) => readDocx(readFileSync(p)));
const passes = Number(process.argv[2] ?? 200);

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const spent = new Map<string, number>();
function timed<T>(name: string, fn: () => T): T {
  const t0 = cpu();
  const out = fn();
  spent.set(name, (spent.get(name) ?? 0) + cpu() - t0);
  return out;
}

function stages(snapshot: DocumentSnapshot): void {
  const sections = timed("sections", () => findSections(snapshot, formats[0].sections));
  const year = timed("year", () => findYear(snapshot, sections[0]?.block));
  const format = getFormat(year ? formatForYear(year) : "2021");
  const preferred = [format, ...formats.filter((f) => f !== format)];
  const tables = timed("binding", () => bindTables(snapshot, sections, preferred));
  const text = timed("report text", () => readReportText(snapshot, sections));
  const diagnoses = timed("diagnose", () => {
    const out = new Map<TableKey, Diagnosis>();
    for (const key of ["table3", "table4"] as const) {
      const binding = tables.get(key);
      const diagnosis = binding && diagnoseTable(binding);
      if (diagnosis) out.set(key, decideByText(diagnosis, text, year, tables));
    }
    return out;
  });
  const agency = timed("agency", () => findAgency(text));
  const inputs = { snapshot, format, year, expectedYear: null, agency, sections, tables, diagnoses, text };
  for (const rule of rules)
    timed(`rule ${rule.id}`, () =>
      rule.check({ ...inputs, previous: null, options: optionsOf(rule, undefined), report: () => {} }),
    );
}

for (let i = 0; i < 20; i++) snapshots.forEach((s) => (stages(s), check(s)));
spent.clear();
let whole = 0;
for (let i = 0; i < passes; i++) {
  for (const s of snapshots) stages(s);
  const t0 = cpu();
  for (const s of snapshots) check(s);
  whole += cpu() - t0;
}
const per = (ms: number) => (ms / passes / snapshots.length).toFixed(3);
const total = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`check() ${per(whole)} ms CPU a report; the stages below add to ${per(total)} ms`);
const rulesMs = [...spent].filter(([k]) => k.startsWith("rule ")).reduce((a, [, v]) => a + v, 0);
console.log(`  rules together ${per(rulesMs)} ms`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${name.padEnd(34)} ${per(ms)} ms`);
