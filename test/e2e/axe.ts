/** axe-core in a playwright page, for the end-to-end tests' accessibility audits. */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Audit {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. Tabster's focus guards
 * (`<i data-tabster-dummy tabindex=0 aria-hidden=true>`, which Fluent UI's grid and dialog add and
 * which hand focus on at once) are left out of aria-hidden-focus, as Accessibility Insights does
 * (microsoft/tabster#288: a known false positive).
 */
export async function seriousViolations(page: Page): Promise<Audit[]> {
  // evaluated by the DevTools protocol, which the page's CSP does not govern
  await page.evaluate(axeSource);
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe;
    const { violations } = await axe.run({ resultTypes: ["violations"] });
    return violations.map((v) => {
      const r = v as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; html: string }[];
      };
      const nodes = r.nodes.filter(
        (n) => r.id !== "aria-hidden-focus" || !n.html.includes("data-tabster-dummy"),
      );
      return { id: r.id, impact: r.impact, help: r.help, nodes: nodes.map((n) => n.target.join(" ")) };
    });
  })) as Audit[];
  return found.filter((v) => (v.impact === "serious" || v.impact === "critical") && v.nodes.length > 0);
}
