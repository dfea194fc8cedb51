/**
 * Golden tests: every .docx fixture (the five seeds, the damage patterns, the bundled sample),
 * read by our reader and checked, gives exactly the findings its sidecar lists
 * (test/fixtures/fixtures.json, written by scripts/build-fixtures.ts). The same holds for each
 * fixture as LibreOffice writes it (test/fixtures/docx-libreoffice, from
 * scripts/build-libreoffice-fixtures.ts): another word processor's markup, same report. And for
 * each fixture a government website publishes (test/fixtures/html) turned back into Word by
 * LibreOffice (test/fixtures/docx-web): the whole report inside the page's layout table.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../src/docx";
import { check, type CheckResult } from "../../src/engine";
import sidecar from "../fixtures/fixtures.json";

interface Expected {
  readonly rule: string;
  readonly severity: string;
  readonly section?: string;
  readonly table?: string;
  readonly row?: string;
  readonly column?: string;
}

const SECTION_OF: Readonly<Record<string, string>> = { table2: "s2", table3: "s3", table4: "s4" };
const root = join(__dirname, "../..");

const key = (f: Expected) =>
  [
    f.rule,
    f.severity,
    f.section ?? (f.table ? SECTION_OF[f.table] : ""),
    f.table ?? "",
    f.row ?? "",
    f.column ?? "",
  ].join(" ");

const read = (file: string) => readDocx(readFileSync(join(root, file)));
const results = new Map<string, CheckResult>();
/** The fixture checked, with last year's fixture as `previous` when it names one. */
function checked(file: string, previous?: string): CheckResult {
  let result = results.get(file);
  if (!result)
    results.set(
      file,
      (result = check(read(file), { strict: true, ...(previous ? { previous: read(previous) } : {}) })),
    );
  return result;
}

const asWritten = sidecar.fixtures.map((f) => [f.file.replace(/^.*\//, ""), f] as const);
const inLibreOffice = (file: string) => `test/fixtures/docx-libreoffice/${file.replace(/^.*\//, "")}`;
const byLibreOffice = asWritten.map(
  ([name, f]) =>
    [
      `${name} (LibreOffice)`,
      {
        ...f,
        file: inLibreOffice(f.file),
        ...("previous" in f && f.previous ? { previous: inLibreOffice(f.previous) } : {}),
      },
    ] as const,
);

const inWebPage = (file: string) => `test/fixtures/docx-web/${file.replace(/^.*\//, "")}`;
const byWebPage = asWritten
  .filter(([, f]) => existsSync(join(root, inWebPage(f.file))))
  .map(([name, f]) => [`${name} (a web page turned into Word)`, { ...f, file: inWebPage(f.file) }] as const);

it("has web pages turned into Word for the golden tests", () => {
  expect(byWebPage.map(([name]) => name)).toEqual([
    "clean-2021.docx (a web page turned into Word)",
    "pasted-lines.docx (a web page turned into Word)",
  ]);
});

describe.each([...asWritten, ...byLibreOffice, ...byWebPage])("%s", (_name, fixture) => {
  it("reports exactly the findings the fixture was built with", () => {
    const found = checked(fixture.file, "previous" in fixture ? fixture.previous : undefined)
      .findings.map((f) =>
        key({
          ...f,
          section: f.section ?? undefined,
          table: f.table ?? undefined,
          row: f.row ?? undefined,
          column: f.column ?? undefined,
        }),
      )
      .sort();
    expect(found).toEqual((fixture.expected.findings as Expected[]).map(key).sort());
  });

  it("reads the report's year and format", () => {
    const result = checked(fixture.file, "previous" in fixture ? fixture.previous : undefined);
    expect(result.year).toBe(fixture.year);
    if (fixture.expected.tablesMissing.length < 3) expect(result.format).toBe(fixture.format);
  });

  it("binds every value cell of every table it has", () => {
    const result = checked(fixture.file, "previous" in fixture ? fixture.previous : undefined);
    const missingRows = (fixture.expected.findings as Expected[]).filter(
      (f) => f.rule === "table-row-missing",
    ).length;
    for (const table of result.tables) {
      expect(table.found).toBe(!(fixture.expected.tablesMissing as string[]).includes(table.key));
      if (table.found && missingRows === 0) expect(table.bound).toBe(table.expected);
    }
  });
});
