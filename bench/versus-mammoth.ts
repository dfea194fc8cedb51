/**
 * The gap in one run: `report-check --json` on a folder of 200 realistic reports in a fresh
 * process, as a reviewer runs it (the CLI compiled as `npm ci` compiles it), next to a fresh
 * process running mammoth's `extractRawText` over the same files, and next to the floor of any
 * checker: a fresh node that reads each file and inflates its word/document.xml with node's zlib.
 * The three run in turn, again and again, so a busy machine slows them alike; medians are printed
 * with both ratios.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { wordLikeReport } from "../test/docx/fixtures/word-like-report";
import { breakdown } from "./breakdown";

const root = join(__dirname, "..");
const FILES = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The realistic reports: LibreOffice's copies of the fixtures and Word's own markup, in turn. */
function realisticReports(): Uint8Array[] {
  const dir = join(root, "test/fixtures/docx-libreoffice");
  const libreOffice = readdirSync(dir)
    .filter((f) => f.endsWith(".docx"))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  const word = wordLikeReport();
  return Array.from({ length: FILES }, (_, i) =>
    i % 2 === 0 ? word : libreOffice[(i >> 1) % libreOffice.length],
  );
}

/** Builds the CLI as `npm ci` does (tsconfig.build.json, then scripts/bundle-cli.ts) into `dir`/lib, beside a package.json. */
function compileCli(dir: string): string | undefined {
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      "-p",
      join(root, "tsconfig.build.json"),
      "--outDir",
      join(dir, "lib"),
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (tsc.status !== 0) return (tsc.stdout || tsc.stderr).slice(0, 500);
  writeFileSync(join(dir, "package.json"), readFileSync(join(root, "package.json")));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  // bundled with its code cache, as `npm ci` builds it
  const bundle = spawnSync(
    process.execPath,
    [require.resolve("ts-node/dist/bin"), "--transpile-only", "scripts/bundle-cli.ts", join(dir, "lib")],
    { cwd: root, encoding: "utf8" },
  );
  if (bundle.status !== 0) return (bundle.stdout || bundle.stderr).slice(0, 500);
  return undefined;
}

/** The floor: start node, read each file, find word/document.xml in the zip, inflate it. */
const FLOOR = `
const { readdirSync, readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");
const { join } = require("node:path");
const dir = process.argv[1];
let total = 0;
for (const name of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, name));
  let end = bytes.length - 22;
  while (bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    const length = bytes.readUInt16LE(at + 28);
    const entry = bytes.toString("utf8", at + 46, at + 46 + length);
    if (entry === "word/document.xml") {
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      total += inflateRawSync(bytes.subarray(start, start + bytes.readUInt32LE(at + 20))).length;
      break;
    }
    at += 46 + length + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}
if (total === 0) process.exit(3);
`;

const MAMMOTH = `
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const mammoth = require("mammoth");
const dir = process.argv[1];
(async () => {
  for (const name of readdirSync(dir).sort()) await mammoth.extractRawText({ buffer: readFileSync(join(dir, name)) });
})();
`;

interface Contender {
  readonly name: string;
  readonly args: readonly string[];
  readonly ms: number[];
  /** CPU time (user + system) of each run: steadier than wall time when others share the cores. */
  readonly cpu: number[];
  /** report-check exits 1 when some file has an error finding, as many of these files do. */
  readonly okExits: readonly number[];
  /** Environment set for this contender (REPORT_CHECK_WORKERS). */
  readonly env?: Readonly<Record<string, string>>;
}

const TIME = "/usr/bin/time";

/**
 * Wall and CPU time of one whole process, start-up included (CPU through /usr/bin/time, NaN
 * without it), and what it wrote; what went wrong when it exits otherwise. Its output goes to a
 * file, as a reviewer's `report-check --json folder > results.json` does: read back through a
 * pipe, the 11 MB of JSON kept this process busy on the same two cores while the run was timed
 * (≈ 3 % of report-check's wall time, alternating 10 runs each way).
 */
function timeProcess(
  args: readonly string[],
  cwd: string,
  okExits: readonly number[],
  env: Readonly<Record<string, string>> = {},
): { wall: number; cpu: number; output: string } | string {
  const times = join(cwd, "times.txt");
  const outputFile = join(cwd, "output.txt");
  const timed = existsSync(TIME);
  const [command, ...rest] = timed
    ? [TIME, "-o", times, "-f", "%U %S", process.execPath, ...args]
    : [process.execPath, ...args];
  const output = openSync(outputFile, "w");
  const t0 = performance.now();
  const child = spawnSync(command, rest, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", output, "pipe"],
    env: { ...process.env, ...env },
  });
  const wall = performance.now() - t0;
  closeSync(output);
  if (!okExits.includes(child.status ?? -1)) return `exit ${child.status}: ${child.stderr.slice(0, 300)}`;
  const [user, system] = timed
    ? readFileSync(times, "utf8").trim().split("\n").pop()!.split(" ").map(Number)
    : [NaN, NaN];
  return { wall, cpu: (user + system) * 1000, output: readFileSync(outputFile, "utf8") };
}

/** Whether `--json` output holds a report for each of the files, none of them unread. */
function everyFileChecked(output: string): boolean {
  try {
    const { files } = JSON.parse(output) as { files: { error: unknown }[] };
    return files.length === FILES && files.every((f) => f.error === null);
  } catch {
    return false;
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function versusMammoth(): void {
  console.log(
    `\n8. 与 mammoth 和下限比较（新进程，${FILES} 份真实样式的报告，交替运行 ${RUNS} 次，中位数） / ` +
      `report-check --json vs mammoth.extractRawText vs the floor, whole fresh processes`,
  );
  const work = mkdtempSync(join(tmpdir(), "report-check-versus-"));
  try {
    const folder = join(work, "reports");
    mkdirSync(folder);
    let bytes = 0;
    const reports = realisticReports();
    reports.forEach((file, i) => {
      bytes += file.length;
      writeFileSync(join(folder, `report-${String(i).padStart(3, "0")}.docx`), file);
    });
    const cli = join(work, "cli");
    mkdirSync(cli);
    const failed = compileCli(cli);
    if (failed) {
      console.log(`   编译失败 / compiling the CLI failed: ${failed}`);
      return;
    }
    // bin/report-check.js loads ../lib: the compiled copy runs through a bin of its own
    mkdirSync(join(cli, "bin"));
    writeFileSync(join(cli, "bin/report-check.js"), readFileSync(join(root, "bin/report-check.js")));
    const contenders: Contender[] = [
      {
        name: "report-check --json",
        args: [join(cli, "bin/report-check.js"), "--json", folder],
        ms: [],
        cpu: [],
        okExits: [0, 1],
      },
      { name: "mammoth.extractRawText", args: ["-e", MAMMOTH, folder], ms: [], cpu: [], okExits: [0] },
      { name: "floor: read + zlib inflate", args: ["-e", FLOOR, folder], ms: [], cpu: [], okExits: [0] },
      // the same CLI with every file checked in its main thread: what the pipeline's threads gain or cost
      {
        name: "report-check, one thread",
        args: [join(cli, "bin/report-check.js"), "--json", folder],
        ms: [],
        cpu: [],
        okExits: [0, 1],
        env: { REPORT_CHECK_WORKERS: "0" },
      },
      // BENCH_BASELINE=path/to/bin/report-check.js: an earlier compiled CLI, timed in the same turns
      ...(process.env.BENCH_BASELINE
        ? [
            {
              name: "baseline report-check",
              args: [process.env.BENCH_BASELINE, "--json", folder],
              ms: [],
              cpu: [],
              okExits: [0, 1],
            },
          ]
        : []),
    ];
    for (let run = 0; run <= RUNS; run++) {
      for (const c of contenders) {
        const ms = timeProcess(c.args, cli, c.okExits, c.env);
        if (typeof ms === "string") {
          console.log(`   ${c.name} 运行失败 / failed: ${ms}`);
          return;
        }
        // a CLI's run counts only when its output holds every file's report
        if (c.okExits.includes(1) && !everyFileChecked(ms.output)) {
          console.log(`   ${c.name} 输出不完整 / its output misses files: ${ms.output.slice(0, 300)}`);
          return;
        }
        // the first round warms the disk cache
        if (run > 0) {
          c.ms.push(ms.wall);
          c.cpu.push(ms.cpu);
        }
      }
    }
    const medians = contenders.map((c) => median(c.ms));
    const cpu = contenders.map((c) => median(c.cpu));
    const [ours, theirs, floor] = medians;
    console.log(
      `   ${FILES} files (${(bytes / 1024 / 1024).toFixed(1)} MB): every other one Word's markup, the rest ` +
        `LibreOffice's copies of the fixtures; load average ${loadavg()[0].toFixed(1)}`,
    );
    for (const [i, c] of contenders.entries()) {
      const ms = medians[i];
      console.log(
        `   ${c.name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms, ${(ms / FILES).toFixed(2)} ms a file  ` +
          `(runs: ${c.ms.map((x) => x.toFixed(0)).join(", ")}); CPU ${cpu[i].toFixed(0)} ms`,
      );
    }
    console.log(
      `   mammoth / report-check: ${(theirs / ours).toFixed(1)}×   report-check / floor: ${(ours / floor).toFixed(1)}×` +
        `   one thread / pipeline: ${(medians[3] / ours).toFixed(2)}×` +
        (medians[4] ? `   baseline / report-check: ${(medians[4] / ours).toFixed(2)}×` : ""),
    );
    console.log(
      `   CPU time: mammoth / report-check ${(cpu[1] / cpu[0]).toFixed(1)}×   report-check / floor ${(cpu[0] / cpu[2]).toFixed(1)}×` +
        `   one thread / pipeline ${(cpu[3] / cpu[0]).toFixed(2)}×` +
        (cpu[4] ? `   baseline / report-check ${(cpu[4] / cpu[0]).toFixed(2)}×` : ""),
    );
    breakdown(reports, join(cli, "bin/report-check.js"), {
      pooled: ours,
      oneThread: medians[3],
      pooledCpu: cpu[0],
      folder,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) versusMammoth();
