import type { TableBinding } from "./binding";

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
