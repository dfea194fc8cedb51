/**
 * End-to-end: the demo page in Debian's Chromium, driven by playwright-core (no browser
 * download). Builds the add-in into test-artifacts/e2e-dist, serves it on 127.0.0.1, opens
 * each seed report through the page's file input and checks what a clerk would see: the
 * findings the engine reports, the marks in the rendered document, 定位 and 清除标记.
 * Screenshots go to test-artifacts/. Skipped, with a message, where /usr/bin/chromium is missing.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM, hasChromium, launchChromium, openInDemo, resultsShown } from "../helpers/chromium";
import { readDocx } from "../../src/docx";
import { check, previousReport } from "../../src/engine";
import { groupFindings } from "../../src/taskpane/group-findings";
import { strings } from "../../src/taskpane/strings";
import { planMarks, refKey } from "../../src/word/plan-marks";
import { artifacts, describeE2E, servePages } from "./built-pages";

const root = path.resolve(__dirname, "../..");
const dist = path.join(artifacts, "e2e-dist");
const seeds = [0, 1, 2, 3, 4].map((n) => path.join(root, `test/fixtures/docx/seed-00${n}.docx`));

if (!hasChromium) console.warn(`e2e tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

describeE2E("the demo page in Chromium", () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let closeChromium: () => Promise<void>;
  const requests: string[] = [];
  /** Content-Security-Policy violations reported in the console (the build puts a CSP on the page). */
  const violations: string[] = [];

  beforeAll(async () => {
    ({ server, url: base } = await servePages(dist));
    ({ context, close: closeChromium } = await launchChromium("e2e", {
      viewport: { width: 1400, height: 900 },
      args: ["--disable-quic", "--disable-component-update", "--disable-sync"],
    }));
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
  }, 600_000); // webpack builds four pages, two workers and the workbook chunk: slow on a shared machine

  afterAll(async () => {
    await closeChromium?.();
    server?.close();
  });

  it("opens with the bundled sample report", async () => {
    await page.goto(`${base}demo.html`);
    await page.getByTestId("doc-name").waitFor();
    expect(await page.getByTestId("doc-name").textContent()).toBe("当前文件：sample-report.docx");
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await resultsShown(page);
    await page.screenshot({ path: path.join(artifacts, "demo-sample.png") });
  });

  it("applies a fix in the rendered document and checks again", async () => {
    const sample = check(
      readDocx(new Uint8Array(readFileSync(path.join(root, "examples/sample-report.docx")))),
    );
    const fixable = sample.findings.filter((f) => f.fix);
    if (!fixable.length) return; // the sample has nothing to fix
    const before = await page.locator("[data-rule]").count();
    await page
      .getByRole("button", { name: /^(修正标题编号|空白填0|修正：)/ })
      .first()
      .click();
    await page.getByText("已修正 1 处，并重新检查。").waitFor();
    expect(await page.locator("[data-rule]").count()).toBe(before - 1);
    await page.screenshot({ path: path.join(artifacts, "demo-sample-fixed.png") });
  });

  it.each(seeds.map((file) => [path.basename(file), file]))(
    "checks %s, marks it, goes to a finding and clears",
    async (name, file) => {
      const result = check(readDocx(new Uint8Array(readFileSync(file))));
      const stem = name.replace(/\.docx$/, "");
      await page.goto(`${base}demo.html`);
      await openInDemo(page, file);
      await page.getByRole("button", { name: "检查我的报告" }).click();
      await resultsShown(page);

      // the pane lists what the engine found: a card per finding, many of one kind sharing one
      const expected = groupFindings(
        result.findings.map((finding, index) => ({ finding, index })),
        strings.zh,
      ).flatMap((g) =>
        g.cards.map((c) => [
          c.kind === "one" ? c.entry.finding.rule : c.rule,
          c.kind === "one" ? 1 : c.entries.length,
        ]),
      );
      const cards = page.locator("[data-rule]");
      expect(
        await cards.evaluateAll((els) =>
          els.map((e) => [e.getAttribute("data-rule"), Number(e.getAttribute("data-count") ?? 1)]),
        ),
      ).toEqual(expected);

      // every planned mark shows in the rendered document, and nothing else is marked
      const plan = planMarks(result);
      const doc = page.getByTestId("document");
      const marks = await doc
        .locator("[data-mark]")
        .evaluateAll((els) =>
          els.map((e): [string | null, string | null] => [
            e.getAttribute("data-ref"),
            e.getAttribute("data-mark"),
          ]),
        );
      expect(new Map(marks)).toEqual(new Map(plan.map((m) => [refKey(m.ref), m.level])));
      await page.screenshot({ path: path.join(artifacts, `${stem}-checked.png`) });

      // 定位 on the first finding that has a place scrolls to it and outlines it
      const locate = page.getByRole("button", { name: "定位" });
      if ((await locate.count()) > 0) {
        await locate.first().click();
        const focused = doc.locator("[data-focus]");
        await focused.waitFor();
        expect(await focused.isVisible()).toBe(true);
        const box = await focused.boundingBox();
        expect(box && box.y >= 0 && box.y < 900).toBe(true);
        await page.screenshot({ path: path.join(artifacts, `${stem}-located.png`) });
      }

      await page.getByRole("button", { name: "清除标记" }).click();
      await page.getByText(/已清除 \d+ 个单元格的标记|文档中没有本工具的标记/).waitFor();
      expect(await doc.locator("[data-mark]").count()).toBe(0);
      await page.screenshot({ path: path.join(artifacts, `${stem}-cleared.png`) });
    },
  );

  it("repairs seed 002 from the pane to a check without error, and offers it as a download", async () => {
    await page.goto(`${base}demo.html`);
    await openInDemo(page, seeds[2]);
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await resultsShown(page);
    const repairs = page.locator("[data-testid=repairs] [data-repair]");
    const kinds: string[] = [];
    // every insertion, replacement and 全部空白填0 the pane offers, one at a time
    for (let left = await repairs.count(); left > 0; left = await repairs.count()) {
      kinds.push((await repairs.first().getAttribute("data-repair")) ?? "");
      await repairs.first().click();
      await page.waitForFunction(
        (n) => document.querySelectorAll("[data-testid=repairs] [data-repair]").length < n,
        left,
      );
    }
    expect(kinds).toEqual(["insert-section", "replace-table", "replace-table", "fill-zero"]);
    expect(await page.locator("[data-severity=error]").count()).toBe(0);
    expect(
      await page.getByTestId("document").getByText("四、政府信息公开行政复议、行政诉讼情况").count(),
    ).toBe(1);
    await page.screenshot({ path: path.join(artifacts, "seed-002-repaired.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-current").click(),
    ]);
    expect(download.suggestedFilename()).toBe("seed-002.docx");
    const repaired = check(readDocx(new Uint8Array(readFileSync((await download.path()) as string))));
    expect(repaired.findings.filter((f) => f.severity === "error")).toEqual([]);

    const [annotated] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-annotated").click(),
    ]);
    expect(annotated.suggestedFilename()).toBe("seed-002（标注）.docx");
  });

  it("compares with last year's report picked in the pane, remembers it and forgets it on 移除", async () => {
    const thisYear = path.join(root, "examples/sample-report.docx");
    const lastYear = path.join(root, "test/fixtures/docx/clean-2021-zero.docx");
    const expected = check(readDocx(new Uint8Array(readFileSync(thisYear))), {
      previous: previousReport(readDocx(new Uint8Array(readFileSync(lastYear)))),
    });
    // last year carried nothing forward; this year's 上年结转 is not zero
    expect(expected.findings.some((f) => f.rule === "carry-over-mismatch")).toBe(true);

    await page.goto(`${base}demo.html`);
    await page.getByTestId("doc-name").waitFor();
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await resultsShown(page);
    expect(await page.locator("[data-rule=carry-over-mismatch]").count()).toBe(0);

    await page.getByTestId("previous-file").setInputFiles(lastYear);
    const facts = page.getByTestId("previous-facts");
    await facts.getByText("上年报告：clean-2021-zero.docx").waitFor();
    expect(await facts.getByText("结转下年度继续办理：0 件").count()).toBe(1);
    // picking it checks again: the pane lists what the engine finds with last year's report
    await page.locator("[data-rule=carry-over-mismatch]").first().waitFor();
    const rules = await page
      .locator("[data-rule]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect(rules).toEqual(expected.findings.map((f) => f.rule));
    await page.screenshot({ path: path.join(artifacts, "demo-previous.png") });

    // remembered on the page (localStorage): a reload still compares
    await page.reload();
    await page.getByTestId("previous-facts").waitFor();
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await page.locator("[data-rule=carry-over-mismatch]").first().waitFor();

    await page.getByTestId("previous").getByRole("button", { name: "移除" }).click();
    await page.getByRole("button", { name: "选择上年报告…" }).waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-rule=carry-over-mismatch]"));
  });

  it("shows the pane in English on request", async () => {
    await page.goto(`${base}demo.html?lang=en`);
    await page.getByTestId("doc-name").waitFor();
    await page.getByRole("button", { name: "Check my report" }).click();
    await resultsShown(page);
    await page.screenshot({ path: path.join(artifacts, "demo-english.png") });
  });

  it("made no request to any host but its own", () => {
    const own = new URL(base).host;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith("data:") && new URL(url).host !== own)).toEqual([]);
  });

  it("ran every step above under the page's Content-Security-Policy without a violation", async () => {
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(violations).toEqual([]);
  });

  it("keeps the task pane's JavaScript within its 300 KB gzipped budget", () => {
    const sizes = JSON.parse(readFileSync(path.join(dist, "bundle-size.json"), "utf8"));
    console.log(`task pane JavaScript: ${sizes.taskpane.raw} bytes, ${sizes.taskpane.gzip} bytes gzipped`);
    expect(sizes.taskpane.gzip).toBeLessThan(300 * 1024);
  });

  it("leaves the zip reader and writer out of the task pane's first load", () => {
    // Word hands the pane Flat OPC text: a .docx is unzipped only for last year's report, a zip
    // written only for the 自查单, each in a chunk fetched then (fflate's messages mark its code)
    const sizes = JSON.parse(readFileSync(path.join(dist, "bundle-size.json"), "utf8"));
    const firstLoad = sizes.taskpane.files.map((f: string) => readFileSync(path.join(dist, f), "utf8"));
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((code: string) => code.includes("invalid zip data"))).toEqual([]);
    const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !sizes.taskpane.files.includes(f));
    expect(lazy.some((f) => readFileSync(path.join(dist, f), "utf8").includes("invalid zip data"))).toBe(
      true,
    );
  });
});
