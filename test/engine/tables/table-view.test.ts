import fc from "fast-check";
import type { SnapshotCell } from "../../../src/engine";
import { labelKey } from "../../../src/engine/normalise";
import { templateCells, cellId, columnsOf } from "../../../src/engine/tables/binding";
import { viewTable } from "../../../src/engine/tables/table-view";
import { parseCellValue } from "../../../src/engine/values";
import { formats } from "../../../src/template";
import { tableOf } from "../../helpers/snapshot";

const TEXTS = ["", "12", " 3 ", "/", "无", "一、办理结果", "（三）不予公开", "12件", "1 1", "合计"];

/** Cells of a small grid, some off it (a column past the grid's width, a negative row) and some sharing a position. */
const cells = fc.array(
  fc.record({
    row: fc.integer({ min: -1, max: 4 }),
    col: fc.integer({ min: 0, max: 5 }),
    rowSpan: fc.integer({ min: 0, max: 3 }),
    colSpan: fc.integer({ min: 1, max: 2 }),
    text: fc.constantFrom(...TEXTS),
  }),
  { maxLength: 20 },
);

describe("viewTable", () => {
  it("gives every cell, of the table or not, its label key and value as reading its text does", () => {
    fc.assert(
      fc.property(cells, fc.constantFrom(...TEXTS), (grid, foreign) => {
        const table = tableOf(grid, 4, 4);
        const view = viewTable(table, 0, 0);
        const other: SnapshotCell = { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: foreign, ref: {} };
        for (const cell of [...table.cells, other, ...table.cells]) {
          expect(view.keyOf(cell)).toBe(labelKey(cell.text));
          expect(view.valueOf(cell)).toEqual(parseCellValue(cell.text));
        }
      }),
    );
  });
});

describe("templateCells", () => {
  it("holds each template value cell, row by row, with its id and its column", () => {
    for (const format of formats)
      for (const table of format.tables) {
        const byRow = templateCells(table);
        expect(byRow.map((row) => row.map((c) => [c.row, c.column]))).toEqual(
          table.rows.map((row) => row.columns.map((column) => [row.key, column])),
        );
        for (const cell of byRow.flat()) {
          expect(cell.id).toBe(cellId(cell.row, cell.column));
          expect(cell.template).toBe(columnsOf(table).get(cell.column));
        }
      }
  });
});
