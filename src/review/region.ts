/**
 * The region's figures: the sum of its units' reports cell by cell, and the region's own report
 * checked against that sum. A unit whose cell is blank, a placeholder or text is named as missing
 * from that cell's sum, never counted as 0. A file with the same bytes as one already counted is
 * counted once, and, when the year of the batch is given, a report of another year not at all;
 * several different files of one 单位 are all counted, and named.
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
  /** Units whose file has the same bytes as one counted before it: that report is counted once. */
  readonly identical: readonly string[];
  /** With `year`: units whose report is of another year, left out of the sums. */
  readonly otherYear: readonly string[];
  /** Units counted under more than one (different) file: all kept, for the reviewer to judge. */
  readonly repeated: readonly string[];
}

export interface SumOptions {
  /** The year the batch should cover (`--year`): a report of another year is left out. */
  readonly year?: number;
}

export function sumReports(entries: readonly ReportEntry[], options: SumOptions = {}): RegionTotal {
  const sums = new Map<string, number>();
  const missing = new Map<string, string[]>();
  const unread: string[] = [];
  const skipped: string[] = [];
  const withoutTables: string[] = [];
  const identical: string[] = [];
  const otherYear: string[] = [];
  const counted: {
    unit: string;
    agency: string | null;
    figures: ReadonlyMap<string, number>;
    expected: ReadonlySet<string>;
  }[] = [];
  const digests = new Set<string>();
  const labels = unitLabels(entries);
  for (const entry of entries) {
    const unit = labels.get(entry)!;
    const result = entry.result;
    if (!result) (entry.skipped ? skipped : unread).push(unit);
    else if (!result.cells.length) withoutTables.push(unit);
    else if (options.year && result.year !== null && result.year !== options.year) otherYear.push(unit);
    else if (entry.digest && digests.has(entry.digest)) identical.push(unit);
    else {
      if (entry.digest) digests.add(entry.digest);
      counted.push({
        unit,
        agency: result.agency ?? null,
        figures: figuresOf(result),
        expected: expectedFigures(result),
      });
    }
  }
  const perAgency = new Map<string, number>();
  for (const { agency } of counted) if (agency) perAgency.set(agency, (perAgency.get(agency) ?? 0) + 1);
  const repeated = counted.filter((c) => c.agency && perAgency.get(c.agency)! > 1).map((c) => c.unit);
  for (const { id } of FIGURE_COLUMNS) {
    const giving = counted.filter((c) => c.figures.has(id));
    if (giving.length) sums.set(id, round(giving.reduce((n, c) => n + c.figures.get(id)!, 0)));
    const without = counted.filter((c) => !c.figures.has(id) && c.expected.has(id)).map((c) => c.unit);
    if (without.length) missing.set(id, without);
  }
  return { sums, missing, unread, skipped, withoutTables, identical, otherYear, repeated };
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
export function compareRegion(
  region: CheckResult,
  units: readonly ReportEntry[],
  options: SumOptions = {},
): RegionComparison {
  const own = figuresOf(region);
  const asked = expectedFigures(region);
  const total = sumReports(units, options);
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
