/**
 * The letters as LibreOffice reads them: one A4 page, even for the report with the most findings,
 * with the unit's name and each problem's place and fix in the text. The first page is rendered
 * to test-artifacts/letter-*.png to be looked at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { letterDocx } from "../../src/review/letter-docx";
import { letterContent } from "../../src/review/letter-items";
import { convert, describeWithLibreOffice, renderPage } from "../docx/write/libreoffice";

const root = path.resolve(__dirname, "../..");
const artifacts = path.join(root, "test-artifacts");

/** Pages of a PDF LibreOffice wrote: its page objects. */
const pageCount = (pdf: string): number =>
  readFileSync(pdf, "latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describeWithLibreOffice("letters through LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "report-check-letters-"));
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["seed-002", "sum-errors", "seed-000"])(
    "%s: one page, addressed to the unit, each problem with its place and fix",
    async (name) => {
      const file = path.join(root, "test/fixtures/docx", `${name}.docx`);
      const result = check(readDocx(readFileSync(file)));
      const docx = path.join(dir, `letter-${name}.docx`);
      writeFileSync(docx, await letterDocx({ file, result, error: null }, { date: new Date(2025, 2, 10) }));
      const pdf = convert(docx, "pdf", dir);
      expect(pageCount(pdf)).toBe(1);
      const text = readFileSync(convert(docx, "txt:Text (encoded):UTF8", dir), "utf8").replace(/^\uFEFF/, "");
      expect(text).toContain(`${result.agency}：`);
      expect(text).toContain("2025年3月10日");
      for (const item of letterContent(result.findings).items) {
        expect(text).toContain(item.place);
        expect(text).toContain(item.fix);
      }
      await renderPage(pdf, 1, path.join(artifacts, `letter-${name}.png`));
    },
    180_000,
  );
});
