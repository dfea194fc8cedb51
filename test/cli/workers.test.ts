/**
 * A batch checked in worker threads: the same output, byte for byte and in the same order, as
 * when this thread checks the files one by one; and a wall around each file — a file that takes
 * longer than its time limit or more than a worker's heap cap is stopped, reported as not
 * checked, and costs no other file. The workers are real threads running the real checker (from
 * the sources, compiled as they load); the slow and the greedy files are real documents.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runCommand } from "../../src/cli/command";
import { run, runPooled } from "../../src/cli/run";
import type { PoolLimits } from "../../src/cli/worker-pool";
import { docx } from "../docx/fixtures/opc";
import { tempFolderForAllTests } from "../helpers/temp-folder";

const root = resolve(__dirname, "../..");
const fixtures = join(root, "test/fixtures/docx");

/** A body of `n` short paragraphs: a small file (zip compresses it well) that takes time and heap to read. */
const paragraphs = (n: number): Uint8Array =>
  docx({ body: "<w:p><w:r><w:t>第一段文字，共收到申请12件。</w:t></w:r></w:p>".repeat(n) });

type Printed = { code: number; stdout: string; stderr: string };

function here(...args: string[]): Printed {
  let stdout = "";
  let stderr = "";
  const code = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, "9.9.9");
  return { code, stdout, stderr };
}

async function pooled(pool: Partial<PoolLimits>, ...args: string[]): Promise<Printed> {
  let stdout = "";
  let stderr = "";
  const out = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const code = await runPooled(args, out, "9.9.9", undefined, pool);
  return { code, stdout, stderr };
}

let dir: string;
tempFolderForAllTests("workers", (made) => (dir = made));
beforeAll(async () => {
  // the first worker from the sources compiles them into the cache; later ones start quickly
  await pooled({ workers: 1 }, join(fixtures, "clean-2021.docx"));
}, 300_000);

describe("a batch checked in worker threads", () => {
  it.each([
    [[]],
    [["--lang", "en", "--errors-only"]],
    [["--json"]],
    [["--csv"]],
    [["--json", "--errors-only", "--year", "2023"]],
  ])(
    "prints what this thread prints, byte for byte and in input order, on the fixtures folder (%j)",
    async (flags) => {
      const inProcess = here(...flags, fixtures);
      const inWorkers = await pooled({ workers: 2 }, ...flags, fixtures);
      expect(inWorkers).toEqual(inProcess);
      expect(inProcess.stdout.length).toBeGreaterThan(1000);
    },
    300_000,
  );

  it("lists the files that could not be read and the reports sent twice at the end, as this thread does", async () => {
    const folder = join(dir, "unread");
    mkdirSync(folder);
    copyFileSync(join(fixtures, "sum-errors.docx"), join(folder, "a.docx"));
    writeFileSync(join(folder, "b-broken.docx"), "not a zip");
    copyFileSync(join(fixtures, "sum-errors.docx"), join(folder, "c-copy.docx"));
    const inProcess = here(folder);
    expect(await pooled({ workers: 1 }, folder)).toEqual(inProcess);
    expect(inProcess.stdout).toMatch(/无法读取的文件：\n {2}✗ .*b-broken\.docx：文件不是 Word 文档/);
    expect(inProcess.stdout).toContain("（a.docx、c-copy.docx），这 2 个文件完全相同。");
  }, 300_000);

  it("keeps --previous, --annotate, --fix and the reviewer's outputs working", async () => {
    const lastYear = join(fixtures, "clean-2021.docx");
    const outputs = async (name: string, pool: Partial<PoolLimits>) => {
      const base = join(dir, name);
      mkdirSync(base);
      let stdout = "";
      const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
      const args = [
        "--json",
        "--previous",
        lastYear,
        "--annotate",
        join(base, "a"),
        "--fix",
        join(base, "f"),
      ];
      const code = await runCommand([...args, "--letters", join(base, "l"), fixtures], out, "9.9.9", pool);
      const files = ["a", "f", "l"].map((d) => readdirSync(join(base, d)).sort());
      return { code, stdout: stdout.split(base).join("<out>"), files };
    };
    const inProcess = await outputs("here", { workers: 0 });
    const inWorkers = await outputs("pool", { workers: 2 });
    expect(inWorkers).toEqual(inProcess);
    expect(inProcess.files.every((f) => f.length > 0)).toBe(true);
    expect(inProcess.stdout).toContain("已写入审核意见");
  }, 300_000);

  // one worker: the file it held behind the slow one goes to its replacement, not lost with it
  it.each([1, 2])(
    "stops a file that takes longer than its limit, reports it as not checked, and checks the rest in order (%i workers)",
    async (workers) => {
      const folder = join(dir, `slow-${workers}`);
      mkdirSync(folder);
      // the slow file first: the files after it finish before it but are reported after it. It
      // takes tens of seconds on a busy machine and several on an idle one, far over the limit
      // whatever the machine; the heap cap is raised so that it is stopped by time, not memory
      writeFileSync(join(folder, "a-slow.docx"), paragraphs(400_000));
      for (const name of ["clean-2021.docx", "bad-values.docx", "cell-whitespace.docx"])
        copyFileSync(join(fixtures, name), join(folder, `b-${name}`));
      const started = performance.now();
      const { code, stdout } = await pooled({ workers, timeoutMs: 2000, heapMb: 4096 }, "--json", folder);
      expect(performance.now() - started).toBeLessThan(60_000);
      expect(code).toBe(2);
      const files = JSON.parse(stdout).files as {
        file: string;
        error: { code: string; message: string } | null;
      }[];
      expect(files.map((f) => f.file.replace(folder, ""))).toEqual([
        "/a-slow.docx",
        "/b-bad-values.docx",
        "/b-cell-whitespace.docx",
        "/b-clean-2021.docx",
      ]);
      expect(files[0].error?.code).toBe("check-timeout");
      expect(files[0].error?.message).toContain("检查这个文件超过 2 秒，已停止，未检查；其余文件照常检查");
      // the others are reported as this thread reports them
      const others = JSON.parse(here("--json", ...files.slice(1).map((f) => f.file)).stdout).files;
      expect(files.slice(1)).toEqual(others);
    },
    300_000,
  );

  it("stops a file that needs more memory than a worker's heap cap; the worker is replaced and the batch goes on", async () => {
    const folder = join(dir, "greedy");
    mkdirSync(folder);
    copyFileSync(join(fixtures, "clean-2021.docx"), join(folder, "a.docx"));
    // about 100 KB on disk, over 500 MB of heap to read (measured in this thread)
    writeFileSync(join(folder, "b-greedy.docx"), paragraphs(300_000));
    copyFileSync(join(fixtures, "bad-values.docx"), join(folder, "c.docx"));
    copyFileSync(join(fixtures, "clean-2021-zero.docx"), join(folder, "d.docx"));
    // one worker: the files after the greedy one need its replacement
    const { code, stdout } = await pooled({ workers: 1, heapMb: 128, timeoutMs: 600_000 }, "--json", folder);
    expect(code).toBe(2);
    const files = JSON.parse(stdout).files as {
      file: string;
      error: { code: string; message: string } | null;
    }[];
    expect(files.map((f) => [f.file.replace(folder, ""), f.error?.code ?? null])).toEqual([
      ["/a.docx", null],
      ["/b-greedy.docx", "too-much-memory"],
      ["/c.docx", null],
      ["/d.docx", null],
    ]);
    expect(files[1].error?.message).toContain(
      "检查这个文件需要的内存超过 128 MB，已停止，未检查；其余文件照常检查",
    );
    const others = JSON.parse(here("--json", ...[0, 2, 3].map((i) => files[i].file)).stdout).files;
    expect([0, 2, 3].map((i) => files[i])).toEqual(others);
  }, 600_000);
});
