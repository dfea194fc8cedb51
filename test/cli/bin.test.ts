/**
 * The README's first command, as a newcomer runs it: `npx report-check examples/sample-report.docx`
 * runs bin/report-check.js, which runs the CLI bundled into lib/bundle/ by `npm ci` ("prepare").
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { builtCli, root } from "../helpers/built-cli";
import { inTempFolder } from "../helpers/temp-folder";

const bin = path.join(root, "bin/report-check.js");

beforeAll(builtCli, 120_000);

describe("bin/report-check.js", () => {
  it("checks the bundled sample report and exits 1 for its deliberate errors", () => {
    const run = spawnSync(process.execPath, [bin, "examples/sample-report.docx"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("sample-report.docx");
    expect(run.stdout).toMatch(/\[错误\] 表三/);
  });

  it("says in Chinese and English how to build it when lib/ is missing, and exits 2", () => {
    inTempFolder("bin", (dir) => {
      mkdirSync(path.join(dir, "bin"));
      copyFileSync(bin, path.join(dir, "bin/report-check.js"));
      const run = spawnSync(process.execPath, [path.join(dir, "bin/report-check.js"), "x.docx"], {
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("请在项目目录中运行 npm ci");
      expect(run.stderr).toContain("run npm ci");
    });
  });
});
