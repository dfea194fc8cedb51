import type { CellKey } from "../engine/types";
import type { TableTemplate } from "./types";

/** One concrete sum relation: `sum(left) = sum(right)`, reported on the cell `at`. */
export interface Equation {
  readonly rule: string;
  readonly basis: string;
  /** The row or column key the relation was repeated over. */
  readonly along: "row" | "column";
  readonly each: string;
  readonly at: CellKey;
  readonly left: readonly CellKey[];
  readonly right: readonly CellKey[];
}

/**
 * Expands a table's sum templates into one equation per row or column.
 * @example equationsOf(table3).find(e => e.rule === "balance" && e.each === "natural")
 *   //=> at table3/carried_forward/natural, left new_received+carried_over, right r7_total+carried_forward
 */
export function equationsOf(table: TableTemplate): readonly Equation[] {
  let equations = expanded.get(table);
  if (!equations) expanded.set(table, (equations = expand(table)));
  return equations;
}

// templates are constant data: each is expanded once
const expanded = new WeakMap<TableTemplate, readonly Equation[]>();

function expand(table: TableTemplate): readonly Equation[] {
  const cell = (row: string, column: string): CellKey => ({ table: table.key, row, column });
  return table.sums.flatMap((sum) =>
    sum.each.map((each): Equation => {
      if (sum.along === "row") {
        return {
          rule: sum.rule,
          basis: sum.basis,
          along: "row",
          each,
          at: cell(each, sum.total),
          left: [cell(each, sum.total)],
          right: sum.parts.map((c) => cell(each, c)),
        };
      }
      return {
        rule: sum.rule,
        basis: sum.basis,
        along: "column",
        each,
        at: cell(sum.at, each),
        left: sum.left.map((r) => cell(r, each)),
        right: sum.right.map((r) => cell(r, each)),
      };
    }),
  );
}
