import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFile } from "../../src/cli/check-file";
import { TaskThread } from "../../src/cli/task-thread";
import { runCommand } from "../../src/cli/command";
import * as readInputModule from "../../src/cli/read-input";
import {
  reviewEntry,
  reviewOriginals,
  takeReviewFlags,
  writeReviewOutputs,
} from "../../src/cli/review-outputs";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { FIGURE_COLUMNS, figureId } from "../../src/review/figures";
import { letterName } from "../../src/review/letter-docx";
import { tempFolderForEachTest } from "../helpers/temp-folder";

const fixtures = path.resolve(__dirname, "../fixtures/docx");

/** The whole command as `report-check` runs it, its output kept. */
async function command(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCommand(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    "9.9.9",
  );
  return { code, stdout, stderr };
}

async function review(files: string[], flags: Parameters<typeof writeReviewOutputs>[1]) {
  let stdout = "";
  let stderr = "";
  const entries = files.map((f) => reviewEntry(checkFile(f), flags));
  const originals = reviewOriginals(files, { paths: files }, flags);
  const tasks = new TaskThread({ timeoutMs: 300_000, heapMb: 512 });
  const code = await writeReviewOutputs(
    entries,
    flags,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    originals,
    tasks,
  ).finally(() => tasks.close());
  return { code, stdout, stderr };
}

describe("report-check --letters, --summary and --region", () => {
  let dir: string;
  let inputs: string[];
  tempFolderForEachTest("review", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
    inputs = ["clean-2021.docx", "sum-errors.docx", "seed-002.docx", "placeholders.docx"].map((name) => {
      const to = path.join(dir, "in", name);
      copyFileSync(path.join(fixtures, name), to);
      return to;
    });
    writeFileSync(path.join(dir, "in", "broken.docx"), "not a zip");
    inputs.push(path.join(dir, "in", "broken.docx"));
  });

  it("takes its flags out of the arguments and leaves the rest to the checker", () => {
    expect(takeReviewFlags(["--letters", "out", "--json", "a.docx", "--summary=s.xlsx"])).toEqual({
      flags: { letters: "out", summary: "s.xlsx" },
      rest: ["--json", "a.docx"],
    });
    expect(takeReviewFlags(["--summary", "s.csv", "a.docx"])).toBe("--summary 的文件名应以 .xlsx 结尾。");
    expect(takeReviewFlags(["a.docx", "--letters"])).toBe("--letters 需要一个文件夹，用来放审核意见。");
  });

  it("writes one letter per report with problems, and one for the file that could not be read, and leaves the inputs alone", async () => {
    const before = inputs.map((f) => readFileSync(f));
    const out = path.join(dir, "letters");
    const { code, stdout } = await review(inputs, { letters: out });
    expect(code).toBe(0);
    const due = inputs
      .slice(0, 4)
      .filter((f) => check(readDocx(readFileSync(f))).findings.some((x) => x.severity !== "info"));
    expect(readdirSync(out).sort()).toEqual(
      [
        "审核意见-涧池镇.docx",
        "审核意见-青山县市场监督管理局.docx",
        "审核意见-青山县市场监督管理局 (2).docx",
        "审核意见-broken.docx",
      ].sort(),
    );
    expect(due).toHaveLength(3);
    expect(stdout).toContain(`已写入审核意见 4 份`);
    const letter = readDocx(readFileSync(path.join(out, "审核意见-涧池镇.docx")));
    expect(letter.blocks.some((b) => b.kind === "paragraph" && b.text === "涧池镇：")).toBe(true);
    inputs.forEach((f, i) => expect(readFileSync(f)).toEqual(before[i]));
  });

  it("writes the summary workbook: a row per report with its figures, a 合计 row and the findings", async () => {
    const file = path.join(dir, "汇总.xlsx");
    const { code } = await review(inputs, { summary: file });
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("汇总")!;
    // after the 合计: a blank row and the line naming the 单位 three of the reports share
    expect(sheet.rowCount).toBe(1 + inputs.length + 1 + 2);
    expect(sheet.getRow(inputs.length + 4).getCell(1).value).toBe(
      "同一单位报送了 3 份报告：青山县市场监督管理局（clean-2021.docx、sum-errors.docx、placeholders.docx）。",
    );
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = header.indexOf("表三 （七）总计 · 总计") + 1;
    const rows = inputs.map((_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(inputs.map((f) => path.basename(f)));
    expect(rows[4].getCell(4).value).toMatch(/^无法检查：/);
    for (const [i, f] of inputs.slice(0, 4).entries()) {
      const cell = check(readDocx(readFileSync(f))).cells.find(
        (c) => c.key.table === "table3" && c.key.row === "r7_total" && c.key.column === "total",
      );
      expect(rows[i].getCell(column).value ?? null).toBe(
        cell?.value.kind === "number" ? cell.value.value : null,
      );
    }
    const total = sheet.getRow(inputs.length + 2);
    expect(total.getCell(1).value).toBe("合计");
    expect(total.getCell(column).value).toBe(
      rows.reduce(
        (n, r) => n + (typeof r.getCell(column).value === "number" ? (r.getCell(column).value as number) : 0),
        0,
      ),
    );
    // a 合计 that lacks a unit's figure says whose
    const placeholders = check(readDocx(readFileSync(inputs[3])));
    const blank = placeholders.cells.find((c) => c.value.kind !== "number")!;
    const blankColumn = header.indexOf(FIGURE_COLUMNS.find((c) => c.id === figureId(blank.key))!.label) + 1;
    expect(total.getCell(blankColumn).note).toMatch(
      /^未计入（文件无法读取）：broken\n未计入（该格不是数字）：.*青山县市场监督管理局（placeholders）/,
    );
    // 涧池镇's 表三（七）总计 is blank
    expect(total.getCell(column).note).toBe(
      "未计入（文件无法读取）：broken\n未计入（该格不是数字）：涧池镇\n" +
        "已计入，但同一单位有多份报告，请确认是否重复：" +
        "青山县市场监督管理局（clean-2021）、青山县市场监督管理局（sum-errors）、青山县市场监督管理局（placeholders）",
    );
    const findings = book.getWorksheet("问题清单")!;
    const expected = inputs
      .slice(0, 4)
      .reduce((n, f) => n + check(readDocx(readFileSync(f))).findings.length, 0);
    expect(findings.rowCount).toBe(1 + expected + 1); // + the unreadable file's row
  });

  it("never writes the summary over a checked file", async () => {
    const { code, stderr } = await review(inputs, { summary: inputs[0].replace(/docx$/, "xlsx") });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    // a report saved under a workbook's name, checked, then named as the summary
    const named = path.join(dir, "x.xlsx");
    copyFileSync(inputs[0], named);
    const clash = await review([...inputs, named], { summary: named });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("不能把汇总表写到要读取的文件");
    expect(readFileSync(named)).toEqual(readFileSync(inputs[0]));
  });

  it("writes the summary and the letters through no link planted beside them, whatever its name", async () => {
    const before = inputs.map((f) => readFileSync(f));
    const out = path.join(dir, "letters");
    mkdirSync(out);
    // a link named as a temporary file once was: writing through it would overwrite an input
    symlinkSync(inputs[0], path.join(dir, ".summary.xlsx.partial"));
    symlinkSync(inputs[1], path.join(out, ".审核意见-涧池镇.docx.partial"));
    const { code } = await review(inputs, { letters: out, summary: path.join(dir, "summary.xlsx") });
    expect(code).toBe(0);
    inputs.forEach((f, i) => expect(readFileSync(f)).toEqual(before[i]));
    expect(readDocx(readFileSync(path.join(out, "审核意见-涧池镇.docx"))).blocks.length).toBeGreaterThan(0);
  });

  it("checks the region's report against the sum of its units: equal", async () => {
    const region = path.join(fixtures, "clean-2021.docx");
    const units = [path.join(fixtures, "clean-2021.docx"), path.join(fixtures, "clean-2021-zero.docx")];
    const copy = path.join(dir, "in", "unit.docx");
    copyFileSync(units[0], copy);
    const { code, stdout } = await review([copy, units[1]], { region });
    expect(stdout).toMatch(/与 2 个单位报告之和，逐格比对 \d+ 个单元格，全部相符。/);
    expect(code).toBe(0);
  });

  it("names each cell that differs and the units missing from the sum", async () => {
    const region = path.join(fixtures, "clean-2021.docx");
    const { code, stdout } = await review([inputs[1], inputs[4]], { region });
    expect(code).toBe(1);
    expect(stdout).toMatch(/个单元格，\d+ 个不符：/);
    expect(stdout).toMatch(/表三 （七）总计 · 总计：本级报告 \d+，各单位合计 \d+（差 -?\d+）/);
    expect(stdout).toContain("无法读取、未计入合计的单位：broken");
  });

  it("leaves the region's own report out of its units when it sits in their folder", async () => {
    const { stdout } = await review(inputs.slice(0, 2), { region: inputs[0] });
    expect(stdout).toContain("与 1 个单位报告之和");
  });
});

describe("the files a batch could not check, in the reviewer's outputs", () => {
  let dir: string;
  tempFolderForEachTest("review-unchecked", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
    copyFileSync(path.join(fixtures, "sum-errors.docx"), path.join(dir, "in", "住建局.docx"));
    writeFileSync(path.join(dir, "in", "税务局.pdf"), "%PDF-1.4\n");
    writeFileSync(path.join(dir, "in", "市场监管局.doc"), "\xd0\xcf\x11\xe0");
    writeFileSync(path.join(dir, "in", "林业局.docx"), "PK\x03\x04 damaged");
    writeFileSync(path.join(dir, "in", "~$草稿.docx"), "lock");
  });

  const paragraphs = (file: string) =>
    readDocx(readFileSync(file)).blocks.flatMap((b) => (b.kind === "paragraph" && b.text ? [b.text] : []));

  it("gives a skipped (.doc, .pdf) or unreadable file a row of the summary, with why, and a letter worded for the unit", async () => {
    const letters = path.join(dir, "letters");
    const summary = path.join(dir, "s.xlsx");
    const { code, stdout } = await command("--letters", letters, "--summary", summary, path.join(dir, "in"));
    expect(code).toBe(2);
    expect(readdirSync(letters).sort()).toEqual(
      [
        "审核意见-青山县市场监督管理局.docx",
        "审核意见-市场监管局.docx",
        "审核意见-林业局.docx",
        "审核意见-税务局.docx",
      ].sort(),
    );
    expect(stdout).toContain("已写入审核意见 4 份");
    expect(paragraphs(path.join(letters, "审核意见-税务局.docx"))).toContain(
      "你单位报送的政府信息公开工作年度报告（文件“税务局.pdf”）未能审核：" +
        "报送的文件是 PDF，无法核对其中的统计表，请报送 Word（.docx）文件。",
    );
    expect(paragraphs(path.join(letters, "审核意见-林业局.docx")).join("\n")).toContain(
      "报送的文件已损坏，无法打开，请重新报送。",
    );
    const doc = paragraphs(path.join(letters, "审核意见-市场监管局.docx")).join("\n");
    expect(doc).toContain("旧版 Word（.doc）");
    for (const name of readdirSync(letters).filter((n) => n !== "审核意见-青山县市场监督管理局.docx")) {
      const text = paragraphs(path.join(letters, name)).join("\n");
      expect(text).toMatch(/^政府信息公开工作年度报告审核意见\n有关单位：/);
      expect(text).not.toMatch(/报送单位索取|--convert|检查/);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summary);
    const sheet = book.getWorksheet("汇总")!;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const byFile = new Map(rows.map((r) => [r.getCell(2).value, r]));
    expect(byFile.get("税务局.pdf")?.getCell(4).value).toMatch(/^未检查：PDF 文件/);
    expect(byFile.get("市场监管局.doc")?.getCell(4).value).toMatch(/^未检查：旧版 Word（\.doc）文件/);
    expect(byFile.get("林业局.docx")?.getCell(4).value).toMatch(/^无法检查：/);
    expect(byFile.has("~$草稿.docx")).toBe(false); // a lock file is no unit's report
    const total = byFile.get("4 份报告")!;
    expect(total.getCell(1).value).toBe("合计");
    expect(total.getCell(1).note).toBe(
      "未计入（文件无法读取）：林业局\n未计入（文件未检查，如 .doc、.wps、PDF）：市场监管局、税务局",
    );
  });
});

describe("a batch that holds a report twice, or one of another year", () => {
  let dir: string;
  tempFolderForEachTest("review-twice", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
    for (const [from, to] of [
      ["clean-2021.docx", "a 市场监管局.docx"],
      ["clean-2021.docx", "b 市场监管局 (1).docx"],
      ["sum-errors.docx", "c 市场监管局（修改稿）.docx"],
      ["outdated-2022.docx", "d 交通运输局.docx"],
      ["seed-004.docx", "e 大盛镇.docx"],
    ])
      copyFileSync(path.join(fixtures, from), path.join(dir, "in", to));
  });

  it("says in the closing summary which 单位 sent several files and which files are identical", async () => {
    const { stdout } = await command(path.join(dir, "in"));
    expect(stdout).toContain(
      "同一单位报送了 3 份报告：青山县市场监督管理局（a 市场监管局.docx、b 市场监管局 (1).docx、c 市场监管局（修改稿）.docx），" +
        "其中 a 市场监管局.docx、b 市场监管局 (1).docx 完全相同。\n",
    );
    const json = JSON.parse((await command("--json", path.join(dir, "in"))).stdout);
    expect(json.summary.duplicates.identical).toEqual([
      [path.join(dir, "in", "a 市场监管局.docx"), path.join(dir, "in", "b 市场监管局 (1).docx")],
    ]);
    expect(json.summary.duplicates.sameUnit[0].agency).toBe("青山县市场监督管理局");
  });

  it("counts an identical file once in the 合计 and, with --year, leaves out the other year's report", async () => {
    const summary = path.join(dir, "s.xlsx");
    await command("--year", "2023", "--summary", summary, path.join(dir, "in"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summary);
    const sheet = book.getWorksheet("汇总")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = header.indexOf("表三 一、本年新收政府信息公开申请数量 · 总计") + 1;
    const figure = (name: string) =>
      check(readDocx(readFileSync(path.join(fixtures, name)))).cells.find(
        (c) => c.key.table === "table3" && c.key.row === "new_received" && c.key.column === "total",
      )!.value;
    const sum = ["clean-2021.docx", "sum-errors.docx", "seed-004.docx"]
      .map(figure)
      .reduce((n, v) => n + (v.kind === "number" ? v.value : 0), 0);
    const total = sheet.getRow(7);
    expect(total.getCell(1).value).toBe("合计");
    expect(total.getCell(column).value).toBe(sum);
    expect(String(total.getCell(column).note)).toContain(
      "未计入（与另一份报告的文件完全相同，只计一次）：青山县市场监督管理局（b 市场监管局 (1)）",
    );
    expect(String(total.getCell(column).note)).toContain("未计入（不是 2023 年度的报告）：青山县交通运输局");
    expect(sheet.getRow(9).getCell(1).value).toMatch(/^同一单位报送了 3 份报告：青山县市场监督管理局/);
  });
});

describe("the reviewer's outputs come from the batch's own results", () => {
  let dir: string;
  afterEach(() => jest.restoreAllMocks());
  tempFolderForEachTest("review-batch", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
  });

  it("reads each file once for the check, the letters and the summary together", async () => {
    for (const name of ["sum-errors.docx", "seed-002.docx", "placeholders.docx", "clean-2021.docx"])
      copyFileSync(path.join(fixtures, name), path.join(dir, "in", name));
    const reads = new Map<string, number>();
    const readInput = readInputModule.readInput;
    jest.spyOn(readInputModule, "readInput").mockImplementation((file) => {
      reads.set(file.toString(), (reads.get(file.toString()) ?? 0) + 1);
      return readInput(file);
    });
    const letters = path.join(dir, "letters");
    const summary = path.join(dir, "summary.xlsx");
    const { code, stdout } = await command("--letters", letters, "--summary", summary, path.join(dir, "in"));
    expect(code).toBe(1);
    expect(stdout).toContain("已写入审核意见 3 份");
    expect(existsSync(summary)).toBe(true);
    expect([...reads.values()]).toEqual([1, 1, 1, 1]);
    expect([...reads.keys()].sort()).toEqual(
      readdirSync(path.join(dir, "in"))
        .map((n) => path.join(dir, "in", n))
        .sort(),
    );
  });

  it("puts the cross-year findings of --previous into the letters", async () => {
    const input = path.join(dir, "in", "sample.docx");
    copyFileSync(path.resolve(__dirname, "../../examples/sample-report.docx"), input);
    const letters = path.join(dir, "letters");
    const lastYear = path.join(fixtures, "clean-2021-zero.docx");
    await command("--letters", letters, "--previous", lastYear, input);
    const [name] = readdirSync(letters);
    const text = readDocx(readFileSync(path.join(letters, name)))
      .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
      .join("\n");
    // last year carried nothing forward; this year's 上年结转 is 1
    expect(text).toContain("上年报告“四、结转下年度继续办理”该列为 0");
    // without --previous the letter has no cross-year finding
    rmSync(letters, { recursive: true });
    await command("--letters", letters, input);
    const without = readDocx(readFileSync(path.join(letters, name)))
      .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
      .join("\n");
    expect(without).not.toContain("上年报告");
  });
});

describe("the reviewer's outputs never replace a file the run reads (--previous, --region, by any name)", () => {
  let dir: string;
  let input: string;
  tempFolderForEachTest("review-originals", (made) => {
    dir = made;
    mkdirSync(path.join(dir, "in"));
    input = path.join(dir, "in", "sample.docx");
    copyFileSync(path.resolve(__dirname, "../../examples/sample-report.docx"), input);
  });

  const letterOf = (file: string) => letterName(reviewEntry(checkFile(file), { letters: "x" }));

  it("last year's report named as its letter is, in the letters' folder, keeps its bytes; the letter takes a number", async () => {
    const letters = path.join(dir, "letters");
    mkdirSync(letters);
    const lastYear = path.join(letters, letterOf(input));
    copyFileSync(path.join(fixtures, "clean-2021-zero.docx"), lastYear);
    const before = readFileSync(lastYear);
    const { stdout } = await command("--previous", lastYear, "--letters", letters, input);
    expect(readFileSync(lastYear)).toEqual(before);
    expect(stdout).toContain(letterOf(input).replace(/\.docx$/, " (2).docx"));
  });

  it("a hard link to a checked report, named as its letter, is not written through", async () => {
    const letters = path.join(dir, "letters");
    mkdirSync(letters);
    const link = path.join(letters, letterOf(input));
    linkSync(input, link);
    const before = readFileSync(input);
    await command("--letters", letters, input);
    expect(readFileSync(input)).toEqual(before);
    expect(readdirSync(letters)).toContain(letterOf(input).replace(/\.docx$/, " (2).docx"));
  });

  it("refuses, before checking, a summary named as last year's report or the region's", async () => {
    const lastYear = path.join(dir, "last-year.xlsx");
    copyFileSync(path.join(fixtures, "clean-2021-zero.docx"), lastYear);
    const before = readFileSync(lastYear);
    const refused = await command("--previous", lastYear, "--summary", lastYear, input);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toContain("--summary 的汇总表会覆盖要读取的文件");
    expect(readFileSync(lastYear)).toEqual(before);
    // the region's report, reached through a link with a workbook's name
    const region = path.join(dir, "region.docx");
    copyFileSync(input, region);
    symlinkSync(region, path.join(dir, "sum.xlsx"));
    const linked = await command("--region", region, "--summary", path.join(dir, "sum.xlsx"), input);
    expect(linked.code).toBe(2);
    expect(readFileSync(region)).toEqual(readFileSync(input));
  });

  it("refuses letters in a folder being checked, or in the folder of the copies", async () => {
    const inside = await command("--letters", path.join(dir, "in", "letters"), path.join(dir, "in"));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("--letters 的文件夹在要检查的文件夹");
    expect(existsSync(path.join(dir, "in", "letters"))).toBe(false);
    const out = path.join(dir, "out");
    const shared = await command("--annotate", out, "--letters", out, input);
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain("--letters 和 --annotate 不能写到同一个文件夹");
    expect(existsSync(out)).toBe(false);
  });

  it("names a cause the reviewer can act on when a letter cannot be written", async () => {
    const letters = path.join(dir, "letters");
    writeFileSync(path.join(dir, "blocker"), "");
    // the letters' folder under a file: no folder can be made there
    const { code, stderr } = await command("--letters", path.join(dir, "blocker", "letters"), input);
    expect(code).toBe(2);
    expect(stderr).toMatch(/路径中有一部分不是文件夹|--letters 需要一个文件夹/);
    expect(existsSync(letters)).toBe(false);
  });
});
