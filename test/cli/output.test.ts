import { parse } from "csv-parse/sync";
import { spawnSync } from "node:child_process";
import fs, { copyFileSync } from "node:fs";
import { join } from "node:path";
import { csvFormatter } from "../../src/cli/format-csv";
import { textFormatter } from "../../src/cli/format-text";
import type { FileReport } from "../../src/cli/report";
import { run } from "../../src/cli/run";
import * as engine from "../../src/engine";
import { check, type Finding } from "../../src/engine";
import { readDocx } from "../../src/docx";
import { builtCli } from "../helpers/built-cli";
import { cli } from "../helpers/cli";
import { inTempFolder, tempFolderForAllTests } from "../helpers/temp-folder";

const root = join(__dirname, "../..");
const fixture = (name: string) => join(root, "test/fixtures/docx", name);
const sample = join(root, "examples/sample-report.docx");

describe("the readable output a reviewer scans", () => {
  it("lists errors before warnings, and folds many findings of one kind in one table into one line", () => {
    const { stdout } = cli(fixture("seed-002.docx"));
    const lines = stdout.split("\n");
    const kinds = lines.flatMap((l) => /^ {4}\[(错误|警告)\]/.exec(l)?.[1] ?? []);
    expect(kinds.indexOf("警告")).toBeGreaterThan(kinds.lastIndexOf("错误"));
    const blanks = check(readDocx(fs.readFileSync(fixture("seed-002.docx")))).findings.filter(
      (f) => f.rule === "cell-blank" && f.table === "table3",
    ).length;
    expect(blanks).toBeGreaterThan(50);
    expect(stdout).toContain(
      `    [警告] 表三 ${blanks} 个单元格为空白，没有数据时应填 0。  (cell-blank table3 ×${blanks})`,
    );
    expect(stdout).not.toMatch(/cell-blank table3\//);
    expect(lines.length).toBeLessThan(30);
  });

  it("--errors-only leaves the warnings out but keeps the counts", () => {
    const { stdout } = cli("--errors-only", sample);
    expect(stdout).toContain("错误 2 项，警告 2 项（只列出错误）");
    expect(stdout).toContain("[错误]");
    expect(stdout).not.toContain("[警告]");
    const json = JSON.parse(cli("--json", "--errors-only", sample).stdout);
    expect(json.files[0].findings.map((f: Finding) => f.severity)).toEqual(["error", "error"]);
  });

  it("--year states the batch's year and flags a report of another year as an error", () => {
    const { code, stdout } = cli("--year", "2024", sample, fixture("clean-2021.docx"));
    expect(code).toBe(1);
    expect(stdout.startsWith("待检查 2 个文件，本批应为 2024 年度的报告。\n")).toBe(true);
    expect(stdout).toContain(
      "这是 2023 年度的报告，本次审核的是 2024 年度的报告，应报送 2024 年度的报告。  (unexpected-year)",
    );
    // the clean report of 2023 now has an error
    expect(cli("--year", "2023", fixture("clean-2021.docx")).code).toBe(0);
    expect(cli("--year", "2024", fixture("clean-2021.docx")).code).toBe(1);
    expect(cli("--year", "24", sample)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--year 需要四位年份"),
    });
  });

  it("ends with the counts and the reports with errors, naming each one's 单位", () => {
    const { stdout } = cli(sample, fixture("clean-2021.docx"));
    const tail = stdout.slice(stdout.indexOf("共检查"));
    expect(tail).toBe(
      "共检查 2 个文件：1 个有错误，0 个仅有警告，1 个未发现问题。\n" +
        "有错误的报告：\n" +
        `  ✗ ${sample}（白石镇人民政府）：错误 2 项\n`,
    );
  });

  it("strips terminal control sequences from file names and document text", () => {
    inTempFolder("ctl", (dir) => {
      copyFileSync(sample, join(dir, "\x1b]0;pwned\x07\x1b[2J报告\r.docx"));
      const { stdout } = cli(dir);
      expect(stdout).toContain(`✗ ${join(dir, "报告.docx")}（2023 年度`);
      // eslint-disable-next-line no-control-regex
      expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    });
    const report = {
      file: "a.docx",
      error: { code: "x", message: "坏\x1b[31m文件\u202e", messageEn: "" },
      result: null,
    } as FileReport;
    expect(textFormatter().file(report)).toBe("✗ a.docx：无法检查\n    坏文件\n\n");
  });
});

describe("results written as each file completes", () => {
  let dir: string;
  tempFolderForAllTests("stream", (made) => {
    dir = made;
    for (const name of ["a", "b", "c"]) copyFileSync(sample, join(dir, `${name}.docx`));
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([[[]], [["--json"]], [["--csv"]]])(
    "%j: each file's result is out before the next file is read",
    (flags) => {
      const events: string[] = [];
      const open = fs.openSync;
      jest.spyOn(fs, "openSync").mockImplementation(((path: fs.PathLike, flags: fs.OpenMode) => {
        if (String(path).startsWith(dir)) events.push(`read ${String(path).slice(-6, -5)}`);
        return open(path, flags);
      }) as typeof fs.openSync);
      let stdout = "";
      run([...flags, dir], {
        stdout: (t) => {
          stdout += t;
          for (const name of ["a", "b", "c"])
            if (t.includes(`${name}.docx`) && !events.includes(`write ${name}`)) events.push(`write ${name}`);
        },
        stderr: () => undefined,
      });
      expect(events).toEqual(["read a", "write a", "read b", "write b", "read c", "write c"]);
      if (flags[0] === "--json") expect(JSON.parse(stdout).files).toHaveLength(3);
    },
  );

  it("reports a fault of the checker on one file as that file's error, and checks the others", () => {
    const real = engine.check;
    let calls = 0;
    jest.spyOn(engine, "check").mockImplementation((snapshot, options) => {
      if (snapshot.blocks.length && calls++ === 1) throw new RangeError("Maximum call stack size exceeded");
      return real(snapshot, options);
    });
    const { code, stdout } = cli("--json", dir);
    const files = JSON.parse(stdout).files;
    expect(code).toBe(2);
    expect(files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual([
      null,
      "internal-error",
      null,
    ]);
    expect(files[1].error.message).toContain("内部错误（Maximum call stack size exceeded）");
  });

  it("gives valid JSON with no file, and the summary", () => {
    const json = JSON.parse(cli("--json", join(dir, "none.docx")).stdout);
    expect(json.files).toHaveLength(1);
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, clean: 0, unread: 1, skipped: 0 });
  });

  it("draws a progress line on stderr only when it is a terminal, and clears it", () => {
    const runWith = (progress: boolean) => {
      let stderr = "";
      run([dir], { stdout: () => undefined, stderr: (t) => (stderr += t), progress });
      return stderr;
    };
    const shown = runWith(true);
    expect(shown).toContain(`\r\x1b[2K[2/3] 正在检查 ${join(dir, "b.docx")}`);
    expect(shown.endsWith("\r\x1b[2K")).toBe(true);
    expect(runWith(false)).toBe("");
  });

  it("ends quietly when the reader of its output goes away (| head)", async () => {
    await builtCli();
    const piped = spawnSync("sh", ["-c", `"${process.execPath}" bin/report-check.js "${dir}" | head -1`], {
      cwd: root,
      encoding: "utf8",
    });
    expect(piped.stdout).toBe("待检查 3 个文件。\n");
    expect(piped.stderr).toBe("");
  });
});

describe("CSV cells from a report's text", () => {
  it("quotes a cell with line breaks and escapes every line that starts like a formula", () => {
    const finding = {
      ...check(readDocx(fs.readFileSync(sample))).findings[0],
      message: "第一段\n=HYPERLINK(1)\r\n@SUM(A1)\n-1+2\n+3",
    };
    const result = { ...check(readDocx(fs.readFileSync(sample))), findings: [finding] };
    const csv = csvFormatter();
    const text = csv.begin({ total: 1, skipped: [] }) + csv.file({ file: "=a.docx", error: null, result });
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(["记录", "报告", "问题"]);
    expect(rows[1][1]).toBe("'=a.docx");
    expect(rows[2][8]).toBe("第一段\n'=HYPERLINK(1)\r\n'@SUM(A1)\n'-1+2\n'+3");
  });
});
