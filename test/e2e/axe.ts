/** axe-core in a page under test: its serious and critical violations. */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Audit {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function audit(page: Page): Promise<Audit[]> {
  // evaluated by the DevTools protocol, which the page's CSP does not govern
  await page.evaluate(axeSource);
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe;
    const { violations } = await axe.run({ resultTypes: ["violations"] });
    return violations.map((v) => {
      const r = v as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
      return { id: r.id, impact: r.impact, help: r.help, nodes: r.nodes.map((n) => n.target.join(" ")) };
    });
  })) as Audit[];
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}
