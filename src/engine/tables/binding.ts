import type { ColumnTemplate, Equation, FormatTemplate, TableTemplate, VariantStatus } from "../../template";
import type { BoundCell, CellKey, CellValue, HostRef, TableKey } from "../types";
import type { LabelRole } from "./label-index";

/** A label in the document that is missing, altered or not the official wording. */
export interface LabelIssue {
  readonly role: LabelRole;
  /** The row or column key, or the official label for groups, headers and titles. */
  readonly key: string;
  /** The official label. */
  readonly expected: string;
  /** The text found where the label belongs ("" when the cell is empty or absent). */
  readonly actual: string;
  /** "moved": a row found by its label out of the format's order. */
  readonly status: "missing" | "altered" | "moved" | Exclude<VariantStatus, "accepted">;
  /** For a column label that heads one block of rows (table2), the block's first row. */
  readonly row?: string;
  readonly ref: HostRef | null;
}

/** A template table bound to the document tables it was found in. */
export interface TableBinding {
  readonly key: TableKey;
  readonly format: FormatTemplate;
  readonly table: TableTemplate;
  /** Refs of the document tables the binding was assembled from, in order. */
  readonly parts: readonly HostRef[];
  /** Bound value cells, by `row/column`. */
  readonly cells: ReadonlyMap<string, BoundCell>;
  /** Template rows found in the document. */
  readonly rows: ReadonlySet<string>;
  readonly labelIssues: readonly LabelIssue[];
  /** How well the document matched the template; used to choose between formats. */
  readonly score: number;
  /** Index of the first top-level block of the table, for ordering and sections. */
  readonly block: number;
  /** Further whole copies of the table in the document (two 表三), each bound on its own. */
  readonly copies?: readonly TableBinding[];
  /** The document's own 小计 rows under a group of the format's rows (R2b); none in the official table. */
  readonly subtotals: readonly Subtotal[];
}

/** A 小计 row a report added under a group of rows (（三）…（六） of 表三): not the format's, still a sum. */
export interface Subtotal {
  /** The group's label, e.g. "（四）无法提供". */
  readonly group: string;
  /** The template rows of the group, whose cells it sums. */
  readonly rows: readonly string[];
  /** Its cells, by column key, where it has one. */
  readonly cells: ReadonlyMap<string, SubtotalCell>;
}

/** A cell of a 小计 row: no template cell, so no key, only where it is. */
export interface SubtotalCell {
  readonly text: string;
  readonly value: CellValue;
  readonly ref: HostRef;
}

/**
 * A cell's key in a binding's map, "row/column". The keys come from the templates, and every check
 * looks cells up by them hundreds of times: each id is built once, so a lookup hashes no fresh string.
 */
export function cellId(row: string, column: string): string {
  let columns = cellIds.get(row);
  if (!columns) {
    // the templates' keys are a few hundred; a caller with keys of its own must not grow this forever
    if (cellIds.size >= MAX_ROWS) cellIds.clear();
    cellIds.set(row, (columns = new Map()));
  }
  let id = columns.get(column);
  if (id === undefined) columns.set(column, (id = `${row}/${column}`));
  return id;
}

const cellIds = new Map<string, Map<string, string>>();
const MAX_ROWS = 1000;

/** The `cellId`s of an equation's terms, the left side's first, and of its `at` cell. */
export interface EquationIds {
  readonly terms: readonly string[];
  /** The terms' keys, in the order of `terms`. */
  readonly keys: readonly CellKey[];
  readonly at: string;
  /** The cells a finding on the equation names: `at`, then the terms, each cell once. */
  readonly cells: readonly CellKey[];
}

/**
 * An equation's cell ids, built once: the templates' equations are constant, and every check
 * looks up their cells in each table's bindings, in the sum rules and the diagnosis alike.
 */
export function equationIds(equation: Equation): EquationIds {
  let ids = idsOf.get(equation);
  if (!ids) {
    const keys = [...equation.left, ...equation.right];
    const terms = keys.map((k) => cellId(k.row, k.column));
    const at = cellId(equation.at.row, equation.at.column);
    const cells = [equation.at, ...keys.filter((_, i) => terms[i] !== at && terms.indexOf(terms[i]) === i)];
    idsOf.set(equation, (ids = { terms, keys, at, cells }));
  }
  return ids;
}

const idsOf = new WeakMap<Equation, EquationIds>();

/** A table's columns by key: the binders and every cell rule look up every bound cell's column, on every check. */
export function columnsOf(table: TableTemplate): ReadonlyMap<string, ColumnTemplate> {
  let columns = columnMaps.get(table);
  if (!columns) {
    columns = new Map();
    // the first column of a key wins, as Array.find gave it
    for (const c of table.columns) if (!columns.has(c.key)) columns.set(c.key, c);
    columnMaps.set(table, columns);
  }
  return columns;
}

const columnMaps = new WeakMap<TableTemplate, Map<string, ColumnTemplate>>();

/** A template value cell with what binding it needs: its `cellId` and its column's template. */
export interface TemplateCell {
  readonly row: string;
  readonly column: string;
  readonly id: string;
  readonly template: ColumnTemplate | undefined;
}

/**
 * A table's value cells by row index, then by the row's column index. The binders reach a cell's
 * id and column by index, where looking them up hashed two keys for every cell of every check.
 */
export function templateCells(table: TableTemplate): readonly (readonly TemplateCell[])[] {
  let cells = cellsOf.get(table);
  if (!cells) {
    const columns = columnsOf(table);
    cells = table.rows.map((row) =>
      row.columns.map((column) => ({
        row: row.key,
        column,
        id: cellId(row.key, column),
        template: columns.get(column),
      })),
    );
    cellsOf.set(table, cells);
  }
  return cells;
}

const cellsOf = new WeakMap<TableTemplate, TemplateCell[][]>();

/**
 * A binding with other label issues and copies. Every binding is built with the same fields in
 * the same order, `copies` undefined when there are none: one shape, so the rules that read
 * bindings stay monomorphic (a spread, or a field added to some, gave them two shapes).
 */
export function amendBinding(
  binding: TableBinding,
  labelIssues: readonly LabelIssue[],
  copies: readonly TableBinding[] | undefined,
): TableBinding {
  return {
    key: binding.key,
    format: binding.format,
    table: binding.table,
    parts: binding.parts,
    cells: binding.cells,
    rows: binding.rows,
    labelIssues,
    score: binding.score,
    block: binding.block,
    copies,
    subtotals: binding.subtotals,
  };
}
