import type { BoundCell } from "../types";
import { templateCells, type TableBinding } from "./binding";

/**
 * How a table was filled in: `unfilled`, every value cell blank; `totalsOnly`, a table with a
 * 总计 column (表三, 表四) whose figures are there alone — some total a number other than 0,
 * every other value cell blank, a clerk who filled in the totals and none of their parts; else
 * `filled`. Worked out once a table.
 */
export function fillingOf(binding: TableBinding): Filling {
  let filling = fillings.get(binding);
  if (filling === undefined) {
    let anyFilled = false;
    let total = false;
    let partFilled = false;
    for (const cell of binding.cells.values()) {
      if (cell.value.kind === "blank") continue;
      anyFilled = true;
      if (cell.key.column !== "total") partFilled = true;
      else if (cell.value.kind === "number" && cell.value.value !== 0) total = true;
    }
    filling = !anyFilled ? "unfilled" : total && !partFilled ? "totalsOnly" : "filled";
    fillings.set(binding, filling);
  }
  return filling;
}

export type Filling = "unfilled" | "totalsOnly" | "filled";
const fillings = new WeakMap<TableBinding, Filling>();

/**
 * True for a table of totals alone: its sums of parts are table-unfilled's to report, once, not
 * the sum rules' on every row.
 */
export const holdsTotalsAlone = (binding: TableBinding): boolean => fillingOf(binding) === "totalsOnly";

/**
 * The value cells holding several figures apart ("38 6", "0 1 3"): a table rebuilt from a PDF's
 * text, its columns run together where the text had too little space between them. One or two
 * such cells are slips; three or more, and no figure of the table is in its own column.
 */
export function runTogether(binding: TableBinding): readonly BoundCell[] {
  let cells = runTogetherOf.get(binding);
  if (!cells) {
    cells = [...binding.cells.values()].filter(
      (cell) => cell.value.kind === "text" && holdsSeveralFigures(cell.text),
    );
    runTogetherOf.set(binding, cells);
  }
  return cells;
}

/**
 * True when a table's figures ran together (runTogether): three such cells, or one in a table
 * some of whose cells could not be placed at all. Its sums mean nothing, and say nothing.
 */
export function figuresRunTogether(binding: TableBinding): boolean {
  const count = runTogether(binding).length;
  return count >= 3 || (count >= 1 && binding.cells.size < templateCells(binding.table).flat().length);
}

// figures apart on one line: two paragraphs in a cell ("1856", "2") are a clerk's, not a PDF's
const SEVERAL = /^\s*\d+(?:\.\d+)?(?:[ \u00a0\u3000]+\d+(?:\.\d+)?)+\s*$/;

/** Whether a cell's text is figures run together ("0 1 3"): a value cell's, though not a number. */
export const holdsSeveralFigures = (text: string): boolean => SEVERAL.test(text);
const runTogetherOf = new WeakMap<TableBinding, readonly BoundCell[]>();
