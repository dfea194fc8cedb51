/**
 * The annotated and the fixed copy of a report as LibreOffice reads them: the annotated copy has
 * every comment (author 年报校验) and the shading, the fixed copy opens and shows the new values.
 * A page of the annotated sample is kept as test-artifacts/annotated-sample.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readDocx } from "../../../src/docx";
import { annotateDocx, annotationOf, applyFixesToDocx, commentText } from "../../../src/docx/write";
import { check } from "../../../src/engine";
import { officialGrid, format2021 } from "../../../src/template";
import { MARK_COLORS } from "../../../src/word/plan-marks";
import { repairAll } from "./repair-plan";
import {
  convert,
  describeWithLibreOffice,
  htmlTables,
  odtComments,
  PDF_WITH_COMMENTS,
  renderPage,
} from "./libreoffice";

const root = path.resolve(__dirname, "../../..");
const artifacts = path.join(root, "test-artifacts");

describeWithLibreOffice("annotated and fixed copies in LibreOffice", () => {
  const bytes = new Uint8Array(readFileSync(path.join(root, "examples/sample-report.docx")));
  const result = check(readDocx(bytes));
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "copies-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens the annotated copy with one comment by 年报校验 per finding and the cells shaded", async () => {
    const file = path.join(dir, "annotated-sample.docx");
    writeFileSync(file, annotateDocx(bytes, annotationOf(result)).bytes);
    const comments = odtComments(convert(file, "fodt", dir)).filter((c) => c.author === "年报校验");
    expect(comments.map((c) => c.text)).toEqual(result.findings.map(commentText));
    const backgrounds = htmlTables(convert(file, "html", dir))
      .flat(2)
      .map((c) => c.background);
    expect(backgrounds).toContain(MARK_COLORS.error.toLowerCase());
    expect(backgrounds).toContain(MARK_COLORS.part.toLowerCase());
    mkdirSync(artifacts, { recursive: true });
    const pdf = convert(file, PDF_WITH_COMMENTS, dir);
    if (!(await renderPage(pdf, 2, path.join(artifacts, "annotated-sample.png"))))
      console.warn("annotated page not rendered: neither pdftoppm nor Chromium is installed");
  });

  it("opens the fixed copy and shows each value the fixes wrote", () => {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    const file = path.join(dir, "fixed-sample.docx");
    writeFileSync(file, applyFixesToDocx(bytes, fixes).bytes);
    const tables = htmlTables(convert(file, "html", dir));
    const fixedCells = fixes.filter((f) => f.op === "set-cell");
    for (const fix of fixedCells) {
      // the snapshot's cell grid is what LibreOffice shows: find the cell by its grid position
      const table = readDocx(bytes).blocks.filter((b) => b.kind === "table")[fix.ref.t as number];
      if (table?.kind !== "table") throw new Error("no table");
      const cell = table.cells.find((c) => JSON.stringify(c.ref) === JSON.stringify(fix.ref))!;
      const row = tables[fix.ref.t as number][cell.row];
      expect(row.map((c) => c.text)).toContain(fix.to);
    }
  });

  it("opens seed 002 repaired from the pane's plans with the official tables and section 四", async () => {
    const file = path.join(dir, "seed-002-repaired.docx");
    writeFileSync(
      file,
      repairAll(new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/seed-002.docx")))),
    );
    const html = convert(file, "html", dir);
    expect(readFileSync(html, "utf8")).toContain("四、政府信息公开行政复议、行政诉讼情况");
    const tables = htmlTables(html);
    expect(tables).toHaveLength(3);
    format2021.tables.forEach((table, i) => {
      const spans = (cells: { rowSpan: number; colSpan: number }[]) =>
        cells.map((c) => [c.rowSpan, c.colSpan]);
      const grid = officialGrid(table);
      expect(tables[i].map(spans)).toEqual(
        Array.from({ length: grid.rowCount }, (_, r) => spans(grid.cells.filter((c) => c.row === r))),
      );
    });
    const pdf = convert(file, "pdf", dir);
    if (!(await renderPage(pdf, 2, path.join(artifacts, "seed-002-repaired-libreoffice.png"))))
      console.warn("repaired page not rendered: neither pdftoppm nor Chromium is installed");
  });
});
