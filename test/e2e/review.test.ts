/**
 * End-to-end: review.html in Debian's Chromium, as a reviewer uses it. A folder of 40 reports
 * (the .docx fixtures and LibreOffice's copies of some) plus a .doc, a PDF and a Word lock file
 * is picked through the folder input; the page checks them in its workers and the test reads the
 * summary line, the rows, the files left out, downloads the workbook, the annotated copies and
 * the letters and compares each with the engine run here, opens one report, and has axe-core
 * audit the page. Every request the page makes is recorded: all are GETs of the page's own files.
 * Builds into its own folder; set REVIEW_E2E_DIST to a folder `npm run build` wrote to reuse it.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { seriousViolations } from "./axe";
import { artifacts, describeE2E, servePages } from "./built-pages";
import { readDocx } from "../../src/docx";
import { check, type CheckResult } from "../../src/engine";

const root = path.resolve(__dirname, "../..");
const dist = process.env.REVIEW_E2E_DIST ?? path.join(artifacts, "e2e-review-dist");

/**
 * The batch: 30 fixtures (the seeds first, which the tests below open by name, so a fixture
 * added later cannot push them out) and 10 of LibreOffice's copies, under names a reviewer would see.
 */
function batch(dir: string): Map<string, CheckResult> {
  const results = new Map<string, CheckResult>();
  const add = (from: string, name: string) => {
    copyFileSync(from, path.join(dir, name));
    results.set(name, check(readDocx(readFileSync(from))));
  };
  const docx = path.join(root, "test/fixtures/docx");
  const lo = path.join(root, "test/fixtures/docx-libreoffice");
  const seedsFirst = (a: string, b: string) =>
    Number(b.startsWith("seed-")) - Number(a.startsWith("seed-")) || a.localeCompare(b);
  for (const f of readdirSync(docx)
    .filter((n) => n.endsWith(".docx"))
    .sort(seedsFirst)
    .slice(0, 30))
    add(path.join(docx, f), f);
  for (const f of readdirSync(lo)
    .filter((n) => n.endsWith(".docx"))
    .sort()
    .slice(0, 10))
    add(path.join(lo, f), `lo-${f}`);
  writeFileSync(path.join(dir, "旧格式报告.doc"), "not really a .doc");
  writeFileSync(path.join(dir, "扫描件.pdf"), "%PDF-1.4");
  writeFileSync(path.join(dir, "~$锁定.docx"), "lock");
  return results;
}

describeE2E("review.html in Chromium", () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let closeChromium: () => Promise<void>;
  let folder: string;
  let expected: Map<string, CheckResult>;
  const requests: { method: string; url: string }[] = [];
  const problems: string[] = [];

  const download = async (testId: string): Promise<Buffer> => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    return readFileSync((await file.path()) as string);
  };

  beforeAll(async () => {
    ({ server, url: base } = await servePages(dist, !!process.env.REVIEW_E2E_DIST));
    folder = mkdtempSync(path.join(tmpdir(), "report-check-review-"));
    mkdirSync(path.join(folder, "报告"));
    expected = batch(path.join(folder, "报告"));
    ({ context, close: closeChromium } = await launchChromium("review-profile", {
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    }));
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requests.push({ method: r.method(), url: r.url() }));
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${base}review.html`);
    await page.getByTestId("pick-folder").setInputFiles(path.join(folder, "报告"));
    await page.getByText("已检查 40 / 40 份").waitFor({ timeout: 120_000 });
  }, 900_000); // the build (see csp-a11y.test.ts) and 40 checks

  afterAll(async () => {
    await closeChromium?.();
    server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === "error").length;
  const warnings = (r: CheckResult) => r.findings.filter((f) => f.severity === "warning").length;

  it("checks the 40 reports and says what it found, as the engine does", async () => {
    const results = [...expected.values()];
    const withErrors = results.filter((r) => errors(r) > 0).length;
    const warningsOnly = results.filter((r) => !errors(r) && warnings(r) > 0).length;
    const clean = results.length - withErrors - warningsOnly;
    // the .doc and the PDF are reports too, not checked: a row each
    expect(await page.getByTestId("batch-summary").innerText()).toBe(
      `共 42 份报告：${withErrors} 份有错误，${warningsOnly} 份仅有警告，${clean} 份未发现问题，2 份无法检查`,
    );
    const rows = page.getByTestId("report-table").locator("[role=row][data-verdict]");
    expect(await rows.count()).toBe(42);
    // one row read cell by cell: unit, file, year, verdict, errors, warnings, key figures
    const row = rows.filter({ hasText: "seed-002.docx" }).first();
    const cells = await row.locator("[role=gridcell]").allInnerTexts();
    const seed = expected.get("seed-002.docx")!;
    expect(cells.slice(0, 6)).toEqual([
      seed.agency,
      "报告/seed-002.docx",
      String(seed.year),
      "有错误",
      String(errors(seed)),
      String(warnings(seed)),
    ]);
    const value = (row: string, column: string) =>
      seed.cells.find((c) => c.key.table === "table3" && c.key.row === row && c.key.column === column)?.value;
    const newReceived = value("new_received", "total");
    expect(cells[6]).toBe(newReceived?.kind === "number" ? String(newReceived.value) : "—");
    await page.screenshot({ path: path.join(artifacts, "review-summary.png"), fullPage: true });
  });

  it("accounts for every file it did not check: a unit's report as a row saying why, any other file below", async () => {
    const text = await page.getByTestId("left-out").innerText();
    expect(text).toContain("不是报告的文件（1）");
    expect(text).toMatch(/~\$锁定\.docx：Word 打开文件时留下的临时锁定文件/);
    const rows = page.getByTestId("report-table").locator("[role=row][data-verdict]");
    for (const name of ["旧格式报告.doc", "扫描件.pdf"]) {
      const cells = await rows.filter({ hasText: name }).first().locator("[role=gridcell]").allInnerTexts();
      expect(cells.slice(1, 4)).toEqual([`报告/${name}`, "—", "未检查"]);
    }
  });

  it("filters by verdict and sorts by errors", async () => {
    const rows = page.getByTestId("report-table").locator("[role=row][data-verdict]");
    await page.getByTestId("verdict-filter").selectOption("errors");
    const withErrors = [...expected.values()].filter((r) => errors(r) > 0).length;
    expect(await rows.count()).toBe(withErrors);
    expect(await page.locator("[role=row][data-verdict=clean]").count()).toBe(0);
    await page.getByTestId("verdict-filter").selectOption("all");
    await page.getByRole("columnheader", { name: "错误" }).click();
    await page.getByRole("columnheader", { name: "错误" }).click(); // descending
    const most = Math.max(...[...expected.values()].map(errors));
    expect(await rows.first().locator("[role=gridcell]").nth(4).innerText()).toBe(String(most));
  });

  it("downloads a summary workbook with every report, its figures and a 合计 row", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download("download-summary")) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("汇总")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 6)).toEqual(["单位", "文件", "年度", "结论", "错误", "警告"]);
    const column = header.indexOf("表三 一、本年新收政府信息公开申请数量 · 总计") + 1;
    expect(column).toBeGreaterThan(6);
    // a row for each of the 40 reports and the 2 not checked, then 合计, then what the batch holds twice
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const at = rows.findIndex((r) => r.getCell(1).value === "合计");
    const reports = rows.slice(0, at);
    expect(reports.map((r) => String(r.getCell(2).value)).sort()).toEqual(
      [...expected.keys(), "旧格式报告.doc", "扫描件.pdf"].sort(),
    );
    for (const r of rows.slice(at + 1))
      expect(String(r.getCell(1).value ?? "")).toMatch(/^$|同一单位|完全相同/);
    const values = reports.map((r) => r.getCell(column).value);
    const total = rows[at];
    const sum = values.reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
    expect(total.getCell(column).value).toBe(sum);
    // the row of seed-002 holds the engine's figure
    const seedRow = reports.find((r) => r.getCell(2).value === "seed-002.docx")!;
    const cell = expected
      .get("seed-002.docx")!
      .cells.find(
        (c) => c.key.table === "table3" && c.key.row === "new_received" && c.key.column === "total",
      );
    expect(seedRow.getCell(column).value ?? null).toBe(
      cell?.value.kind === "number" ? cell.value.value : null,
    );
  });

  it("downloads the annotated copies in one zip, one readable .docx per checked report", async () => {
    const files = unzipSync(new Uint8Array(await download("download-annotated")));
    const names = Object.keys(files);
    expect(names).toHaveLength(40);
    expect(names).toContain("seed-002（标注）.docx");
    for (const name of names) expect(() => readDocx(files[name])).not.toThrow();
    const annotated = files["seed-002（标注）.docx"];
    expect(Object.keys(unzipSync(annotated))).toContain("word/comments.xml");
  });

  it("downloads one letter per report with problems, and one asking for the Word file of the .doc and the PDF", async () => {
    const files = unzipSync(new Uint8Array(await download("download-letters")));
    const due = [...expected.values()].filter((r) => r.findings.some((f) => f.severity !== "info")).length;
    expect(Object.keys(files)).toHaveLength(due + 2);
    const letter = Object.entries(files).find(([name]) => name === "审核意见-涧池镇.docx");
    expect(letter).toBeDefined();
    const text = readDocx(letter![1])
      .blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))
      .join("\n");
    expect(text).toContain("涧池镇：");
    expect(text).toContain("建议：");
  });

  it("opens one report: its findings grouped by section and table", async () => {
    const seed = expected.get("seed-002.docx")!;
    await page
      .getByRole("button", { name: `查看 ${seed.agency} 的问题` })
      .first()
      .click();
    const dialog = page.getByTestId("report-findings");
    await dialog.waitFor();
    expect(await dialog.locator("li").count()).toBe(seed.findings.length);
    const headings = await dialog.locator("h3").allInnerTexts();
    expect(headings).toContain("三、收到和处理政府信息公开申请情况");
    expect(await dialog.locator("h4").allInnerTexts()).toContain("表三（收到和处理政府信息公开申请情况）");
    await page.screenshot({ path: path.join(artifacts, "review-report.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // the modal hid the page from assistive technology; closing it must give the page back
    // (Tabster restores the page's aria-hidden a moment after the dialog is gone)
    await page.waitForFunction(() => !document.querySelector("[aria-hidden=true]#container"));
  });

  it("passes axe-core with no serious or critical violation", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("sends nothing anywhere: every request is a GET of the page's own files, no CSP violation", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter(
      (r) => !r.url.startsWith(base) && !r.url.startsWith("blob:") && !r.url.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(problems).toEqual([]);
  });
});
