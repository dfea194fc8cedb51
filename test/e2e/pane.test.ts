/**
 * End-to-end, in Debian's Chromium: the pane as a proofing tool at Word's task pane widths
 * (320 and 400 px) on a 768 px tall screen — findings first, one card for many findings of one
 * kind, 上一个/下一个 in document order, 为什么 — and the demo page's messages where the eye is.
 * Builds into its own folder (so it can run next to the other e2e files); screenshots go to
 * test-artifacts/. Skipped where /usr/bin/chromium is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, openInDemo, resultsShown } from "../helpers/chromium";
import { readDocx } from "../../src/docx";
import { check, explainRule } from "../../src/engine";
import { groupFindings } from "../../src/taskpane/group-findings";
import { stepOrder } from "../../src/taskpane/step-order";
import { strings } from "../../src/taskpane/strings";
import { seriousViolations } from "./axe";
import { artifacts, describeE2E, servePages } from "./built-pages";
import { findingTarget, refKey } from "../../src/word/plan-marks";

const root = path.resolve(__dirname, "../..");
const dist = path.join(artifacts, "e2e-pane-dist");
const seed = (n: number) => path.join(root, `test/fixtures/docx/seed-00${n}.docx`);
/** What Word leaves a task pane on a 1366×768 screen below its title bar, ribbon and pane title. */
const PANE_HEIGHT = 560;

describeE2E("the pane as a proofing tool, in Chromium", () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let closeChromium: () => Promise<void>;

  beforeAll(async () => {
    ({ server, url: base } = await servePages(dist));
    ({ context, close: closeChromium } = await launchChromium("pane", {
      viewport: { width: 1366, height: 768 },
    }));
  }, 600_000);

  afterAll(async () => {
    await closeChromium?.();
    server?.close();
  });

  /** The demo page with the pane `width` px wide, `file` opened and checked. */
  const checked = async (width: number, file: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${base}demo.html?pane=${width}`);
    await openInDemo(page, file);
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await resultsShown(page);
    return page;
  };

  it.each([320, 400].flatMap((width) => [0, 2].map((n) => [width, n] as const)))(
    "at %i px, seed-00%i: the first finding is in view right after a check, under one line of counts",
    async (width, n) => {
      const page = await checked(width, seed(n));
      const pane = page.getByRole("complementary");
      const paneBox = (await pane.boundingBox())!;
      expect(Math.round(paneBox.width)).toBe(width);
      const counts = (await page.getByTestId("counts").boundingBox())!;
      const card = (await page.locator("[data-rule]").first().boundingBox())!;
      const lineHeight = await page
        .getByTestId("counts")
        .evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
      expect(counts.height).toBeLessThanOrEqual(lineHeight + 1); // one line
      expect(counts.y).toBeLessThan(card.y);
      // the card's head (badge and first line) is inside what Word leaves the pane
      expect(card.y + 40 - paneBox.y).toBeLessThan(PANE_HEIGHT);
      await pane.screenshot({ path: path.join(artifacts, `pane-${width}-seed-00${n}.png`) });
      await page.close();
    },
  );

  it("shows seed-002's 102 blank cells as one card, fills them in one click and counts cards and cells", async () => {
    const file = seed(2);
    const snapshot = readDocx(new Uint8Array(readFileSync(file)));
    const result = check(snapshot);
    const groups = groupFindings(
      result.findings.map((finding, index) => ({ finding, index })),
      strings.zh,
    );
    const cards = groups.flatMap((g) => g.cards);
    const page = await checked(400, file);
    expect(await page.locator("[data-rule]").count()).toBe(cards.length);
    expect(
      await page.getByRole("tab", { name: `全部 ${cards.length} · ${result.findings.length} 处` }).count(),
    ).toBe(1);
    const blanks = result.findings.filter((f) => f.rule === "cell-blank" && f.table === "table3").length;
    expect(blanks).toBe(102);
    const card = page.locator("[data-rule=cell-blank]");
    await card.getByText("表三 102 个单元格为空白").waitFor();
    await card.getByRole("button", { name: "展开 102 处" }).click();
    expect(await card.getByRole("button", { name: "定位" }).count()).toBe(102);
    await page.screenshot({ path: path.join(artifacts, "pane-bunch-open.png") });
    await card.getByRole("button", { name: "全部填0" }).click();
    await page.getByText(/已填 0：102 个单元格/).waitFor();
    expect(await page.locator("[data-rule=cell-blank]").count()).toBe(0);
    await page.close();
  });

  it("steps through the findings in document order with 下一个 and Alt+↓, outlining each in the document", async () => {
    const file = seed(0);
    const snapshot = readDocx(new Uint8Array(readFileSync(file)));
    const result = check(snapshot);
    const order = stepOrder(
      result,
      snapshot,
      result.findings.map((_, i) => i),
    );
    expect(order.length).toBeGreaterThan(2);
    const focusedRef = () => page.getByTestId("document").locator("[data-focus]").getAttribute("data-ref");
    const page = await checked(320, file);
    const position = page.getByTestId("step-position");
    expect(await position.textContent()).toBe(`共 ${order.length} 处`);
    await page.getByRole("button", { name: "下一个" }).click();
    await position.filter({ hasText: `1 / ${order.length}` }).waitFor();
    expect(await focusedRef()).toBe(refKey(findingTarget(result, order[0])!));
    // the keyboard: Alt+↓ from wherever focus is in the pane
    await page.keyboard.press("Alt+ArrowDown");
    await position.filter({ hasText: `2 / ${order.length}` }).waitFor();
    await page.waitForFunction(
      (ref) => document.querySelector("[data-focus]")?.getAttribute("data-ref") === ref,
      refKey(findingTarget(result, order[1])!),
    );
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    await position.filter({ hasText: `${order.length} / ${order.length}` }).waitFor();
    // the card stepped to is in view in the pane
    const current = page.locator("[data-current]").first();
    expect(await current.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(artifacts, "pane-stepped.png") });
    await page.close();
  });

  it("explains a finding's rule on 为什么, from the rule's metadata", async () => {
    const file = seed(1);
    const result = check(readDocx(new Uint8Array(readFileSync(file))));
    const page = await checked(320, file);
    const first = page.locator("[data-rule]").first();
    await first.getByRole("button", { name: "为什么？" }).click();
    const why = first.getByTestId("why");
    await why.waitFor();
    const explanation = explainRule(result.findings[0].rule)!;
    expect(await why.textContent()).toContain(explanation.description.zh);
    expect(await why.textContent()).toContain(`依据：${explanation.basis}`);
    await page.getByRole("complementary").screenshot({ path: path.join(artifacts, "pane-why.png") });
    await page.close();
  });

  it("puts an unreadable file's message at the top, keeps the name right, clears it and starts a new file at its top", async () => {
    const bad = path.join(mkdtempSync(path.join(tmpdir(), "report-check-bad-")), "not-a-report.docx");
    writeFileSync(bad, "这不是 Word 文档\n");
    const page = await checked(400, seed(2));
    const body = page.getByRole("region", { name: "报告正文" });
    await body.evaluate((e) => e.scrollTo({ top: e.scrollHeight }));
    await page.getByTestId("open-docx").setInputFiles(bad);
    const message = page.getByTestId("page-message").getByText(/无法打开“not-a-report.docx”/);
    await message.waitFor();
    const box = (await message.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(200);
    expect(await page.getByTestId("page-message").textContent()).toContain("仍显示 seed-002.docx");
    expect(await page.getByTestId("doc-name").textContent()).toBe("当前文件：seed-002.docx");
    await page.screenshot({ path: path.join(artifacts, "demo-unreadable.png") });

    await page.getByTestId("open-docx").setInputFiles(seed(1));
    await page.getByTestId("doc-name").filter({ hasText: "seed-001.docx" }).waitFor();
    expect(await page.getByTestId("page-message").textContent()).toBe("");
    expect(await body.evaluate((e) => e.scrollTop)).toBe(0);
    // the pane starts afresh: no counts, no old notices
    expect(await page.getByTestId("counts").count()).toBe(0);
    await page.close();
    rmSync(path.dirname(bad), { recursive: true, force: true });
  });
  it("turns a rule off in 规则设置, checks again without it, and keeps it for the next file", async () => {
    const page = await checked(320, seed(2));
    expect(await page.locator("[data-rule=cell-blank]").count()).toBe(1);
    await page.getByRole("button", { name: "规则设置" }).click();
    const row = page.locator("[data-setting=cell-blank]");
    await row.getByRole("switch").click();
    await page
      .getByTestId("active-profile")
      .filter({ hasText: "当前配置：自定义（本机所有报告）" })
      .waitFor();
    await page.getByRole("complementary").screenshot({ path: path.join(artifacts, "pane-settings-320.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "返回检查结果" }).click();
    await resultsShown(page);
    await page.waitForFunction(() => !document.querySelector("[data-rule=cell-blank]"));
    // the user's setting holds for the next file opened
    await page.getByTestId("open-docx").setInputFiles(seed(2));
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await resultsShown(page);
    expect(await page.locator("[data-rule=cell-blank]").count()).toBe(0);
    await page.getByRole("button", { name: "规则设置" }).click();
    await page.getByRole("button", { name: "恢复默认" }).click();
    await page.getByTestId("active-profile").filter({ hasText: "全部规则" }).waitFor();
    await page.close();
  });

  it("is usable with the keyboard alone: 下一个, 为什么, 忽略 with a reason, and a 自查单 that lists it", async () => {
    const page = await checked(400, seed(0));
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    const tabTo = async (name: string) => {
      for (let i = 0; i < 80 && (await focused()) !== name; i++) await page.keyboard.press("Tab");
      expect(await focused()).toBe(name);
    };
    await tabTo("下一个");
    await page.keyboard.press("Enter");
    await page.getByTestId("step-position").filter({ hasText: /^1 \// }).waitFor();
    await tabTo("为什么？");
    await page.keyboard.press("Enter");
    await page.getByTestId("why").first().waitFor();
    await tabTo("忽略");
    await page.keyboard.press("Enter");
    await page.keyboard.type("本单位没有此项");
    await page.keyboard.press("Enter");
    await page.getByTestId("ignored").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("self-check").click(),
    ]);
    expect(download.suggestedFilename()).toBe("自查单-seed-000.docx");
    const sheet = readDocx(new Uint8Array(readFileSync((await download.path()) as string)));
    const text = sheet.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])).join("\n");
    expect(text).toContain("政府信息公开工作年度报告自查单");
    expect(text).toContain("——原因：本单位没有此项");
    expect(text).toMatch(/表三 19 处/);
    await page.close();
  });
});
