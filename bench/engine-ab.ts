/**
 * The engine against an older copy of itself, in one process (`npx ts-node --transpile-only
 * bench/engine-ab.ts <old> [rounds] [--cli]`), where <old> holds that copy's src (made with
 * `git archive main src | tar -x -C <old>` and a node_modules link beside it). Both must give the
 * same JSON on every report first. Then, report by report, a batch of checks of each in turn, the
 * order alternating, CPU time: the two batches of a pair run under the same load, so the median of
 * the pairs' ratios is steadier than either median on a shared machine (two identical copies gave
 * 0.99, single files 0.94–1.06, at load 6). `--cli` uses the reports of `npm run bench -- 8`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readDocx } from "../src/docx";
import { check } from "../src/engine";
import { wordLikeReport } from "../test/docx/fixtures/word-like-report";

type Check = typeof check;

const root = join(__dirname, "..");
const [oldRoot, roundsArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const cliReports = process.argv.includes("--cli");
const BATCH = 10;
const WARM_ROUNDS = 3;

const docxIn = (dir: string, pattern: RegExp): string[] =>
  readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));

function reports(): { name: string; bytes: Uint8Array }[] {
  const paths = cliReports
    ? docxIn(join(root, "test/fixtures/docx-libreoffice"), /\.docx$/)
    : [
        ...docxIn(join(root, "test/fixtures/docx"), /^seed-\d+\.docx$/),
        join(root, "examples/sample-report.docx"),
      ];
  const found = paths.map((p) => ({ name: p.replace(/^.*\//, ""), bytes: readFileSync(p) }));
  return cliReports ? [...found, { name: "word-like", bytes: wordLikeReport() }] : found;
}

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  if (!oldRoot) throw new Error("usage: engine-ab.ts <old root holding src/> [rounds] [--cli]");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const older = (require(resolve(oldRoot, "src/engine")) as { check: Check }).check;
  const rounds = Number(roundsArg ?? 60);
  const all = reports();
  const snapshots = all.map((r) => readDocx(r.bytes));
  snapshots.forEach((s, i) => {
    if (JSON.stringify(older(s)) !== JSON.stringify(check(s)))
      throw new Error(`results differ: ${all[i].name}`);
  });
  const engines: [keyof typeof ms, Check][] = [
    ["old", older],
    ["new", check],
  ];
  const ms = { old: snapshots.map((): number[] => []), new: snapshots.map((): number[] => []) };
  for (let r = 0; r < rounds + WARM_ROUNDS; r++)
    snapshots.forEach((s, i) => {
      for (const [name, fn] of (r + i) % 2 ? engines : [...engines].reverse()) {
        const t0 = cpu();
        for (let k = 0; k < BATCH; k++) fn(s);
        if (r >= WARM_ROUNDS) ms[name][i].push((cpu() - t0) / BATCH);
      }
    });
  const ratios = snapshots.map((_, i) => ms.new[i].map((v, k) => v / ms.old[i][k]));
  console.log(`results equal; ${rounds} rounds of ${BATCH} checks a report, CPU ms a check`);
  all.forEach((r, i) =>
    console.log(
      `   ${r.name.padEnd(34)} old ${median(ms.old[i]).toFixed(3)}  new ${median(ms.new[i]).toFixed(3)}  ` +
        `ratio ${median(ratios[i]).toFixed(3)}`,
    ),
  );
  console.log(
    `   all: old ${median(ms.old.flat()).toFixed(3)}  new ${median(ms.new.flat()).toFixed(3)}  ` +
      `paired ratio ${median(ratios.flat()).toFixed(3)}`,
  );
}

main();
