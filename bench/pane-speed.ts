/**
 * `npx ts-node --transpile-only bench/pane-speed.ts` (after `npm run build`): how the pane feels,
 * in Debian's Chromium (playwright-core, no browser download), on the demo page, which runs the
 * pane's App and engine worker on a rendered .docx. For each seed: from the click on 检查我的报告
 * to the first finding card on screen, on a fresh page (the worker started by the click); the longest main-thread task around the check (PerformanceObserver "longtask":
 * the browser reports only tasks of 50 ms or more); and whether the page fetched OpenCC's chunk.
 * BEFORE=<another build> measures it too, alternating run by run with this one, so both see the
 * same load; SHOTS=<folder> saves a screenshot of each build's page after checking each seed.
 * THROTTLE=4 slows the page's CPU four times (Chromium's own throttling, DevTools' "4× slowdown"):
 * a slow PC, and tasks long enough to be seen whatever else the machine is running.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { serveStatic } from "../src/demo/serve";
import { CHROMIUM, hasChromium, launchChromium, openInDemo, resultsShown } from "../test/helpers/chromium";

const root = path.resolve(__dirname, "..");
/** The build to serve: dist/, or another (DIST=…); BEFORE=… adds an earlier build, run alternately. */
const builds = [
  ...(process.env.BEFORE ? [{ name: "before", dist: process.env.BEFORE }] : []),
  { name: process.env.BEFORE ? "after" : "", dist: process.env.DIST ?? path.join(root, "dist") },
];
const shots = process.env.SHOTS;
const seeds = readdirSync(path.join(root, "test/fixtures/docx"))
  .filter((f) => /^seed-\d+\.docx$/.test(f))
  .map((f) => path.join(root, "test/fixtures/docx", f));
const RUNS = Number(process.env.RUNS) || 5;
const THROTTLE = Number(process.env.THROTTLE) || 1;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In the page: times the next click on the check button to the first finding card. */
function armTimer(): void {
  const w = window as unknown as { shown?: Promise<number>; longest?: [number, number]; clicked?: number };
  w.longest = [0, 0];
  w.clicked = 0;
  new PerformanceObserver((list) => {
    // entries arrive after their task: one that ended before the click is not the check's (it
    // is Playwright finding the button, 60 ms with the CPU slowed 4×)
    for (const e of list.getEntries())
      if (w.clicked && e.startTime + e.duration > w.clicked && e.duration > w.longest![0])
        w.longest = [e.duration, e.startTime - w.clicked];
  }).observe({ type: "longtask" });
  w.shown = new Promise((resolve) => {
    let clicked = 0;
    const click = () => (clicked = w.clicked = performance.now());
    document.addEventListener("click", click, { capture: true, once: true });
    const seen = new MutationObserver(() => {
      // a card on screen: not one of the pane's hidden warm-up (see WarmUp.tsx)
      const shown = [...document.querySelectorAll("[data-rule]")].some((e) => !e.closest("[hidden]"));
      if (clicked && shown) {
        seen.disconnect();
        resolve(performance.now() - clicked);
      }
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
}

async function clickToFinding(
  page: Page,
): Promise<{ ms: number; engine: number; longest: readonly [number, number] }> {
  await page.evaluate(armTimer);
  await page.getByRole("button", { name: "检查我的报告" }).click();
  const ms = await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
  await resultsShown(page);
  await page.waitForTimeout(200); // the rendering's marks, and any long task still being reported
  // the longest task after the click, and when it started (ms after the click)
  const longest = await page.evaluate(() => (window as unknown as { longest: [number, number] }).longest);
  // the demo's own measure: the check in its worker, messaging (and OpenCC's chunk) included
  const engine = await page.evaluate(
    () => performance.getEntriesByName("report-check:check").slice(-1)[0]?.duration ?? NaN,
  );
  return { ms, engine, longest };
}

/** One build's figures for one seed. */
interface Tally {
  shown: number[];
  engine: number[];
  /** The longest task of each run (0: none of 50 ms or more), and the longest of all. */
  tasks: number[];
  longest: readonly [number, number];
  opencc: boolean;
}

async function measureOnce(page: Page, url: string, file: string, tally: Tally): Promise<void> {
  const fetched: string[] = [];
  const onRequest = (r: { url(): string }) => fetched.push(r.url());
  page.on("request", onRequest);
  await page.goto(`${url}demo.html`);
  await openInDemo(page, file);
  const first = await clickToFinding(page);
  page.off("request", onRequest);
  tally.shown.push(first.ms);
  tally.engine.push(first.engine);
  tally.tasks.push(first.longest[0]);
  if (first.longest[0] > tally.longest[0]) tally.longest = first.longest;
  tally.opencc ||= fetched.some((u) => /\/opencc\.[0-9a-f]+\.js$/.test(u));
}

function report(name: string, t: Tally): string {
  const over = t.tasks.filter((x) => x > 0).length;
  const task = t.longest[0]
    ? `${t.longest[0].toFixed(0)} ms (from ${t.longest[1].toFixed(0)} ms after the click; ` +
      `${over} of ${t.tasks.length} runs had one over 50 ms; median of the runs ` +
      `${median(t.tasks) ? `${median(t.tasks).toFixed(0)} ms` : "none over 50 ms"})`
    : "none over 50 ms";
  return (
    `   ${name} ${median(t.shown).toFixed(0).padStart(4)} ms (the check in its worker ` +
    `${median(t.engine).toFixed(0)} ms); longest task ${task}; OpenCC ${t.opencc ? "fetched" : "not fetched"}`
  );
}

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing`);
  for (const b of builds)
    if (!existsSync(path.join(b.dist, "demo.html")))
      throw new Error(`${b.dist}: run \`npm run build\` first`);
  const served = await Promise.all(builds.map((b) => serveStatic(b.dist)));
  const { context, close } = await launchChromium("pane-speed", { viewport: { width: 1366, height: 768 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (THROTTLE > 1)
      await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    console.log(
      `点击到第一条结果 / click to the first finding, demo page in Chromium, median of ${RUNS}` +
        (THROTTLE > 1 ? `, CPU slowed ${THROTTLE}×` : ""),
    );
    for (const file of seeds) {
      const tallies: Tally[] = builds.map(() => ({
        shown: [],
        engine: [],
        tasks: [],
        longest: [0, 0],
        opencc: false,
      }));
      for (let run = 0; run < RUNS; run++)
        for (const [i, b] of builds.entries()) {
          await measureOnce(page, served[i].url, file, tallies[i]);
          if (shots && run === 0) {
            await page.waitForTimeout(500); // focus moved, nothing still drawing
            await page.screenshot({
              path: path.join(shots, `${b.name || "pane"}-${path.basename(file, ".docx")}.png`),
            });
          }
        }
      for (const [i, b] of builds.entries())
        console.log(
          report(`${path.basename(file).padEnd(14)}${b.name ? ` ${b.name.padEnd(6)}` : ""}`, tallies[i]),
        );
    }
  } finally {
    await close();
    for (const { server } of served) server.close();
  }
}

void main();
