import { equationsOf, type Equation, type TableTemplate } from "../../../template";
import { columnName, rowName, shortTableName } from "../../describe";
import { suspectReport } from "../../diagnose/suspect-report";
import type { Rule, RuleContext, RuleMeta } from "../../rule";
import { equationIds, type TableBinding } from "../../tables/binding";
import { figuresRunTogether } from "../../tables/filling";
import type { CellKey, Fix } from "../../types";

/** One term of a sum as the pane shows it: its short name and the value counted. */
export interface Term {
  readonly label: string;
  readonly value: number;
  /** True when the cell is blank or a placeholder, counted as 0. */
  readonly blank: boolean;
}

const EPSILON = 1e-9;

/**
 * A rule that evaluates the sum relations the template declares under its id. An equation with
 * a cell that is not bound, or holds text, is not evaluated: those cells are reported by their
 * own rules. Blank and placeholder cells count as 0 and the finding says so.
 */
export function sumRule(
  id: string,
  meta: Omit<RuleMeta, "fixable">,
  /** Tables whose sums of this rule say nothing another rule does not say better. */
  skip: (binding: TableBinding) => boolean = () => false,
): Rule {
  return {
    id,
    meta: { ...meta, fixable: "suggestion" },
    check(context: RuleContext) {
      for (const binding of context.tables.values()) {
        // a table whose figures ran together has no column to sum (table-run-together)
        if (figuresRunTogether(binding) || skip(binding)) continue;
        for (const equation of equationsOf(binding.table)) {
          if (equation.rule === id) checkEquation(context, binding, equation);
        }
      }
    },
  };
}

function checkEquation(context: RuleContext, binding: TableBinding, equation: Equation): void {
  const ids = equationIds(equation);
  // most sums cannot be evaluated or hold: decided before anything is built for a finding,
  // each side summed in the order of its terms, as the finding shows them
  let leftSum = 0;
  let rightSum = 0;
  for (let i = 0; i < ids.terms.length; i++) {
    const cell = binding.cells.get(ids.terms[i]);
    if (!cell || cell.value.kind === "text") return;
    const value = cell.value.kind === "number" ? cell.value.value : 0;
    if (i < equation.left.length) leftSum += value;
    else rightSum += value;
  }
  if (Math.abs(leftSum - rightSum) < EPSILON) return;
  reportUnequal(context, binding, equation, leftSum, rightSum);
}

/** The rare path, kept out of the sum loop so the compiler does not inline it there. */
function reportUnequal(
  context: RuleContext,
  binding: TableBinding,
  equation: Equation,
  leftSum: number,
  rightSum: number,
): void {
  // the terms reached by index, as checkEquation summed them: every one is bound
  const ids = equationIds(equation);
  const keys = ids.keys;
  const left: Term[] = [];
  const right: Term[] = [];
  const blanks: CellKey[] = [];
  for (let i = 0; i < keys.length; i++) {
    const v = binding.cells.get(ids.terms[i])!.value;
    const term: Term = {
      label: termLabel(binding.table, equation, keys[i]),
      value: v.kind === "number" ? v.value : 0,
      blank: v.kind !== "number",
    };
    (i < equation.left.length ? left : right).push(term);
    if (term.blank) blanks.push(keys[i]);
  }
  const at = binding.cells.get(ids.at)!;
  const atValue = at.value.kind === "number" ? at.value.value : 0;
  const onLeft = equation.left.some((k) => k.row === equation.at.row && k.column === equation.at.column);
  const expected = round(onLeft ? rightSum - (leftSum - atValue) : leftSum - (rightSum - atValue));
  // a total whose every part is blank is the only figure written: its parts were never filled
  // in, and the sum of blanks is no value to put in its place
  const partsBlank = blanks.length === keys.length - 1 && at.value.kind === "number";
  const suggestions: Fix[] =
    expected >= 0 && Number.isInteger(expected) && !partsBlank
      ? [{ op: "set-cell", at: equation.at, ref: at.ref, from: at.text, to: String(expected) }]
      : [];
  // the cell that repairs every broken sum of the table, when the sums name one
  const diagnosed = suspectReport(context.diagnoses.get(binding.key), equation, binding.table);
  context.report({
    messageId: blanks.length ? "unequalWithBlanks" : "unequal",
    section: binding.table.section,
    table: binding.table.key,
    row: equation.at.row,
    column: equation.at.column,
    expected,
    actual: atValue,
    cells: ids.cells,
    ref: at.ref,
    data: {
      where: where(binding.table, equation),
      whereEn: where(binding.table, equation, "en"),
      formula: formula(left, right, leftSum, rightSum),
      formulaEn: formula(left, right, leftSum, rightSum, "en"),
      terms: { left, right },
      leftSum: round(leftSum),
      rightSum: round(rightSum),
      diff: round(leftSum - rightSum),
      blanks,
      basis: equation.basis,
      ...diagnosed?.data,
    },
    suggestions: diagnosed?.suggestions ?? suggestions,
    ...(diagnosed?.suspect ? { suspect: diagnosed.suspect } : {}),
  });
}

function termLabel(table: TableTemplate, equation: Equation, k: CellKey): string {
  const key = equation.along === "row" ? k.column : k.row;
  return shortNames(table).get(key) ?? key;
}

const shortNamesOf = new WeakMap<TableTemplate, ReadonlyMap<string, string>>();

/** Short names of a table's rows and columns by key; templates are constant, so built once. */
function shortNames(table: TableTemplate): ReadonlyMap<string, string> {
  let names = shortNamesOf.get(table);
  if (!names) {
    names = new Map([...table.rows, ...table.columns].map((x) => [x.key, x.short]));
    shortNamesOf.set(table, names);
  }
  return names;
}

/** "表三“自然人”列": where a sum sits. The equations are constant: each is named once. */
function where(table: TableTemplate, equation: Equation, lang: "zh" | "en" = "zh"): string {
  const cache = lang === "zh" ? whereOf : whereOfEn;
  let named = cache.get(equation);
  if (named === undefined) {
    const name = shortTableName(table);
    const row = equation.along === "row";
    const label = row ? rowName(table, equation.each) : columnName(table, equation.each);
    named =
      lang === "zh"
        ? `${name}“${label}”${row ? "行" : "列"}`
        : `${name} ${row ? "row" : "column"} “${label}”`;
    cache.set(equation, named);
  }
  return named;
}

const whereOf = new WeakMap<Equation, string>();
const whereOfEn = new WeakMap<Equation, string>();

/** "一(60) + 二(0) = 60，三（七）(61) + 四(0) = 61，差 1" */
export function formula(
  left: readonly Term[],
  right: readonly Term[],
  leftSum: number,
  rightSum: number,
  lang: "zh" | "en" = "zh",
): string {
  const zh = lang === "zh";
  const side = (terms: readonly Term[], total: number): string => {
    // a long sum names its non-zero terms only, or the formula would not fit the pane
    const shown = terms.length > 4 ? terms.filter((t) => t.blank || t.value !== 0) : terms;
    const rest = terms.length - shown.length;
    const blank = zh ? "空白" : "blank";
    const written = shown.map((t) => `${t.label}(${t.blank ? blank : t.value})`).join(" + ");
    const others = zh ? `其余 ${rest} 项(0)` : `${rest} others(0)`;
    const tail = rest ? `${written ? " + " : ""}${others}` : "";
    return terms.length > 1 ? `${written}${tail} = ${round(total)}` : written;
  };
  const difference = round(Math.abs(leftSum - rightSum));
  return zh
    ? `${side(left, leftSum)}，${side(right, rightSum)}，差 ${difference}`
    : `${side(left, leftSum)}; ${side(right, rightSum)}; a difference of ${difference}`;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
