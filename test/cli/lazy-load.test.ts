/**
 * What `report-check` loads before it checks a file: the reader and the engine (check-file) wait
 * until this thread checks one, so an empty run — and a batch checked in workers — starts without
 * them. Node's own module cache is asked, in a process of its own (jest keeps a registry of its own).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { inTempFolder } from "../helpers/temp-folder";

const root = path.resolve(__dirname, "../..");

/**
 * The command run on `args` from the project's root; its exit code and the modules it loaded of
 * the reader, the engine, and fflate and crc-32 (which only the writer needs in Node).
 */
function loadedBy(...args: string[]): { code: number; loaded: string[] } {
  const script = `
    const { runCommand } = require("./src/cli/command");
    const quiet = { stdout() {}, stderr() {} };
    runCommand(${JSON.stringify(args)}, quiet, "0.0.0", { workers: 0 }).then((code) => {
      // a package under a linked node_modules is loaded from its real path: named from node_modules on
      const loaded = Object.keys(require.cache)
        .map((f) => require("node:path").relative(process.cwd(), f))
        .map((f) => (f.includes("node_modules") ? f.slice(f.lastIndexOf("node_modules")) : f))
        .filter((f) => /^src[\\\\/](engine|docx)[\\\\/]|check-file|node_modules[\\\\/](fflate|crc-32)[\\\\/]/.test(f));
      process.stdout.write(JSON.stringify({ code, loaded }));
    });`;
  const child = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

describe("report-check's start", () => {
  it("loads neither the reader nor the engine for a folder with no report", () => {
    inTempFolder("empty", (dir) => expect(loadedBy("--json", dir)).toEqual({ code: 2, loaded: [] }));
  });

  it("loads them once it checks a report", () => {
    const { code, loaded } = loadedBy("--json", "examples/sample-report.docx");
    expect(code).toBe(1);
    expect(loaded).toEqual(expect.arrayContaining(["src/cli/check-file.ts"]));
    expect(loaded.some((f) => f.startsWith("src/engine/"))).toBe(true);
  });

  it("reads a report without fflate or crc-32: zlib inflates its parts and zipEntries lists them", () => {
    const { code, loaded } = loadedBy("--json", "examples/sample-report.docx");
    expect(code).toBe(1);
    expect(loaded).toEqual(expect.arrayContaining(["src/docx/zip-package.ts", "src/docx/fflate.ts"]));
    expect(loaded.filter((f) => f.startsWith("node_modules"))).toEqual([]);
  });

  it("loads fflate when it writes a copy", () => {
    inTempFolder("copy", (dir) => {
      const { code, loaded } = loadedBy("--annotate", dir, "examples/sample-report.docx");
      expect(code).toBe(1);
      expect(loaded).toEqual(expect.arrayContaining(["node_modules/fflate/lib/node.cjs"]));
    });
  });
});
