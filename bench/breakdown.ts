/**
 * Where report-check's time goes on the files of section 8, per file, warm, in one process: each
 * phase timed on its own over all the files (median of 5 passes), so the phases add up to about
 * the whole check. Start-up is a fresh process with nothing to check, node alone beside it. Then
 * the fresh-process medians of section 8 are taken apart: start-up, the files at their warm
 * speed, what a fresh process pays more (the first files run before V8 has compiled the checker),
 * and what the pipeline (a reading thread beside a checking thread) gains or costs against
 * checking in the main thread; the per-file phases are also summed as each thread runs them.
 * Last, the run's CPU: on two cores a run is bound by it, and V8's compiler and collector take
 * their share beside the threads' own work (each thread's CPU from /proc in one more run, and
 * V8's own traces of another).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { readDocx } from "../src/docx";
import { parseXmlBytes } from "../src/docx/xml";
import { scanXml, type XmlHandler } from "../src/docx/xml-scanner";
import { zipEntries, type ZipEntry } from "../src/docx/zip-entries";
import { check } from "../src/engine";
import { findSections } from "../src/engine/sections";
import { bindTables } from "../src/engine/tables/bind-tables";
import { formats } from "../src/template";
import { jsonFormatter } from "../src/cli/format-json";
import { useBufferSearch } from "../src/cli/buffer-search";
import { useZlib } from "../src/cli/zlib-inflater";

/** The parts the reader reads from a .docx. */
const READ =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/_rels\/document\.xml\.rels|word\/(document|styles|numbering)\.xml)$/;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds a file: `fn` over every file, median of 5 passes after one to warm up. */
function perFile<T>(items: readonly T[], fn: (item: T) => unknown): number {
  const pass = () => {
    const t0 = performance.now();
    for (const item of items) fn(item);
    return performance.now() - t0;
  };
  pass();
  return median(Array.from({ length: 5 }, pass)) / items.length;
}

const NOTHING: XmlHandler = { open: () => false, crossed: () => {}, close: () => {}, text: () => {} };

/** Section 8's fresh-process medians (wall ms, and the pipeline's CPU ms) and the folder they checked. */
export interface FreshRuns {
  readonly pooled: number;
  readonly oneThread: number;
  readonly pooledCpu: number;
  readonly folder: string;
}

/**
 * One more fresh run of the CLI on `folder`, its threads' CPU read from /proc as it runs (every
 * 2 ms; a thread's last reading before it ends): the main thread; the threads node starts with
 * it (V8's compiler and collector helpers, libuv's); and those started once the run is under way
 * (≥ 50 ms in: the pipeline's reading and checking threads). Undefined where there is no /proc.
 */
function threadsCpu(cli: string, folder: string): { main: number; v8: number; pipeline: number } | undefined {
  if (!existsSync("/proc/self/task")) return undefined;
  const run = spawnSync(process.execPath, ["-e", POLLER, cli, folder], { encoding: "utf8" });
  try {
    const { pid, threads } = JSON.parse(run.stdout) as {
      pid: string;
      threads: [string, { start: number; cpu: number }][];
    };
    const born = new Map(threads).get(pid)!.start;
    const sum = (keep: (tid: string, start: number) => boolean) =>
      threads.reduce((n, [tid, t]) => (keep(tid, t.start) ? n + t.cpu : n), 0);
    // /proc counts a thread's start in ticks of 10 ms
    return {
      main: sum((tid) => tid === pid),
      v8: sum((tid, start) => tid !== pid && start - born < 5),
      pipeline: sum((tid, start) => tid !== pid && start - born >= 5),
    };
  } catch {
    return undefined;
  }
}

/** Runs the CLI (argv: the CLI, the folder) and prints its threads' last CPU readings as JSON. */
const POLLER = `
const { spawn } = require("node:child_process");
const { readdirSync, readFileSync } = require("node:fs");
const [cli, folder] = process.argv.slice(1);
const child = spawn(process.execPath, [cli, "--json", folder], { stdio: "ignore" });
const threads = new Map();
const read = () => {
  try {
    for (const tid of readdirSync("/proc/" + child.pid + "/task")) {
      try {
        const stat = readFileSync("/proc/" + child.pid + "/task/" + tid + "/stat", "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        threads.set(tid, { start: Number(f[19]), cpu: (Number(f[11]) + Number(f[12])) * 10 });
      } catch {}
    }
  } catch {}
};
const timer = setInterval(read, 2);
child.on("exit", () => {
  clearInterval(timer);
  console.log(JSON.stringify({ pid: String(child.pid), threads: [...threads] }));
});
`;

/**
 * V8's own account of one fresh run of the CLI on `folder` (`--trace-opt`, `--trace-gc`): how
 * many functions TurboFan compiled and the time its compile jobs took, and the time of the
 * collections' pauses. The traces slow the run a little, and their flags keep V8 from using the
 * CLI's code cache (it compiles the bytecode afresh); their times are V8's own clocks.
 */
function v8Account(cli: string, folder: string): { compiles: number; compileMs: number; gcMs: number } {
  const run = spawnSync(process.execPath, ["--trace-opt", "--trace-gc", cli, "--json", folder], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  let compiles = 0;
  let compileMs = 0;
  for (const m of run.stdout.matchAll(/completed compiling .*? took ([\d.]+), ([\d.]+), ([\d.]+) ms/g)) {
    compiles++;
    compileMs += Number(m[1]) + Number(m[2]) + Number(m[3]);
  }
  let gcMs = 0;
  for (const m of run.stdout.matchAll(/ ms: (?:Scavenge|Mark-Compact|Mark-sweep)\b[^\n]*? MB, ([\d.]+) \//g))
    gcMs += Number(m[1]);
  return { compiles, compileMs, gcMs };
}

/** The breakdown printed under section 8; `cli` is the compiled CLI's bin. */
export function breakdown(files: readonly Uint8Array[], cli: string, fresh: FreshRuns): void {
  useZlib();
  useBufferSearch();
  const entries = files.map((bytes) => ({
    bytes,
    parts: zipEntries(bytes, 1000).filter((e: ZipEntry) => READ.test(e.name)),
  }));
  const inflate = (f: (typeof entries)[number]) =>
    f.parts.map((e) => inflateRawSync(f.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize)));
  const parts = entries.map(inflate);
  const snapshots = files.map((b) => readDocx(b));
  const sections = snapshots.map((s) => findSections(s, formats[0].sections));
  const results = snapshots.map((s) => check(s));
  const texts = snapshots.map((s) => JSON.stringify(s));
  const json = jsonFormatter();

  const ms = {
    inflate: perFile(entries, inflate),
    scan: perFile(parts, (ps) => ps.forEach((p) => scanXml(p, NOTHING))),
    parse: perFile(parts, (ps) => ps.forEach((p) => parseXmlBytes(p))),
    read: perFile(files, (b) => readDocx(b)),
    bind: perFile(
      snapshots.map((s, i) => [s, sections[i]] as const),
      ([s, found]) => bindTables(s, found, formats),
    ),
    check: perFile(snapshots, (s) => check(s)),
    output: perFile(results, (result) => json.file({ file: "report.docx", result, error: null })),
    // the pipeline's hand-off: the reading thread writes the snapshot as JSON text, the checking thread parses it
    toText: perFile(snapshots, (s) => JSON.stringify(s)),
    fromText: perFile(texts, (t) => JSON.parse(t)),
  };
  const dir = mkdtempSync(join(tmpdir(), "report-check-empty-"));
  const wall = (args: string[]) => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { cwd: dir });
    return performance.now() - t0;
  };
  const node = median(Array.from({ length: 5 }, () => wall(["-e", "0"])));
  const startup = median(Array.from({ length: 5 }, () => wall([cli, "--json", dir])));
  rmSync(dir, { recursive: true, force: true });
  const rows: [string, number][] = [
    ["inflate (zlib)", ms.inflate],
    ["scan (tags, names and text decoded, no tree)", ms.scan],
    ["tree (elements, names)", ms.parse - ms.scan],
    ["rest of the read (paragraphs, grids)", ms.read - ms.parse - ms.inflate],
    ["sections + binding", ms.bind],
    ["rules and the rest of check", ms.check - ms.bind],
    ["JSON output", ms.output],
  ];
  const sum = rows.reduce((n, [, x]) => n + x, 0);
  console.log(`   每份的时间 / where a file's time goes (warm, one process, median of 5 passes):`);
  for (const [name, x] of rows)
    console.log(
      `     ${name.padEnd(38)} ${x.toFixed(2).padStart(6)} ms  ${((x / sum) * 100).toFixed(0).padStart(3)} %`,
    );
  console.log(`     ${"total a file".padEnd(38)} ${sum.toFixed(2).padStart(6)} ms`);
  const reading = ms.read + ms.toText;
  const checking = ms.fromText + ms.check + ms.output;
  console.log(
    `   流水线 / the pipeline's two threads, a file: reading ${reading.toFixed(2)} ms ` +
      `(the read, then the snapshot as JSON text ${ms.toText.toFixed(2)}), ` +
      `checking ${checking.toFixed(2)} ms (parsing that text ${ms.fromText.toFixed(2)}, check, JSON output)`,
  );
  console.log(
    `   启动 / start-up: node alone ${node.toFixed(0)} ms, report-check with nothing to check ${startup.toFixed(0)} ms` +
      ` (loading the CLI ${(startup - node).toFixed(0)} ms); ${files.length} files warm ≈ ${((sum * files.length) / 1000).toFixed(2)} s`,
  );
  const warm = sum * files.length;
  const whole: [string, number][] = [
    ["start-up (node, the CLI, the folder)", startup],
    [`${files.length} files at their warm speed`, warm],
    ["warming up (first files before V8 compiles)", fresh.oneThread - startup - warm],
    ["= report-check in one thread (section 8)", fresh.oneThread],
    ["the pipeline against one thread (− = gain)", fresh.pooled - fresh.oneThread],
    ["= report-check --json (section 8)", fresh.pooled],
  ];
  console.log(`   一次运行的时间 / where a fresh run's time goes (wall, medians above):`);
  for (const [name, x] of whole)
    console.log(
      `     ${name.padEnd(44)} ${x.toFixed(0).padStart(6)} ms  ${((x / fresh.pooled) * 100).toFixed(0).padStart(3)} %`,
    );
  const threads = threadsCpu(cli, fresh.folder);
  if (threads) {
    const total = threads.main + threads.v8 + threads.pipeline;
    const rows: [string, number][] = [
      ["the main thread (start-up, the folder, output)", threads.main],
      ["the pipeline's reading and checking threads", threads.pipeline],
      ["V8's compiler and collector threads", threads.v8],
      ["= the run's CPU", total],
    ];
    console.log(
      `   一次运行的 CPU / where a fresh run's CPU goes (one more run, each thread's CPU from /proc):`,
    );
    for (const [name, x] of rows)
      console.log(
        `     ${name.padEnd(44)} ${x.toFixed(0).padStart(6)} ms  ${((x / total) * 100).toFixed(0).padStart(3)} %`,
      );
  }
  const v8 = v8Account(cli, fresh.folder);
  console.log(
    `   V8 的记录 / V8's own account of one more run: TurboFan compiled ${v8.compiles} functions in ` +
      `${v8.compileMs.toFixed(0)} ms of its jobs' time (--trace-opt); collections paused the threads ` +
      `${v8.gcMs.toFixed(0)} ms (--trace-gc); the section's CPU median ${fresh.pooledCpu.toFixed(0)} ms`,
  );
}
