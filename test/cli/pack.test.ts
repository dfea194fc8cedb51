/**
 * The reviewer's install: `npm pack` makes a tarball of the compiled CLI with its production
 * dependencies bundled in, so `npm install -g report-check-*.tgz` works on a machine with no
 * registry and an empty npm cache (an intranet PC). The test packs, installs the tarball with
 * `--offline` and a new, empty cache into a temporary prefix, and runs the installed command.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { builtCli } from "../helpers/built-cli";
import { tempFolderForAllTests } from "../helpers/temp-folder";

const root = path.resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  version: string;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

describe("the npm tarball for reviewers", () => {
  let dir: string;
  let tarball: string;
  let prefix: string;
  let installed: string;

  tempFolderForAllTests("pack", (made) => (dir = made));
  beforeAll(async () => {
    // lib/ as `npm ci` built it ("prepare"); packing without scripts leaves it alone while other
    // tests run it
    await builtCli();
    execFileSync(npm, ["pack", "--ignore-scripts", "--pack-destination", dir, "--silent"], {
      cwd: root,
      stdio: "pipe",
    });
    tarball = path.join(
      dir,
      readdirSync(dir).find((f) => f.endsWith(".tgz"))!,
    );
    prefix = path.join(dir, "global");
    execFileSync(
      npm,
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        "--offline",
        "--cache",
        path.join(dir, "empty-cache"),
        "--no-audit",
        "--no-fund",
        tarball,
      ],
      { cwd: dir, stdio: "pipe" },
    );
    installed = path.join(prefix, "lib/node_modules/report-check");
  }, 600_000);

  it("holds the compiled CLI and no source, tests or add-in", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    const own = files.filter((f) => !f.startsWith("package/node_modules/"));
    expect(own).toContain("package/bin/report-check.js");
    expect(own).toContain("package/lib/cli/main.js");
    expect(own).toContain("package/lib/bundle/report-check.js");
    expect(own).toContain("package/lib/bundle/report-check.js.cache");
    expect(own).toContain("package/lib/review/letter-docx.js");
    expect(own.filter((f) => /^package\/(src|test|scripts|dist)\//.test(f) || f.endsWith(".ts"))).toEqual([]);
  });

  it("installs the production dependencies only", () => {
    const modules = readdirSync(path.join(installed, "node_modules"));
    for (const name of Object.keys(pkg.dependencies)) expect(modules).toContain(name.split("/")[0]);
    for (const name of Object.keys(pkg.devDependencies)) expect(modules).not.toContain(name.split("/")[0]);
  });

  it("runs as report-check, on this Node, which its engines accept", () => {
    const minimum = Number(/^>=(\d+)/.exec(pkg.engines.node)?.[1]);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(minimum);
    const bin = path.join(prefix, "bin", "report-check");
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
    const sample = path.join(root, "test/fixtures/docx/sum-errors.docx");
    const summary = path.join(dir, "汇总.xlsx");
    const run = spawnSync(bin, ["--summary", summary, "--letters", path.join(dir, "letters"), sample], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1); // the report has errors
    expect(run.stdout).toContain("已写入汇总表");
    expect(existsSync(path.join(dir, "letters", "审核意见-青山县市场监督管理局.docx"))).toBe(true);
    return new ExcelJS.Workbook().xlsx.readFile(summary).then((book) => {
      expect(book.getWorksheet("汇总")!.rowCount).toBe(3);
    });
  });
});
