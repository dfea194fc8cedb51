/**
 * No original is ever written, by any name: every way a copy's place can be the same file as an
 * input or last year's report is refused before anything is written.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import path from "node:path";
import { runCommand } from "../../src/cli/command";
import { refuseCopies } from "../../src/cli/copies";
import { ignoresCase, originalsOf, outputHazard, type CaseProbe } from "../../src/cli/originals";
import { cli } from "../helpers/cli";
import { tempFolderForEachTest } from "../helpers/temp-folder";

const sample = path.resolve(__dirname, "../../examples/sample-report.docx");

describe("originals protected by identity", () => {
  let dir: string;
  let inDir: string;
  let input: string;
  let out: string;
  let original: Buffer;
  tempFolderForEachTest("originals", (made) => {
    dir = made;
    inDir = path.join(dir, "in");
    out = path.join(dir, "out");
    mkdirSync(inDir);
    mkdirSync(out);
    input = path.join(inDir, "sample.docx");
    copyFileSync(sample, input);
    original = readFileSync(input);
  });

  const refused = (args: string[], says: string) => {
    for (const flag of ["--fix", "--annotate"]) {
      const { code, stderr, stdout } = cli(flag, out, ...args);
      expect({ code, says: stderr.includes(says) }).toEqual({ code: 2, says: true });
      expect(stdout).toBe("");
    }
    expect(readFileSync(input)).toEqual(original);
  };

  it("refuses a copy over a hard link of an input", () => {
    linkSync(input, path.join(out, "sample.docx"));
    refused([input], "覆盖原文件");
  });

  it("refuses a copy over a symlink to an input, and over a dangling symlink, following neither", () => {
    symlinkSync(input, path.join(out, "sample.docx"));
    refused([input], "符号链接");
    rmSync(path.join(out, "sample.docx"));
    const nowhere = path.join(dir, "nowhere.docx");
    symlinkSync(nowhere, path.join(out, "sample.docx"));
    refused([input], "符号链接");
    expect(existsSync(nowhere)).toBe(false);
  });

  it("refuses a copy over last year's report, by any name", () => {
    const previous = path.join(dir, "2023.docx");
    copyFileSync(sample, previous);
    const before = readFileSync(previous);
    linkSync(previous, path.join(out, "sample.docx"));
    refused(["--previous", previous, input], "覆盖原文件");
    expect(readFileSync(previous)).toEqual(before);
  });

  it("refuses an output folder inside a folder being checked, also through a symlink", () => {
    const inside = path.join(inDir, "fixed");
    expect(cli("--fix", inside, inDir)).toMatchObject({ code: 2, stderr: expect.stringContaining("之中") });
    expect(existsSync(inside)).toBe(false);
    const link = path.join(dir, "link");
    symlinkSync(inDir, link);
    expect(cli("--annotate", path.join(link, "marked"), inDir).code).toBe(2);
    expect(readdirSync(inDir)).toEqual(["sample.docx"]);
  });

  it("refuses an output folder a folder being checked links to: the next check would follow the link to the copies", async () => {
    // the reviewer keeps a shortcut to the copies' folder among the reports
    symlinkSync(out, path.join(inDir, "副本"));
    refused([inDir], "之中");
    expect(readdirSync(out)).toEqual([]);
    let stderr = "";
    const quiet = { stdout: () => {}, stderr: (t: string) => (stderr += t) };
    expect(await runCommand(["--letters", out, inDir], quiet, "9.9.9", { workers: 0 })).toBe(2);
    expect(stderr).toContain("--letters 的文件夹在要检查的文件夹");
    expect(readdirSync(out)).toEqual([]);
  });

  it("refuses an output folder that is a bind mount of an input's folder (when this machine can mount)", () => {
    const mount = path.join(dir, "mounted");
    mkdirSync(mount);
    try {
      execFileSync("mount", ["--bind", inDir, mount], { stdio: "ignore" });
    } catch {
      return; // not allowed here: hard links and symlinks above prove the identity check
    }
    try {
      const { code, stderr } = cli("--fix", mount, input);
      expect({ code, says: stderr.includes("覆盖原文件") }).toEqual({ code: 2, says: true });
      expect(readFileSync(input)).toEqual(original);
    } finally {
      execFileSync("umount", [mount]);
    }
  });

  it("gives inputs whose names differ only in case separate copies", () => {
    mkdirSync(path.join(dir, "b"));
    const upper = path.join(dir, "b", "SAMPLE.docx");
    copyFileSync(sample, upper);
    cli("--fix", out, input, upper);
    expect(readdirSync(out).sort()).toEqual(["SAMPLE (2).docx", "sample.docx"]);
  });

  it("checks an input listed twice, or by a second name, once", () => {
    const alias = path.join(dir, "alias.docx");
    symlinkSync(input, alias);
    const files = JSON.parse(cli("--json", input, input, alias, inDir).stdout).files;
    expect(files.map((f: { file: string }) => f.file)).toEqual([input]);
  });
});

describe("case variants where the file system ignores case", () => {
  let dir: string;
  let input: string;
  tempFolderForEachTest("case", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
    input = path.join(dir, "in", "Sample.docx");
    copyFileSync(sample, input);
  });

  const ignoring: CaseProbe = () => true;
  const heeding: CaseProbe = () => false;

  it("refuses a case variant of an input as a copy's place, though no file has that name yet, where case is ignored", () => {
    const originals = originalsOf([input], [input], ignoring);
    for (const place of [path.join(dir, "in", "SAMPLE.docx"), path.join(dir, "IN", "sample.DOCX")]) {
      expect(existsSync(place)).toBe(false);
      expect(outputHazard(place, originals)).toBe("original");
    }
    expect(outputHazard(path.join(dir, "in", "Other.docx"), originals)).toBeNull();
    expect(refuseCopies(["Sample.docx"], { fix: path.join(dir, "IN") }, "zh", originals)).toContain(
      "覆盖原文件",
    );
  });

  it("lets a case variant be written where case is heeded", () => {
    const originals = originalsOf([input], [input], heeding);
    expect(outputHazard(path.join(dir, "in", "SAMPLE.docx"), originals)).toBeNull();
    expect(refuseCopies(["Sample.docx"], { fix: path.join(dir, "IN") }, "zh", originals)).toBeNull();
  });

  it("probes a folder for real by a case variant of a name it holds, creating nothing", () => {
    const folder = path.join(dir, "in");
    const before = readdirSync(dir, { recursive: true });
    // this machine's file system (Linux, ext4 or overlay) heeds case
    expect(ignoresCase(folder)).toBe(false);
    expect(readdirSync(dir, { recursive: true })).toEqual(before);
    const originals = originalsOf([input], [input]);
    expect(outputHazard(path.join(folder, "SAMPLE.docx"), originals)).toBeNull();
  });

  it("probes a folder whose names have no letters by the folder's own name", () => {
    const digits = path.join(dir, "in", "2024");
    mkdirSync(digits);
    copyFileSync(sample, path.join(digits, "1.1"));
    expect(ignoresCase(digits)).toBe(false);
  });
});
