/**
 * The region's figures: the sum of its units' reports cell by cell, and the region's own report
 * checked against that sum. A unit whose cell is blank, a placeholder or text is named as missing
 * from that cell's sum, never counted as 0.
 */
import type { CheckResult } from "../engine";
import { expectedFigures, FIGURE_COLUMNS, figuresOf, round, type FigureColumn } from "./figures";
import { unitLabels, type ReportEntry } from "./report-entry";

export interface RegionTotal {
  /** Sum per figure id, over the units that give the figure as a number. */
  readonly sums: ReadonlyMap<string, number>;
  /** Units whose table has the cell but not as a number, per figure id. */
  readonly missing: ReadonlyMap<string, readonly string[]>;
  /** Units whose report could not be read, so none of their figures is in the sums. */
  readonly unread: readonly string[];
  /** Units whose file the batch did not check (.doc, .wps, .pdf…): none of their figures is in the sums. */
  readonly skipped: readonly string[];
  /** Units whose report has none of the three tables. */
  readonly withoutTables: readonly string[];
}

export function sumReports(entries: readonly ReportEntry[]): RegionTotal {
  const sums = new Map<string, number>();
  const missing = new Map<string, string[]>();
  const unread: string[] = [];
  const skipped: string[] = [];
  const withoutTables: string[] = [];
  const counted: { unit: string; figures: ReadonlyMap<string, number>; expected: ReadonlySet<string> }[] = [];
  const labels = unitLabels(entries);
  for (const entry of entries) {
    const unit = labels.get(entry)!;
    if (!entry.result) (entry.skipped ? skipped : unread).push(unit);
    else if (!entry.result.cells.length) withoutTables.push(unit);
    else counted.push({ unit, figures: figuresOf(entry.result), expected: expectedFigures(entry.result) });
  }
  for (const { id } of FIGURE_COLUMNS) {
    const giving = counted.filter((c) => c.figures.has(id));
    if (giving.length) sums.set(id, round(giving.reduce((n, c) => n + c.figures.get(id)!, 0)));
    const without = counted.filter((c) => !c.figures.has(id) && c.expected.has(id)).map((c) => c.unit);
    if (without.length) missing.set(id, without);
  }
  return { sums, missing, unread, skipped, withoutTables };
}

export interface CellDifference {
  readonly column: FigureColumn;
  /** The region's own figure; null when its cell is blank or not a number. */
  readonly region: number | null;
  /** The units' sum; null when no unit gives the figure. */
  readonly sum: number | null;
  /** Units without a number in this cell: the likely reason the sum falls short. */
  readonly missing: readonly string[];
}

export interface RegionComparison {
  readonly total: RegionTotal;
  readonly differences: readonly CellDifference[];
  /** Cells compared (the region's or some unit's figure is a number). */
  readonly compared: number;
}

/** The region's report against the sum of its units, cell by cell. */
export function compareRegion(region: CheckResult, units: readonly ReportEntry[]): RegionComparison {
  const own = figuresOf(region);
  const asked = expectedFigures(region);
  const total = sumReports(units);
  const differences: CellDifference[] = [];
  let compared = 0;
  for (const column of FIGURE_COLUMNS) {
    const mine = own.get(column.id) ?? null;
    const sum = total.sums.get(column.id) ?? null;
    // a cell the region's own format lacks (a unit's 2019 row) has nothing to compare with
    if ((mine === null && sum === null) || !asked.has(column.id)) continue;
    compared++;
    if (mine !== null && sum !== null && Math.abs(mine - sum) < 1e-6) continue;
    differences.push({ column, region: mine, sum, missing: total.missing.get(column.id) ?? [] });
  }
  return { total, differences, compared };
}
