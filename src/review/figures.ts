/**
 * A report's figures cell by cell, named by the official labels, for the summary workbook and the
 * region's total. Only a number is a figure: a blank, a placeholder or text is "missing", never 0.
 */
import type { BoundCell, CellKey, CheckResult, TableKey } from "../engine";
import { columnName, rowName, shortTableName } from "../engine/describe";
import { formats, getFormat, getTable, type TableTemplate } from "../template";

export interface FigureColumn {
  readonly id: string;
  readonly key: CellKey;
  /** "表三 一、本年新收政府信息公开申请数量 · 总计" */
  readonly label: string;
}

export const figureId = (k: CellKey): string => `${k.table}/${k.row}/${k.column}`;

const TABLES: readonly TableKey[] = ["table2", "table3", "table4"];

const columnsOf = (table: TableTemplate): FigureColumn[] =>
  table.rows.flatMap((row) =>
    row.columns.map((column) => {
      const key = { table: table.key, row: row.key, column };
      return {
        id: figureId(key),
        key,
        label: `${shortTableName(table)} ${rowName(table, row.key)} · ${columnName(table, column)}`,
      };
    }),
  );

/**
 * Every value cell of the three tables, in the current format's order, then the cells only the
 * 2019 trial format has (its 表三 （六） rows), so a batch that mixes formats loses no figure.
 */
export const FIGURE_COLUMNS: readonly FigureColumn[] = (() => {
  const seen = new Set<string>();
  const all: FigureColumn[] = [];
  for (const table of TABLES)
    for (const format of formats)
      for (const column of columnsOf(getTable(format, table)))
        if (!seen.has(column.id)) {
          seen.add(column.id);
          all.push(column);
        }
  return all;
})();

/** The report's numbers by figure id; a cell that is not a number is absent. */
export function figuresOf(result: CheckResult | null): ReadonlyMap<string, number> {
  const figures = new Map<string, number>();
  for (const cell of result?.cells ?? []) {
    const value = numberOf(cell);
    if (value !== null) figures.set(figureId(cell.key), value);
  }
  return figures;
}

/**
 * The figure ids the report should give: every value cell of each table it has, in the format the
 * table follows. A 2021 report is not asked for the 2019 format's rows.
 */
export function expectedFigures(result: CheckResult | null): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const table of result?.tables ?? [])
    if (table.found && table.format)
      for (const column of columnsOf(getTable(getFormat(table.format), table.key))) ids.add(column.id);
  return ids;
}

const numberOf = (cell: BoundCell): number | null => (cell.value.kind === "number" ? cell.value.value : null);

/** The key figures of the review's table, each the sum of its cells (null when one is missing). */
export const KEY_FIGURES = [
  { id: "new", zh: "新收", en: "New", cells: ["table3/new_received/total"] },
  { id: "carried", zh: "上年结转", en: "Carried in", cells: ["table3/carried_over/total"] },
  { id: "handled", zh: "办理结果总计", en: "Handled", cells: ["table3/r7_total/total"] },
  { id: "forward", zh: "结转下年度", en: "Carried forward", cells: ["table3/carried_forward/total"] },
  { id: "review", zh: "复议", en: "Reviews", cells: ["table4/review/total"] },
  {
    id: "lawsuit",
    zh: "诉讼",
    en: "Lawsuits",
    cells: ["table4/lit_direct/total", "table4/lit_after_review/total"],
  },
] as const;

export type KeyFigure = (typeof KEY_FIGURES)[number]["id"];

export function keyFigures(result: CheckResult | null): Readonly<Record<KeyFigure, number | null>> {
  const figures = figuresOf(result);
  const sum = (cells: readonly string[]): number | null =>
    cells.every((c) => figures.has(c)) ? round(cells.reduce((n, c) => n + figures.get(c)!, 0)) : null;
  return Object.fromEntries(KEY_FIGURES.map((k) => [k.id, sum(k.cells)])) as Record<KeyFigure, number | null>;
}

/** Sums of amounts (万元) carry binary noise; six places is finer than any report writes. */
export const round = (n: number): number => Math.round(n * 1e6) / 1e6;
