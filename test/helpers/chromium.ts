/**
 * Debian's Chromium, driven by playwright-core (no browser download): the end-to-end tests and
 * bench/pane-speed.ts open their pages in it, and a report in the demo page.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** Headless, no sandbox (a container), no GPU and none of the browser's own traffic. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];

export interface LaunchOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  /** More command-line switches, after the usual ones. */
  readonly args?: readonly string[];
  readonly acceptDownloads?: boolean;
}

/** A Chromium in Chinese with a profile of its own (a temporary folder named after `name`), which `close` removes. */
export async function launchChromium(
  name: string,
  { viewport, args = [], acceptDownloads }: LaunchOptions,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), `report-check-${name}-`));
  const remove = () => rmSync(profile, { recursive: true, force: true });
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...ARGS, ...args],
      viewport,
      locale: "zh-CN",
      ...(acceptDownloads ? { acceptDownloads } : {}),
    });
    return { context, close: () => context.close().finally(remove) };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Opens `file` through the demo page's file input once the page is ready, and waits until the page names it. */
export async function openInDemo(page: Page, file: string): Promise<void> {
  await page.getByTestId("doc-name").waitFor();
  await page.getByTestId("open-docx").setInputFiles(file);
  await page
    .getByTestId("doc-name")
    .filter({ hasText: path.basename(file) })
    .waitFor();
}

/** The pane's results in full: its first card comes first, the rest just after (the list `aria-busy` meanwhile). */
export async function resultsShown(page: Page): Promise<void> {
  await page.getByTestId("counts").waitFor();
  await page.waitForFunction(() => !document.querySelector("[data-testid=findings][aria-busy]"));
}
