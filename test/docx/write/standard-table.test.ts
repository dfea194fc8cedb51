import { readDocx } from "../../../src/docx";
import {
  reportTemplateDocx,
  standardTable,
  writeDocx,
  emptyParagraph,
  parseTag,
} from "../../../src/docx/write";
import { check, type SnapshotTable } from "../../../src/engine";
import { format2019, format2021, officialGrid, type FormatTemplate } from "../../../src/template";
import { consistentValues, id } from "./values";

const tablesOf = (bytes: Uint8Array): SnapshotTable[] =>
  readDocx(bytes).blocks.filter((b): b is SnapshotTable => b.kind === "table");

describe.each([
  ["2021", format2021, 2024],
  ["2019", format2019, 2020],
] as [string, FormatTemplate, number][])("the standard tables of the %s format", (_id, format, year) => {
  it.each(format.tables.map((t) => [t.key, t] as const))(
    "writes %s with exactly the official grid: every cell, merge and label",
    (_key, table) => {
      const [read] = tablesOf(writeDocx(standardTable(table) + emptyParagraph()));
      const grid = officialGrid(table);
      expect({ rows: read.rowCount, cols: read.colCount }).toEqual({
        rows: grid.rowCount,
        cols: grid.colCount,
      });
      expect(
        read.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text })),
      ).toEqual(
        grid.cells.map(({ row, col, rowSpan, colSpan, text, value }) => ({
          row,
          col,
          rowSpan,
          colSpan,
          text: value ? "0" : text,
        })),
      );
    },
  );

  it("writes a blank report whose value cells all bind, hold 0 and break no rule", () => {
    const result = check(readDocx(reportTemplateDocx(year, { format })));
    expect(result.format).toBe(format.id);
    expect(result.year).toBe(year);
    expect(result.sections.every((s) => s.found)).toBe(true);
    for (const t of result.tables) expect(t.bound).toBe(t.expected);
    expect(result.cells.length).toBe(
      format.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.columns.length, 0), 0),
    );
    expect(result.cells.every((c) => c.text === "0")).toBe(true);
    expect(result.findings.filter((f) => f.rule !== "template-leftover")).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])(
    "binds every value written (random consistent values, seed %i) and finds nothing",
    (seed) => {
      const values = consistentValues(format, seed);
      const bytes = reportTemplateDocx(year, { format, value: (k) => values.get(id(k.row, k.column)) });
      const result = check(readDocx(bytes));
      expect(result.cells).toHaveLength(values.size);
      for (const cell of result.cells) expect(cell.text).toBe(values.get(id(cell.key.row, cell.key.column)));
      expect(result.findings.filter((f) => f.rule !== "template-leftover")).toEqual([]);
    },
  );
});

describe("standardTable", () => {
  const table3 = format2021.tables.find((t) => t.key === "table3")!;

  it("wraps the table in a content control tagged with the table key", () => {
    const xml = standardTable(table3);
    const tag = /<w:tag w:val="([^"]+)"\/>/.exec(xml)?.[1];
    expect(parseTag(tag)).toEqual({ kind: "table", table: "table3" });
    expect(xml.startsWith("<w:sdt>")).toBe(true);
    expect(standardTable(table3, { contentControl: false }).startsWith("<w:tbl>")).toBe(true);
  });

  it("writes blank cells when asked and escapes what it writes", () => {
    const xml = standardTable(table3, {
      value: (row) => (row === "r1_open" ? "" : row === "r2_partial" ? "<&>" : undefined),
    });
    const [read] = tablesOf(writeDocx(xml + emptyParagraph()));
    const text = (row: number) => read.cells.filter((c) => c.row === row && c.col >= 3).map((c) => c.text);
    expect(text(5)).toEqual(["", "", "", "", "", "", ""]);
    expect(text(6)).toEqual(new Array(7).fill("<&>"));
    expect(text(3)).toEqual(new Array(7).fill("0"));
  });

  it("gives the grid columns the width of a page's text area and every cell its width", () => {
    const xml = standardTable(table3);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(10);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8306);
    expect(xml.match(/<w:tc>/g)!.length).toBe(xml.match(/<w:tcW /g)!.length);
  });

  it("repeats table3's three header rows on every page", () => {
    expect(standardTable(table3).match(/<w:tblHeader\/>/g)).toHaveLength(3);
  });
});
