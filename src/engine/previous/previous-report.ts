import { formatForYear, formats, getFormat } from "../../template";
import { similarity } from "../_lib/similarity";
import { findAgency } from "../agency";
import { linesAsParagraphs } from "../lines";
import { readReportText } from "../narrative/report-text";
import { findSections } from "../sections";
import { bindTables } from "../tables/bind-tables";
import { cellId, type TableBinding } from "../tables/binding";
import type { DocumentSnapshot, SectionKey, TableKey } from "../types";
import { findYear } from "../year";

/**
 * What this year's check needs from last year's report: its year, the figures that carry over,
 * and its text per section. Plain data, so a host can store it in the document and hand it in
 * again without last year's file.
 */
export interface PreviousReport {
  readonly year: number | null;
  /** The reporting body, as `check` names it; absent in a report stored before it was kept. */
  readonly agency?: string | null;
  /** Table 三 “四、结转下年度继续办理”, by column key (natural … total). */
  readonly carriedForward: Readonly<Record<string, number>>;
  /** Table 二 “现行有效件数”, by row key (regulations, normative_docs); 2021 format only. */
  readonly inForce: Readonly<Record<string, number>>;
  /** Each section's body text, paragraph by paragraph, as compared (normalised). */
  readonly sections: Readonly<Partial<Record<SectionKey, readonly string[]>>>;
  /**
   * Every number of the three tables, by `figureKey` ("table3/new_received/total"), for the
   * rules that compare whole tables; absent when only the carried figures were typed in.
   */
  readonly cells?: Readonly<Record<string, number>>;
}

/** The key of a table cell among last year's figures. */
export const figureKey = (table: TableKey, row: string, column: string): string =>
  `${table}/${row}/${column}`;

/** Every number cell of the bound tables, by `figureKey`. */
export function tableFigures(tables: ReadonlyMap<TableKey, TableBinding>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [table, binding] of tables)
    for (const cell of binding.cells.values())
      if (cell.value.kind === "number")
        out[figureKey(table, cell.key.row, cell.key.column)] = cell.value.value;
  return out;
}

/** The numbers of the cells `cell(key)` gives, by key; cells that hold no number are left out. */
function numbers(
  binding: TableBinding | undefined,
  cell: (key: string) => [row: string, column: string],
  keys: readonly string[] = [],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) {
    const v = binding?.cells.get(cellId(...cell(key)))?.value;
    if (v?.kind === "number") out[key] = v.value;
  }
  return out;
}

/**
 * Reads last year's report the way `check` reads this year's, keeping only what the
 * cross-year rules compare. Cells that are blank, placeholders or text are left out.
 * @example previousReport(readDocx(lastYear)).carriedForward.total //=> 2
 */
export function previousReport(document: DocumentSnapshot): PreviousReport {
  const snapshot = linesAsParagraphs(document);
  const sections = findSections(snapshot, formats[0].sections);
  const year = findYear(snapshot, sections[0]?.block);
  const format = getFormat(year ? formatForYear(year) : "2021");
  const tables = bindTables(snapshot, sections, [format, ...formats.filter((f) => f !== format)]);
  const text = readReportText(snapshot, sections);
  const table3 = tables.get("table3");
  const table2 = tables.get("table2");
  return {
    year,
    agency: findAgency(text)?.name ?? null,
    carriedForward: numbers(
      table3,
      (c) => ["carried_forward", c],
      table3?.table.columns.map((c) => c.key),
    ),
    // the 2019 table counts documents differently: no 现行有效件数 to carry over
    inForce: numbers(table2?.format.id === "2021" ? table2 : undefined, (row) => [row, "in_force"], [
      "regulations",
      "normative_docs",
    ]),
    sections: Object.fromEntries([...text.sections].map(([key, ps]) => [key, ps.map((p) => p.text)])),
    cells: tableFigures(tables),
  };
}

/**
 * Whether last year's report is another body's: both names known and hardly alike. Names move
 * between years (市场监督管理局, 市场监管局; a town's 人民政府 or 政府), so only names sharing
 * under half their character pairs count as another body's.
 */
export function fromAnotherAgency(previous: PreviousReport, agency: string | null): boolean {
  return !!previous.agency && !!agency && similarity(previous.agency, agency) < 0.5;
}

/**
 * Last year's report as the cross-year rules may compare it: itself when it is the year before
 * this one's (or a year is unknown) and the same body's; otherwise its year and body alone, so
 * that nothing is compared with a report that is not last year's (year-mismatch and
 * previous-other-agency say which it is). A report of the same year is compared: a clerk who
 * copied last year's report whole left its year in the title too, and the copied text is what
 * the comparison shows.
 */
export function comparablePrevious(
  previous: PreviousReport,
  year: number | null,
  agency: string | null,
): PreviousReport {
  const lastYear =
    previous.year === null || year === null || previous.year === year - 1 || previous.year === year;
  if (lastYear && !fromAnotherAgency(previous, agency)) return previous;
  return {
    year: previous.year,
    agency: previous.agency ?? null,
    carriedForward: {},
    inForce: {},
    sections: {},
  };
}
