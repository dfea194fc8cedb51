/**
 * `npm run bench`: how fast the checker is, measured, not asserted.
 * 1. engine time per report (median over many runs) on each seed and the sample;
 * 2. how engine time grows from 1 to 1,000 tables;
 * 3. CLI throughput on 200 .docx files (read, unzip, parse, bind, rules, JSON) next to mammoth
 *    extracting the raw text of the same files in the same process: once on the test fixtures
 *    (lean markup from the docx library), once on a report with Word's own verbose markup;
 * 4. a report of 500 pages with 200 tables (test/bad-inputs): read and check time;
 * 5. `report-check --json` on a folder of 1,000 .docx files, in one process;
 * 6. the Word add-in's round trips (`context.sync()`) per action, counted in the fake Word;
 * 7. the task pane's JavaScript, gzipped, against its 300 KB budget (runs the production build);
 * 8. the compiled `report-check --json` on 200 realistic reports in a fresh process, next to
 *    mammoth's text extraction and the floor (read and inflate), fresh processes in turn.
 * `npm run bench -- 4 6` runs only the sections named.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { check, type DocumentSnapshot, type SnapshotBlock } from "../src/engine";
import { readDocx } from "../src/docx";
import { jsonFormatter } from "../src/cli/format-json";
import { checkFile } from "../src/cli/check-file";
import { run } from "../src/cli/run";
import { officialTable, report } from "../test/helpers/snapshot";
import { wordLikeReport } from "../test/docx/fixtures/word-like-report";
import { bigReport } from "../test/bad-inputs/build";
import { strFromU8, unzipSync } from "fflate";
import { readFlatOpc } from "../src/docx";
import { scanTableOoxml } from "../src/word/_lib/table-ooxml";
import { wordRoundTrips } from "./word-round-trips";
import { versusMammoth } from "./versus-mammoth";

const root = join(__dirname, "..");
const fixturesDir = join(root, "test/fixtures/docx");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Wall and CPU time of each run: on a busy machine the wall clock also counts other processes' turns. */
function samplesOf(fn: () => void, runs: number): { wall: number[]; cpu: number[] } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

function enginePerReport(): void {
  console.log("\n1. 引擎单份报告耗时（中位数，500 次） / engine time per report (median of 500 runs)");
  const files = readdirSync(fixturesDir).filter((f) => /^seed-\d+\.docx$/.test(f));
  files.push("../../../examples/sample-report.docx");
  const all = { wall: [] as number[], cpu: [] as number[] };
  for (const f of files) {
    const snapshot = readDocx(readFileSync(join(fixturesDir, f)));
    const cells = snapshot.blocks.reduce((n, b) => n + (b.kind === "table" ? b.cells.length : 0), 0);
    const { wall, cpu } = samplesOf(() => check(snapshot), 500);
    all.wall.push(...wall);
    all.cpu.push(...cpu);
    console.log(
      `   ${f.replace(/^.*\//, "").padEnd(22)} ${String(cells).padStart(5)} cells  ` +
        `${median(wall).toFixed(3)} ms (CPU ${median(cpu).toFixed(3)} ms)`,
    );
  }
  console.log(
    `   median over the seeds and the sample: ${median(all.wall).toFixed(3)} ms ` +
      `(CPU ${median(all.cpu).toFixed(3)} ms)`,
  );
}

function growth(): void {
  console.log("\n2. 表格数量增长 / growth with the number of tables (table3 copies)");
  const base = report();
  for (const n of [1, 10, 100, 1000]) {
    const extra: SnapshotBlock[] = Array.from({ length: n - 1 }, () => officialTable("table3"));
    const snapshot: DocumentSnapshot = { blocks: [...base.blocks, ...extra] };
    const cells = snapshot.blocks.reduce((k, b) => k + (b.kind === "table" ? b.cells.length : 0), 0);
    const { wall, cpu } = samplesOf(() => check(snapshot), n >= 1000 ? 5 : n >= 100 ? 20 : 100);
    const ms = median(wall);
    console.log(
      `   ${String(n + 2).padStart(5)} tables ${String(cells).padStart(7)} cells  ${ms.toFixed(2)} ms ` +
        `(CPU ${median(cpu).toFixed(2)} ms)  (${((ms / cells) * 1000).toFixed(2)} µs/cell)`,
    );
  }
}

/** Times report-check and mammoth on the same 200 files, written to a temporary folder. */
async function throughput(label: string, files: readonly Uint8Array[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "report-check-bench-"));
  const paths = Array.from({ length: 200 }, (_, i) => {
    const path = join(dir, `report-${String(i).padStart(3, "0")}.docx`);
    writeFileSync(path, files[i % files.length]);
    return path;
  });
  try {
    const ours = (): void => {
      const json = jsonFormatter();
      for (const path of paths) json.file(checkFile(path));
    };
    const theirs = async (): Promise<void> => {
      for (const p of paths) await mammoth.extractRawText({ buffer: readFileSync(p) });
    };
    ours();
    await theirs();
    const runs = 5;
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      ours();
      oursMs.push(performance.now() - t0);
      t0 = performance.now();
      await theirs();
      theirsMs.push(performance.now() - t0);
    }
    const a = median(oursMs);
    const b = median(theirsMs);
    console.log(`   ${label}`);
    console.log(
      `     report-check（读取+解压+解析+绑定+规则+JSON）: ${a.toFixed(0)} ms，每份 ${(a / 200).toFixed(2)} ms`,
    );
    console.log(
      `     mammoth.extractRawText（仅提取文字）:            ${b.toFixed(0)} ms，每份 ${(b / 200).toFixed(2)} ms`,
    );
    console.log(`     倍数 / speed-up: ${(b / a).toFixed(1)}×  (median of ${runs} runs)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function bigDocument(): void {
  console.log("\n4. 500 页、200 张表格的报告 / a report of 500 pages with 200 tables (median of 5 runs)");
  const bytes = bigReport();
  const snapshot = readDocx(bytes);
  const tables = snapshot.blocks.filter((b) => b.kind === "table");
  const cells = tables.reduce((n, b) => n + (b.kind === "table" ? b.cells.length : 0), 0);
  const read = time(() => readDocx(bytes), 5);
  const checked = time(() => check(snapshot), 5);
  console.log(
    `   ${(bytes.length / 1024).toFixed(0)} KB .docx, ${snapshot.blocks.length - tables.length} paragraphs, ` +
      `${tables.length} tables, ${cells} cells`,
  );
  console.log(
    `   读取 read ${read.toFixed(0)} ms + 检查 check ${checked.toFixed(0)} ms = ${(read + checked).toFixed(0)} ms`,
  );
  paneShareOfWordRead(bytes);
  // what one `report-check big.docx` costs: the first read and check in a fresh process, code
  // loaded but not yet warmed up by the JIT (node start-up and module loading aside)
  const dir = mkdtempSync(join(tmpdir(), "report-check-bench-"));
  const file = join(dir, "big.docx");
  writeFileSync(file, bytes);
  const script =
    `const { readFileSync } = require("node:fs");` +
    `const { readDocx } = require("./src/docx"); const { check } = require("./src/engine");` +
    `const bytes = readFileSync(${JSON.stringify(file)}); const t0 = performance.now();` +
    `const snapshot = readDocx(bytes); const t1 = performance.now(); check(snapshot);` +
    `console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`;
  try {
    const child = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
      cwd: root,
      encoding: "utf8",
    });
    if (child.status !== 0) {
      console.log(`   首次（新进程）未能测量 / the fresh-process run failed: ${child.stderr.slice(0, 300)}`);
      return;
    }
    const [coldRead, coldCheck] = JSON.parse(child.stdout) as [number, number];
    console.log(
      `   首次（新进程） first in a fresh process: read ${coldRead.toFixed(0)} ms + check ${coldCheck.toFixed(0)} ms` +
        ` = ${(coldRead + coldCheck).toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * In Word the pane gets each table as the Flat OPC package of `getOoxml()` (the table with the
 * document's styles and numbering) and turns it into its layout and its snapshot table on the
 * pane's thread: timed here on the 200 tables of the big report.
 */
function paneShareOfWordRead(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const document = strFromU8(files["word/document.xml"]);
  const parts = ["word/styles.xml", "word/numbering.xml"].filter((name) => files[name]);
  const part = (name: string, xml: string) =>
    `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`;
  const rest = parts.map((name) => part(name, strFromU8(files[name]))).join("");
  const open = document.slice(0, document.indexOf("<w:body>") + "<w:body>".length);
  const packages = topLevelTables(document).map(
    (table) =>
      `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      part("word/document.xml", `${open}${table}<w:p/></w:body></w:document>`) +
      rest +
      `</pkg:package>`,
  );
  const ms = time(() => packages.forEach((pkg) => (scanTableOoxml(pkg), readFlatOpc(pkg))), 5);
  const size = packages.reduce((n, pkg) => n + pkg.length, 0) / packages.length / 1024;
  console.log(
    `   Word 中面板自己的那部分读取 / the pane's share of a Word read: ${packages.length} table packages ` +
      `(${size.toFixed(0)} KB each, with styles and numbering) to layouts and snapshot tables: ${ms.toFixed(0)} ms`,
  );
}

/** The `<w:tbl>` elements directly in the body, by counting nesting. */
function topLevelTables(xml: string): string[] {
  const tables: string[] = [];
  const tag = /<(\/?)w:tbl>/g;
  let depth = 0;
  let start = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (!m[1] && depth++ === 0) start = m.index;
    else if (m[1] && --depth === 0) tables.push(xml.slice(start, m.index + m[0].length));
  }
  return tables;
}

/** `report-check --json` on 1,000 files in a folder, in one process: what a reviewer's run costs. */
function cliThroughput(): void {
  const count = 1000;
  console.log(
    `\n5. 命令行检查 ${count} 个文件 / report-check --json on a folder of ${count} files (median of 3 runs)`,
  );
  const fixtures = readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => readFileSync(join(fixturesDir, f)));
  const wordLike = wordLikeReport();
  const dir = mkdtempSync(join(tmpdir(), "report-check-bench-"));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // every other file in Word's own markup, the rest the test fixtures in turn
    const file = i % 2 === 0 ? wordLike : fixtures[(i / 2 - 0.5) % fixtures.length];
    bytes += file.length;
    writeFileSync(join(dir, `report-${String(i).padStart(4, "0")}.docx`), file);
  }
  try {
    let printed = 0;
    const out = {
      stdout: (t: string) => (printed += t.length),
      stderr: (t: string) => (printed += t.length),
    };
    const ms = time(() => run(["--json", dir], out), 3);
    console.log(
      `   ${count} files, ${(bytes / 1024 / 1024).toFixed(1)} MB: ${(ms / 1000).toFixed(1)} s, ` +
        `${(ms / count).toFixed(1)} ms a file, ${((count / ms) * 1000).toFixed(0)} files a second`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the pane for production and reads the sizes webpack.config.js writes to dist/bundle-size.json. */
function paneBundle(): void {
  console.log("\n7. 任务窗格脚本大小（生产构建，gzip -9，不含 office.js） / task pane JavaScript, gzipped");
  const build = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (build.status !== 0) {
    console.log(`   构建失败 / the build failed: ${(build.stderr || build.stdout).slice(0, 300)}`);
    return;
  }
  const sizes = JSON.parse(readFileSync(join(root, "dist/bundle-size.json"), "utf8")) as Record<
    string,
    Record<string, number>
  >;
  const budget = sizes.budget.taskpane;
  for (const [name, size] of Object.entries(sizes)) {
    if (name === "budget") continue;
    if (name.startsWith("worker:")) {
      // the worker starts on the first check; it loads only what the page has not loaded already
      console.log(
        `   ${name}: adds ${(size.taskpane / 1024).toFixed(1)} KB gzipped to the task pane at its first check`,
      );
      continue;
    }
    console.log(
      `   ${name.padEnd(10)} ${(size.raw / 1024).toFixed(0).padStart(5)} KB, gzipped ${(size.gzip / 1024).toFixed(0)} KB` +
        (name === "taskpane"
          ? ` of the ${budget / 1024} KB budget (${((size.gzip / budget) * 100).toFixed(0)} %)`
          : ""),
    );
  }
}

async function throughputs(): Promise<void> {
  console.log("\n3. 200 个 .docx 文件的吞吐量 / throughput on 200 .docx files");
  const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith(".docx"));
  await throughput(
    `the ${fixtures.length} test fixtures (markup of the docx library), cycled`,
    fixtures.map((f) => readFileSync(join(fixturesDir, f))),
  );
  await throughput("a report with Word's own markup (rsids, run properties), 200 copies", [wordLikeReport()]);
}

const SECTIONS: readonly (() => void | Promise<void>)[] = [
  enginePerReport,
  growth,
  throughputs,
  bigDocument,
  cliThroughput,
  () => wordRoundTrips(fixturesDir, join(root, "examples/sample-report.docx")),
  paneBundle,
  versusMammoth,
];

/** `npm run bench` runs every section; `npm run bench -- 4 6` only those. */
async function main(): Promise<void> {
  console.log(`node ${process.version}, ${cpus().length} cores`);
  const only = process.argv.slice(2).map(Number);
  for (const [i, section] of SECTIONS.entries()) if (!only.length || only.includes(i + 1)) await section();
}

void main();
