import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  DOCS_DIR,
  PROSE_HEADINGS,
  renderHeader,
  renderIndex,
  renderPage,
  splitPage,
} from "../../scripts/build-rule-docs";
import { rules } from "../../src/engine/rules";

const REGENERATE = "run `npx ts-node --transpile-only scripts/build-rule-docs.ts`";
const page = (id: string): string => readFileSync(join(DOCS_DIR, `${id}.md`), "utf8");

describe("the rule pages", () => {
  it("exist for every rule, and only for rules", () => {
    const pages = readdirSync(DOCS_DIR).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(pages.sort()).toEqual(rules.map((r) => `${r.id}.md`).sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s: the header is what the metadata gives now",
    (id, rule) => {
      expect(existsSync(join(DOCS_DIR, `${id}.md`))).toBe(true);
      const { header } = splitPage(page(id));
      if (header !== renderHeader(rule)) throw new Error(`docs/rules/${id}.md is out of date: ${REGENERATE}`);
    },
  );

  it.each(rules.map((r) => [r.id] as const))(
    "%s: the prose has the five headings in order and an English line",
    (id) => {
      const { prose } = splitPage(page(id));
      expect(prose.match(/^#{1,6} .*$/gm)).toEqual([...PROSE_HEADINGS]);
      expect(prose).not.toContain("（待补充）");
      expect(prose.trim().split("\n").pop()).toMatch(/^English: [A-Za-z]/);
    },
  );

  it("are regenerated with their prose kept", () => {
    const rule = rules[0];
    const text = page(rule.id);
    expect(renderPage(rule, text)).toBe(text);
    const stale = text.replace(rule.meta.description.zh, "旧的说明");
    expect(renderPage(rule, stale)).toBe(text);
  });

  it("start a new page with the five headings to fill in", () => {
    const { prose } = splitPage(renderPage(rules[0]));
    expect(prose.match(/^## .*$/gm)).toEqual([...PROSE_HEADINGS]);
  });
});

describe("the index docs/rules/README.md", () => {
  it("lists every rule as the metadata gives it now", () => {
    const index = readFileSync(join(DOCS_DIR, "README.md"), "utf8");
    if (index !== renderIndex(rules)) throw new Error(`docs/rules/README.md is out of date: ${REGENERATE}`);
    for (const r of rules) expect(index).toContain(`[${r.id}](${r.id}.md)`);
  });
});
