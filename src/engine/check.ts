import { formatForYear, formats, getFormat, type TableTemplate } from "../template";
import { diagnoseTable, type Diagnosis } from "./diagnose/diagnose-table";
import { decideByText } from "./diagnose/text-evidence";
import { readReportText } from "./narrative/report-text";
import { comparablePrevious, previousReport, type PreviousReport } from "./previous/previous-report";
import { render } from "./render";
import type { Report, Rule, RuleContext } from "./rule";
import { rules as allRules } from "./rules";
import notAReport, { looksLikeReport } from "./rules/not-a-report";
import { findSections } from "./sections";
import { sortFindings } from "./sort-findings";
import { bindTables } from "./tables/bind-tables";
import type { TableBinding } from "./tables/binding";
import type {
  BoundCell,
  CheckResult,
  DocumentSnapshot,
  Finding,
  FormatId,
  SectionResult,
  Severity,
  TableKey,
  TableResult,
} from "./types";
import { findYear } from "./year";
import { findAgency } from "./agency";
import { linesAsParagraphs } from "./lines";

export interface CheckOptions {
  /** The format the report should follow; by default the one its year calls for. */
  readonly format?: FormatId;
  /** Rule ids to run; every rule when absent. */
  readonly rules?: readonly string[];
  /**
   * Let a rule's exception escape instead of turning it into an `internal-error` finding.
   * Tests set it; the pane and the CLI keep one broken rule from blanking the report.
   */
  readonly strict?: boolean;
  /**
   * Last year's report of the same agency, or the figures kept from it, for the cross-year
   * rules (carry-over, 现行有效 continuity, copied text). Those rules stay silent without it.
   */
  readonly previous?: DocumentSnapshot | PreviousReport;
  /**
   * Thresholds by rule id, then option name (a user's or a province's profile); a rule's own
   * defaults apply to the options left out. Unknown names and non-finite values are ignored.
   */
  readonly ruleOptions?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** A severity per rule id, in place of the rule's own (a profile's 错误/警告/提示). */
  readonly severities?: Readonly<Record<string, Severity>>;
  /** The year the report should cover, when the host knows it (a reviewer's batch for 2024). */
  readonly expectedYear?: number;
}

/**
 * Checks a report against the official format: finds its sections and tables, binds every
 * template value cell to a document cell, and runs every rule once over the shared result.
 * Pure and deterministic; linear in the number of cells.
 * @example check(readDocx(bytes)).findings.filter(f => f.rule === "balance")
 */
export function check(document: DocumentSnapshot, options: CheckOptions = {}): CheckResult {
  const snapshot = linesAsParagraphs(document);
  const sections = findSections(snapshot, formats[0].sections);
  const year = findYear(snapshot, sections[0]?.block);
  const format = getFormat(options.format ?? (year ? formatForYear(year) : "2021"));
  const preferred = [format, ...formats.filter((f) => f !== format)];
  const tables = bindTables(snapshot, sections, preferred);
  const text = readReportText(snapshot, sections);
  const diagnoses = new Map<TableKey, Diagnosis>();
  for (const key of ["table3", "table4"] as const) {
    const binding = tables.get(key);
    const diagnosis = binding && diagnoseTable(binding);
    if (diagnosis) diagnoses.set(key, decideByText(diagnosis, text, year, tables));
  }
  const agency = findAgency(text);
  const given = options.previous
    ? "blocks" in options.previous
      ? previousReport(options.previous)
      : options.previous
    : null;
  const previous = given && comparablePrevious(given, year, agency?.name ?? null);
  const findings: Finding[] = [];
  const chosen = options.rules ? allRules.filter((r) => options.rules!.includes(r.id)) : allRules;
  // a file with nothing of a report gets one finding that says so, not one per part it lacks
  const selected =
    chosen.includes(notAReport) && !looksLikeReport({ sections, tables }) ? [notAReport] : chosen;
  const inputs = {
    snapshot,
    format,
    year,
    expectedYear: options.expectedYear ?? null,
    agency,
    sections,
    tables,
    diagnoses,
    text,
    previous,
  };
  for (const rule of selected) runRule(rule, inputs, findings, options);
  checkCopies(selected, inputs, findings, options);
  return {
    format: reportFormat(tables),
    year,
    agency: agency?.name ?? null,
    sections: format.sections.map((s): SectionResult => {
      const found = sections.find((m) => m.key === s.key);
      return { key: s.key, found: !!found, heading: found?.heading ?? null, ref: found?.ref ?? null };
    }),
    tables: format.tables.map((t) => tableResult(t.key, tables.get(t.key))),
    // binders add cells in template order
    cells: allCells(tables),
    findings: sortFindings(findings, format),
  };
}

/** Every bound cell, table by table: a loop, as spreading the maps' iterators cost more than the rest of the result. */
function allCells(tables: ReadonlyMap<TableKey, TableBinding>): BoundCell[] {
  const cells: BoundCell[] = [];
  for (const binding of tables.values()) for (const cell of binding.cells.values()) cells.push(cell);
  return cells;
}

/** Rules about a table's own cells and sums, which a second copy of the table gets too. */
const COPY_TAGS = new Set(["cells", "totals"]);

/** Runs the cell and sum rules on each further copy of a table (two 表三): both copies are checked. */
function checkCopies(
  selected: readonly Rule[],
  inputs: Omit<RuleContext, "report" | "options">,
  findings: Finding[],
  options: CheckOptions,
): void {
  for (const binding of inputs.tables.values()) {
    for (const copy of binding.copies ?? []) {
      const diagnosis = copy.key === "table2" ? undefined : diagnoseTable(copy);
      // written out in check()'s order, not spread: runRule then sees one shape of inputs
      const copyInputs = {
        snapshot: inputs.snapshot,
        format: inputs.format,
        year: inputs.year,
        expectedYear: inputs.expectedYear,
        agency: inputs.agency,
        sections: inputs.sections,
        tables: new Map([[copy.key, copy]]),
        diagnoses: new Map(diagnosis ? [[copy.key, diagnosis]] : []),
        text: inputs.text,
        previous: inputs.previous,
      };
      for (const rule of selected)
        if (rule.meta.tags.some((t) => COPY_TAGS.has(t))) runRule(rule, copyInputs, findings, options);
    }
  }
}

function runRule(
  rule: Rule,
  inputs: Omit<RuleContext, "report" | "options">,
  findings: Finding[],
  { strict, ruleOptions, severities }: CheckOptions,
): void {
  const severity = severities?.[rule.id];
  const report = (r: Report): void => {
    findings.push(toFinding(rule, r, severity));
  };
  try {
    // the context written out, not spread: one object shape for every rule, built without a copy loop
    rule.check({
      snapshot: inputs.snapshot,
      format: inputs.format,
      year: inputs.year,
      expectedYear: inputs.expectedYear,
      agency: inputs.agency,
      sections: inputs.sections,
      tables: inputs.tables,
      diagnoses: inputs.diagnoses,
      text: inputs.text,
      previous: inputs.previous,
      options: optionsOf(rule, ruleOptions?.[rule.id]),
      report,
    });
  } catch (error) {
    if (strict) throw error;
    findings.push(internalError(rule, error));
  }
}

/** A rule's options: each default of its metadata, unless the caller gave a finite number for it. */
export function optionsOf(
  rule: Rule,
  given: Readonly<Record<string, number>> | undefined,
): Readonly<Record<string, number>> {
  // without the caller's values a rule's options are its constant defaults: gathered once
  if (!given) {
    let defaults = defaultOptions.get(rule);
    if (!defaults) defaultOptions.set(rule, (defaults = Object.freeze(optionsOf(rule, {}))));
    return defaults;
  }
  const out: Record<string, number> = {};
  for (const [name, option] of Object.entries(rule.meta.options ?? {})) {
    const value = given?.[name];
    out[name] = typeof value === "number" && Number.isFinite(value) ? value : option.default;
  }
  return out;
}

const defaultOptions = new WeakMap<Rule, Readonly<Record<string, number>>>();

function toFinding(rule: Rule, r: Report, severity = rule.meta.severity): Finding {
  const message = rule.meta.messages[r.messageId];
  if (!message) throw new Error(`rule ${rule.id} reported unknown message id ${r.messageId}`);
  const data = r.data ?? {};
  return {
    rule: rule.id,
    severity,
    messageId: r.messageId,
    section: r.section ?? null,
    table: r.table ?? null,
    row: r.row ?? null,
    column: r.column ?? null,
    expected: r.expected ?? null,
    actual: r.actual ?? null,
    cells: r.cells ?? [],
    message: render(message.zh, data),
    messageEn: render(message.en, data),
    data,
    ref: r.ref ?? null,
    ...(r.fix ? { fix: r.fix } : {}),
    ...(r.suggestions?.length ? { suggestions: r.suggestions } : {}),
    ...(r.suspect ? { suspect: r.suspect } : {}),
  };
}

function internalError(rule: Rule, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: "internal-error",
    severity: "error",
    messageId: "crashed",
    section: null,
    table: null,
    row: null,
    column: null,
    expected: null,
    actual: null,
    cells: [],
    message: `检查规则 ${rule.id} 运行出错，本项未能检查：${detail}`,
    messageEn: `Rule ${rule.id} failed and was not checked: ${detail}`,
    data: { failedRule: rule.id, detail },
    ref: null,
  };
}

/** The tables' format; "mixed" when they follow different ones (each table's is in `tables`). */
function reportFormat(tables: ReadonlyMap<TableKey, TableBinding>): CheckResult["format"] {
  // a table both formats draw alike (表四) says nothing of which one the report follows
  const telling = [...tables.values()].filter((b) =>
    formats.some(
      (f) =>
        f.id !== b.format.id &&
        !sameTable(
          f.tables.find((t) => t.key === b.key),
          b.table,
        ),
    ),
  );
  const found = new Set(telling.map((b) => b.format.id));
  if (found.size > 1) return "mixed";
  const binding = tables.get("table3") ?? tables.get("table2") ?? tables.get("table4");
  return binding ? binding.format.id : "unknown";
}

function sameTable(a: TableTemplate | undefined, b: TableTemplate): boolean {
  return !!a && (a === b || labelsOf(a) === labelsOf(b));
}

/** A template's row and column labels as one string; the templates are constant: written once each. */
function labelsOf(t: TableTemplate): string {
  let labels = templateLabels.get(t);
  if (labels === undefined) {
    labels = JSON.stringify([t.rows.map((r) => r.label), t.columns.map((c) => c.label)]);
    templateLabels.set(t, labels);
  }
  return labels;
}

const templateLabels = new WeakMap<TableTemplate, string>();

function tableResult(key: TableKey, binding: TableBinding | undefined): TableResult {
  if (!binding) return { key, found: false, format: null, bound: 0, expected: 0, parts: [] };
  const expected = binding.table.rows.reduce((n, r) => n + r.columns.length, 0);
  return {
    key,
    found: true,
    format: binding.format.id,
    bound: binding.cells.size,
    expected,
    parts: binding.parts,
  };
}
