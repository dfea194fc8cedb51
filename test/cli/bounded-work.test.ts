/**
 * The run's work besides checking, on real threads and real files: last year's reports for
 * `--previous`, the copies of `--annotate`, the reviewer's workbook and letters are each made in
 * the bounded thread (task-thread.ts) with the wall every checked file has. A greedy or slow one
 * is stopped, told in plain Chinese, and costs no other file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runCommand } from "../../src/cli/command";
import type { PoolLimits } from "../../src/cli/worker-pool";
import { docx } from "../docx/fixtures/opc";
import { tempFolderForAllTests } from "../helpers/temp-folder";

const root = resolve(__dirname, "../..");
const fixtures = join(root, "test/fixtures/docx");

/** About 100 KB on disk, over 500 MB of heap to read (as workers.test.ts measured). */
const greedy = (): Uint8Array =>
  docx({ body: "<w:p><w:r><w:t>第一段文字，共收到申请12件。</w:t></w:r></w:p>".repeat(300_000) });

async function command(pool: Partial<PoolLimits>, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const code = await runCommand(args, out, "9.9.9", pool);
  return { code, stdout, stderr };
}

let dir: string;
tempFolderForAllTests("bounded", (made) => {
  dir = made;
  writeFileSync(join(dir, "greedy.docx"), greedy());
});

describe("the run's other work, bounded as each checked file is", () => {
  it("stops last year's report when reading it needs more than the heap cap, and says so in Chinese", async () => {
    const { code, stderr } = await command(
      { workers: 0, heapMb: 128, timeoutMs: 600_000 },
      "--previous",
      join(dir, "greedy.docx"),
      join(fixtures, "clean-2021.docx"),
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      `无法读取上年报告“${join(dir, "greedy.docx")}”：读取这个文件需要的内存超过 128 MB，已停止，没有读取`,
    );
  }, 300_000);

  it("in a --previous folder, a greedy report costs only itself: the others are read and paired", async () => {
    const lastYear = join(dir, "last-year");
    mkdirSync(lastYear);
    copyFileSync(join(dir, "greedy.docx"), join(lastYear, "a-greedy.docx"));
    // the same 单位 as the report checked
    copyFileSync(join(fixtures, "bad-values.docx"), join(lastYear, "b.docx"));
    const { code, stdout, stderr } = await command(
      { workers: 0, heapMb: 128, timeoutMs: 600_000 },
      "--json",
      "--previous",
      lastYear,
      join(fixtures, "clean-2021.docx"),
    );
    expect(code).toBe(2);
    expect(stderr).toContain("a-greedy.docx”：读取这个文件需要的内存超过 128 MB，已停止");
    const { files } = JSON.parse(stdout) as { files: { previous: string | null }[] };
    expect(files[0].previous).toBe(join(lastYear, "b.docx"));
  }, 300_000);

  it("stops a copy that needs more than the heap cap; the file is still reported and the other copies are written", async () => {
    const input = join(dir, "copies-in");
    mkdirSync(input);
    copyFileSync(join(dir, "greedy.docx"), join(input, "a-greedy.docx"));
    copyFileSync(join(fixtures, "sum-errors.docx"), join(input, "b.docx"));
    const copies = join(dir, "copies-out");
    // checked in this thread (workers 0), which has the heap to: only the copy meets the cap
    const { code, stdout } = await command(
      { workers: 0, heapMb: 128, timeoutMs: 600_000 },
      "--json",
      "--annotate",
      copies,
      input,
    );
    expect(code).toBe(2);
    const { files } = JSON.parse(stdout) as {
      files: { file: string; copies?: { error?: { code: string; message: string } } }[];
    };
    expect(files[0].copies?.error?.code).toBe("copy-memory");
    expect(files[0].copies?.error?.message).toContain(
      "这份报告已检查，但写副本时需要的内存超过 128 MB，已停止，没有写副本",
    );
    expect(files[1].copies?.error).toBeUndefined();
    expect(readdirSync(copies)).toEqual(["b.docx"]);
  }, 300_000);

  it("stops the workbook and the letters when they take longer than the limit, writing neither part of one", async () => {
    const letters = join(dir, "letters");
    const summary = join(dir, "summary.xlsx");
    // no workbook or letter is made in a millisecond: each is stopped, the run says so and goes on
    const { code, stderr } = await command(
      { workers: 0, timeoutMs: 1 },
      "--letters",
      letters,
      "--summary",
      summary,
      join(fixtures, "sum-errors.docx"),
      join(fixtures, "bad-values.docx"),
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`没有写入汇总表“${summary}”：制作汇总表时超过 0.001 秒，已停止。`);
    expect(stderr.match(/没有写入审核意见“[^”]+”：制作时超过 0\.001 秒，已停止。/g)).toHaveLength(2);
    expect(existsSync(summary)).toBe(false);
    expect(existsSync(letters) ? readdirSync(letters) : []).toEqual([]);
  }, 300_000);
});
