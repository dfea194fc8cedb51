/**
 * Builds the .docx test fixtures with the `docx` library (an independent producer, not our own
 * writer) and test/fixtures/fixtures.json, the findings a correct checker must report for each.
 *
 *   npm run fixtures
 *
 * - test/fixtures/docx/seed-000.docx … seed-004.docx: the five seed dumps (test/fixtures/seeds)
 *   rebuilt with the official table layout and their damage;
 * - test/fixtures/docx/*.docx: a clean report and one kind of damage per file;
 * - examples/sample-report.docx: a realistic township report with a clerk's mistakes;
 * - test/fixtures/html/clean-2021.html: the clean report as a government website publishes it,
 *   for `--previous 上年报告.html`; pasted-lines.html, a page whose text is broken by <br>.
 *
 * The output is deterministic, so a rebuild leaves the committed files unchanged.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { catalogFixtures } from "./fixtures/catalog";
import { type Fixture, type FixtureEntry, entry } from "./fixtures/fixture";
import { renderDocx } from "./fixtures/render";
import { renderHtml } from "./fixtures/render-html";
import { seedFixtures } from "./fixtures/seeds";

export { renderDocx } from "./fixtures/render";
export type { Fixture, FixtureEntry } from "./fixtures/fixture";

export const ROOT = join(__dirname, "..");
export const FIXTURES_JSON = "test/fixtures/fixtures.json";
const HTML_DIR = "test/fixtures/html";
/** The fixtures also published as web pages: the clean report, and one whose text a site's editor broke with <br>. */
const WEB_PAGES = ["clean-2021", "pasted-lines"];

const ABOUT = [
  "Fixtures built by scripts/build-fixtures.ts (npm run fixtures); do not edit by hand.",
  "expected.findings: section, heading, label and outdated-format findings are declared by the builder;",
  "table-missing, table-row-missing, cell-* and sum findings are computed from the cells written to the .docx",
  "(blank and placeholder cells count as 0 in sums), so they include every knock-on effect of a damage.",
  "Findings are sorted by section, then table, row, column, rule. Omitted keys mean 'not applicable'.",
];

/** Every fixture: the seeds first, then the damage patterns and the example report. */
export function buildFixtures(root: string = ROOT): Fixture[] {
  return [...seedFixtures(root), ...catalogFixtures()];
}

/** The content of fixtures.json. */
export function fixturesJson(fixtures: readonly Fixture[]): string {
  const entries: FixtureEntry[] = fixtures.map(entry);
  return `${JSON.stringify({ about: ABOUT, fixtures: entries }, null, 2)}\n`;
}

export async function writeFixtures(root: string = ROOT): Promise<void> {
  const fixtures = buildFixtures(root);
  for (const f of fixtures) {
    const path = join(root, f.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await renderDocx(f.doc));
    console.log(`wrote ${f.file}`);
  }
  mkdirSync(join(root, HTML_DIR), { recursive: true });
  for (const name of WEB_PAGES) {
    const page = fixtures.find((f) => f.file.endsWith(`/${name}.docx`))!;
    writeFileSync(join(root, HTML_DIR, `${name}.html`), renderHtml(page.doc, "2024-01-26"));
    console.log(`wrote ${HTML_DIR}/${name}.html`);
  }
  writeFileSync(join(root, FIXTURES_JSON), fixturesJson(fixtures));
  console.log(`wrote ${FIXTURES_JSON} (${fixtures.length} fixtures)`);
}

if (require.main === module) {
  writeFixtures().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
