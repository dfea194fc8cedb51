import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { convertToDocx, findSoffice } from "../../src/cli/convert";
import { cli } from "../helpers/cli";
import { tempFolderForEachTest } from "../helpers/temp-folder";

const root = join(__dirname, "../..");
const sample = join(root, "examples/sample-report.docx");

describe("report-check --convert", () => {
  let dir: string;
  afterEach(() => delete process.env.REPORT_CHECK_SOFFICE);
  tempFolderForEachTest("convert-test", (made) => (dir = made));

  /** A stand-in for soffice: logs its arguments, then "converts" by copying the sample (or sleeps). */
  function fakeSoffice(body: string): string {
    const path = join(dir, "soffice");
    writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(dir, "args")}"\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  }
  const converting = () =>
    fakeSoffice(
      `for a in "$@"; do case "$prev" in --outdir) out="$a";; esac; prev="$a"; done\n` +
        `mkdir -p "$out" && cp "${sample}" "$out/report.docx"`,
    );

  it("checks an old Word file through LibreOffice with its own profile, under the original's name", () => {
    process.env.REPORT_CHECK_SOFFICE = converting();
    const original = join(dir, "in", "白石镇.doc");
    execFileSync("mkdir", ["-p", join(dir, "in")]);
    writeFileSync(original, "an old Word file");
    const { code, stdout } = cli("--json", "--convert", join(dir, "in"));
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout).files;
    expect(file).toMatchObject({ file: original, converted: true, agency: "白石镇人民政府" });
    expect(file.findings.map((f: { rule: string }) => f.rule)).toContain("row-total");
    const args = readFileSync(join(dir, "args"), "utf8").trim().split("\n");
    const profile = args.find((a) => a.startsWith("-env:UserInstallation="))!;
    expect(profile).toMatch(/^-env:UserInstallation=file:\/\/\/.*report-check-convert-.*\/profile$/);
    expect(args).toEqual(expect.arrayContaining(["--headless", "--convert-to", "docx:MS Word 2007 XML"]));
    // LibreOffice got a copy in its temporary folder, never the original; the folder is gone
    expect(args[args.length - 1]).not.toContain("白石镇");
    expect(
      existsSync(new URL(profile.slice(profile.indexOf("=") + 1)).pathname.replace(/\/profile$/, "")),
    ).toBe(false);
    expect(readFileSync(original, "utf8")).toBe("an old Word file");
    expect(readdirSync(join(dir, "in"))).toEqual(["白石镇.doc"]);
    expect(cli("--convert", join(dir, "in")).stdout).toContain("（由 LibreOffice 转换为 .docx 后检查）");
  });

  it("stops a conversion that hangs, and says so", () => {
    const sleeper = fakeSoffice("sleep 30");
    const started = Date.now();
    expect(convertToDocx(sleeper, new Uint8Array([1]), "a.wps", 500)).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(convertToDocx(fakeSoffice("exit 1"), new Uint8Array([1]), "a.rtf")).toBe("failed");
  });

  it("without LibreOffice, lists the file with how to get a .docx, and exits 2", () => {
    process.env.REPORT_CHECK_SOFFICE = "";
    expect(findSoffice()).toBeNull();
    copyFileSync(sample, join(dir, "a.docx"));
    writeFileSync(join(dir, "b.wps"), "x");
    const { code, stdout } = cli("--convert", dir);
    expect(code).toBe(2);
    expect(stdout).toContain(
      `${join(dir, "b.wps")}：本机没有安装 LibreOffice（找不到 soffice），无法转换，未检查。请安装 LibreOffice`,
    );
    expect(stdout).toContain("另存为");
  });

  const soffice = findSoffice({ PATH: process.env.PATH });
  (soffice ? it : it.skip)(
    "converts a real .doc with LibreOffice and finds the sample's errors in it",
    () => {
      // the .doc is made from the sample by LibreOffice itself, with a profile of the test's own
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
          "--headless",
          "--convert-to",
          "doc",
          "--outdir",
          join(dir, "in"),
          sample,
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const doc = join(dir, "in", "sample-report.doc");
      const before = readFileSync(doc);
      const { code, stdout } = cli("--convert", join(dir, "in"));
      expect(code).toBe(1);
      expect(stdout).toContain(
        `✗ ${doc}（2023 年度，2021 年版格式） — 单位：白石镇人民政府（由 LibreOffice 转换为 .docx 后检查）`,
      );
      expect(stdout).toContain("(row-total table3/r4_1/total)");
      expect(readFileSync(doc)).toEqual(before);
      expect(readdirSync(join(dir, "in"))).toEqual(["sample-report.doc"]);
    },
    300_000,
  );
});
