/**
 * End-to-end, in Debian's Chromium: the pages' Content-Security-Policy (present, strict, and the
 * pages work under it), keyboard-only use of the pane, an axe-core audit of the demo page in light
 * and dark themes before and after a check, and how long a check keeps the page busy.
 * Builds into its own folder so it can run next to demo.test.ts. Skipped where Chromium is missing.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, openInDemo, resultsShown } from "../helpers/chromium";
import { seriousViolations } from "./axe";
import { artifacts, describeE2E, servePages } from "./built-pages";

const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const root = path.resolve(__dirname, "../..");
const dist = path.join(artifacts, "e2e-csp-dist");
const largest = path.join(root, "test/fixtures/docx/seed-001.docx");

/** Enough of office.js for the pages to start outside Office (the host is then "not Word"). */
const OFFICE_STUB = `window.Office = {
  HostType: { Word: "Word" },
  context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function () { return false; } } },
  actions: { associate: function (name) { window.associated = name; } },
  onReady: function (cb) { setTimeout(function () { cb && cb({ host: null, platform: null }); }, 0);
    return Promise.resolve({ host: null, platform: null }); }
};`;

describeE2E("CSP, keyboard and accessibility in Chromium", () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let closeChromium: () => Promise<void>;
  /** CSP violations and page errors, from every page this test opens. */
  const problems: string[] = [];

  const open = async (url: string): Promise<Page> => {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`${url}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${url}: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`Refused to load (CSP): ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(url);
    return page;
  };

  beforeAll(async () => {
    ({ server, url: base } = await servePages(dist));
    ({ context, close: closeChromium } = await launchChromium("csp", {
      viewport: { width: 1400, height: 900 },
    }));
    // office.js comes from Microsoft's CDN in Office; here a stub answers for it
    await context.route(`${OFFICE_ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: "application/javascript", body: OFFICE_STUB }),
    );
  }, 600_000); // webpack builds four pages, two workers and the workbook chunk: slow on a shared machine

  afterAll(async () => {
    await closeChromium?.();
    server?.close();
  });

  it.each(["taskpane", "commands", "demo", "review"])(
    "builds %s.html with a strict CSP first in <head>",
    (name) => {
      const html = readFileSync(path.join(dist, `${name}.html`), "utf8");
      const policy =
        /<head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
          html,
        )?.[1];
      expect(policy).toBeDefined();
      const directives = new Map(
        (policy as string).split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const),
      );
      const scripts = directives.get("script-src") ?? [];
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(directives.get("default-src")).toEqual(["'self'"]);
      // only our own files, office.js's host where the page loads office.js, and hashed inline scripts
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
      );
      const office = !["demo", "review"].includes(name);
      expect(scripts).toEqual(["'self'", ...(office ? [OFFICE_ORIGIN] : []), ...inline]);
      expect(html.includes("<script src=https://") ? 1 : 0).toBe(office ? 1 : 0);
    },
  );

  it("runs the task pane and the ribbon command page under their CSP", async () => {
    const pane = await open(`${base}taskpane.html`);
    // the ES2020 probe passed and the bundle ran: the pane says it is not in Word, not "too old"
    await pane.getByText(/Word/).first().waitFor();
    expect(await pane.locator("#legacy").isVisible()).toBe(false);
    expect(await pane.locator("#container").innerText()).not.toBe("");
    await pane.screenshot({ path: path.join(artifacts, "csp-taskpane.png") });
    await pane.close();

    const commands = await open(`${base}commands.html`);
    await commands.waitForFunction(() => (window as unknown as { associated?: string }).associated);
    await commands.close();
  });

  it("shows the old-Office message, not a blank pane, where the ES2020 probe cannot run", async () => {
    // an engine that cannot parse modern-check.js never sets the flag: as if the file did not run
    const page = await context.newPage();
    await page.route("**/modern-check.js", (route) =>
      route.fulfill({ contentType: "application/javascript", body: "" }),
    );
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${base}taskpane.html`);
    await page.locator("#legacy").waitFor({ state: "visible" });
    expect(await page.locator("#legacy").innerText()).toContain("您的 Word 版本太旧");
    expect(await page.locator("#container").isVisible()).toBe(false);
    // the pane's own bundle was never fetched, so nothing an old engine cannot parse ran
    expect(scripts.filter((s) => /taskpane.*\.js$/.test(s))).toEqual([]);
    await page.close();
  });

  it("is keyboard-usable: Tab to 检查我的报告, Enter, focus on the results, Enter on 定位", async () => {
    const page = await open(`${base}demo.html`);
    await openInDemo(page, largest);
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    for (let i = 0; i < 30 && (await focusedName()) !== "检查我的报告"; i++) await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("检查我的报告");
    await page.keyboard.press("Enter");
    await resultsShown(page);
    // after a check, focus moves to the counts headline so a screen reader reads the result
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "counts");
    for (let i = 0; i < 60 && (await focusedName()) !== "定位"; i++) await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("定位");
    // the focused button shows Fluent's focus ring
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const after = getComputedStyle(el, "::after");
      return `${getComputedStyle(el).outlineStyle} ${after.borderTopStyle} ${after.content}`;
    });
    expect(outline).toMatch(/solid|auto/);
    const described = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute("aria-describedby");
      return id ? (document.getElementById(id)?.textContent ?? "") : "";
    });
    expect(described.length).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.getByTestId("document").locator("[data-focus]").waitFor();
    await page.screenshot({ path: path.join(artifacts, "keyboard-located.png") });
    await page.close();
  });

  it.each(["light", "dark", "hc"])(
    "has no serious or critical axe-core violations in the %s theme, before and after a check",
    async (theme) => {
      const page = await open(`${base}demo.html${theme === "light" ? "" : `?theme=${theme}`}`);
      await page.getByTestId("doc-name").waitFor();
      const before = await seriousViolations(page);
      await openInDemo(page, largest);
      await page.getByRole("button", { name: "检查我的报告" }).click();
      await resultsShown(page);
      // audit the settled page: no hover, no Spinner, Fluent's colour transitions over
      await page.mouse.move(0, 0);
      await page.waitForFunction(() => !document.querySelector(".fui-Spinner"));
      await page.waitForTimeout(500);
      const after = await seriousViolations(page);
      await page.screenshot({ path: path.join(artifacts, `axe-${theme}.png`), fullPage: true });
      await page.close();
      expect({ before, after }).toEqual({ before: [], after: [] });
    },
  );

  it("checks the largest fixture in a moment, in the engine worker, with the Spinner painted first", async () => {
    const page = await open(`${base}demo.html`);
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
    await openInDemo(page, largest);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; spinner: boolean };
      w.longest = 0;
      w.spinner = false;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: "longtask" });
      new MutationObserver(() => {
        if (document.querySelector("[role=progressbar], .fui-Spinner")) w.spinner = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.getByRole("button", { name: "检查我的报告" }).click();
    await resultsShown(page);
    // and once more, warm, as a clerk does after correcting the document
    await page.getByRole("button", { name: "重新检查" }).click();
    await page.waitForFunction(() => performance.getEntriesByName("report-check:check").length === 2);
    await page.getByRole("button", { name: "重新检查" }).waitFor();
    const figures = await page.evaluate(() => {
      const w = window as unknown as { longest: number; spinner: boolean };
      const [cold, warm] = performance.getEntriesByName("report-check:check").map((e) => e.duration);
      return { cold, warm, longestTask: w.longest, spinner: w.spinner };
    });
    console.log(
      `browser check of seed-001.docx: engine ${figures.cold.toFixed(1)} ms cold, ${figures.warm.toFixed(1)} ms warm; longest task ${figures.longestTask.toFixed(0)} ms`,
    );
    expect(figures.spinner).toBe(true);
    // the engine ran in its worker (under the page's CSP), started once for both checks
    expect(workers).toEqual([expect.stringMatching(/^\/report-check-engine\.[0-9a-f]{8}\.js$/)]);
    // "a moment": the longest time the page could not answer a click, engine included
    expect(figures.longestTask).toBeLessThan(250);
    await page.close();
  });

  it("hit no CSP violation and no page error on any page", () => {
    expect(problems).toEqual([]);
  });
});
