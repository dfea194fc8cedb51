import fs, { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { collectFiles } from "../../src/cli/collect-files";
import { cli } from "../helpers/cli";
import { tempFolderForEachTest } from "../helpers/temp-folder";

const root = join(__dirname, "../..");
const sample = join(root, "examples/sample-report.docx");
const clean = join(root, "test/fixtures/docx/clean-2021.docx");

describe("a folder scan", () => {
  let dir: string;
  afterEach(() => jest.restoreAllMocks());
  tempFolderForEachTest("collect", (made) => (dir = made));

  it("lists every file it did not check, with its reason, and exits 2 for the reports it could not check", () => {
    copyFileSync(clean, join(dir, "a.docx"));
    const others: Record<string, string> = {
      "b.doc": "doc",
      "c.wps": "wps",
      "d.rtf": "rtf",
      "e.pdf": "pdf",
      "f.ofd": "ofd",
      "~$a.docx": "lock",
      ".DS_Store": "hidden",
      "notes.xlsx": "other",
    };
    for (const name of Object.keys(others)) writeFileSync(join(dir, name), "x");
    const { files, skipped } = collectFiles([dir]);
    expect(files.map((f) => f.name)).toEqual([join(dir, "a.docx")]);
    expect(Object.fromEntries(skipped.map((s) => [s.file.slice(dir.length + 1), s.reason]))).toEqual(others);

    const { code, stdout } = cli(dir);
    expect(code).toBe(2);
    expect(stdout.startsWith("待检查 1 个文件。\n另有 8 个文件或文件夹未检查：\n")).toBe(true);
    expect(stdout).toContain(
      `  - ${join(dir, "e.pdf")}：PDF 文件，无法检查其中的表格。请向报送单位索取 Word 文件。`,
    );
    expect(stdout).toContain(`  - ${join(dir, "b.doc")}：旧版 Word（.doc）文件，未检查。`);
    expect(stdout).toMatch(/加 --convert 用 LibreOffice 转换后检查/);
    const json = JSON.parse(cli("--json", dir).stdout);
    expect(json.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual(
      Object.values(others).sort(),
    );
    expect(json.summary).toMatchObject({ files: 1, clean: 1, skipped: 8 });
  });

  it("exits 0 when only lock files and other documents were left out", () => {
    copyFileSync(clean, join(dir, "a.docx"));
    writeFileSync(join(dir, "~$a.docx"), "lock");
    writeFileSync(join(dir, "通知.xlsx"), "x");
    expect(cli(dir).code).toBe(0);
  });

  it("says so and checks the rest when a subfolder cannot be read (exit 2, not 1)", () => {
    mkdirSync(join(dir, "locked"));
    copyFileSync(clean, join(dir, "locked", "hidden.docx"));
    copyFileSync(clean, join(dir, "z.docx"));
    // as root the permission bits do not stop a read: the refusal the file system gives is injected
    const readdir = fs.readdirSync;
    jest.spyOn(fs, "readdirSync").mockImplementation(((path: fs.PathLike, options?: never) => {
      if (path.toString().endsWith("locked"))
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return readdir(path, options);
    }) as typeof fs.readdirSync);
    const { code, stdout } = cli(dir);
    expect(code).toBe(2);
    expect(stdout).toContain(
      `${join(dir, "locked")}：无法读取这个文件夹（没有权限或已损坏），其中的文件未检查。`,
    );
    expect(stdout).toContain(`✓ ${join(dir, "z.docx")}`);
  });

  it("follows a symlinked folder once and never loops; a dangling link is listed", () => {
    mkdirSync(join(dir, "real"));
    copyFileSync(clean, join(dir, "real", "r.docx"));
    symlinkSync(join(dir, "real"), join(dir, "link")); // the same folder twice
    symlinkSync(dir, join(dir, "real", "up")); // a loop back to the top
    symlinkSync(join(dir, "nowhere.docx"), join(dir, "broken.docx"));
    const { files, skipped } = collectFiles([dir]);
    expect(files.map((f) => f.name)).toEqual([join(dir, "link", "r.docx")]);
    expect(skipped.map((s) => [s.file.slice(dir.length + 1), s.reason]).sort()).toEqual([
      ["broken.docx", "dangling-link"],
      ["link/up", "folder-loop"],
      ["real", "folder-loop"],
    ]);
  });

  it("reads a file whose name is GBK, not UTF-8, and shows the name decoded", () => {
    // 报告.docx in GBK, as a zip made on Chinese Windows unpacks
    const gbk = Buffer.concat([
      Buffer.from(dir + "/"),
      Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]),
      Buffer.from(".docx"),
    ]);
    writeFileSync(gbk, fs.readFileSync(sample));
    const { files } = collectFiles([dir]);
    expect(files).toEqual([{ path: gbk, name: join(dir, "报告.docx"), convert: false }]);
    const { code, stdout } = cli(dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`✗ ${join(dir, "报告.docx")}（2023 年度，2021 年版格式）`);
    expect(stdout).toContain("row-total table3/r4_1/total");
  });

  it("does not read a pipe found in a folder", () => {
    copyFileSync(clean, join(dir, "a.docx"));
    const fifo = join(dir, "pipe.docx");
    execFileSync("mkfifo", [fifo]);
    const { skipped } = collectFiles([dir]);
    expect(skipped).toEqual([{ file: fifo, reason: "not-regular" }]);
    expect(cli(dir).code).toBe(0);
  });
});
