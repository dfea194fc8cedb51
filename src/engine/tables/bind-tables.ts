import { officialGrid, type FormatTemplate, type TableTemplate } from "../../template";
import type { SectionMatch } from "../sections";
import type { DocumentSnapshot, SectionKey, SnapshotTable, TableKey } from "../types";
import { bindBlocks } from "./bind-blocks";
import { bindMatrix, matrixCeiling } from "./bind-matrix";
import { bindWide } from "./bind-wide";
import { amendBinding, type TableBinding } from "./binding";
import { labelIndex, tablesNamedBy, type LabelIndex } from "./label-index";
import { labelSlips } from "./label-slips";
import { holdsFigure, viewTable, type TableView } from "./table-view";

interface Candidate {
  readonly view: TableView;
  readonly section?: SectionKey;
  key?: TableKey;
  labels: number;
}

const BINDERS = { blocks: bindBlocks, matrix: bindMatrix, wide: bindWide } as const;
/** The best score a binder can give a table, where it is known: a binding at it cannot lose. */
const CEILINGS: { readonly [layout: string]: ((table: TableTemplate) => number) | undefined } = {
  matrix: matrixCeiling,
};

/**
 * Finds the report tables among the document's tables (nested ones included) and binds each to
 * its template grid, in whichever known format fits it best. A table split into several
 * document tables is bound as one.
 * @param formats the known formats, preferred first: a tie goes to the first.
 */
export function bindTables(
  snapshot: DocumentSnapshot,
  sections: readonly SectionMatch[],
  formats: readonly FormatTemplate[],
): Map<TableKey, TableBinding> {
  const indexes = formats.map(labelIndex);
  const candidates = collectTables(snapshot).map(({ table, block }, order): Candidate => {
    const view = viewTable(table, order, block);
    // every field set here, `key` too: one shape, though classify names only some tables
    return { view, section: sectionAt(sections, block), key: undefined, labels: 0 };
  });
  for (const c of candidates) classify(c, indexes);
  assignByPosition(candidates, formats[0], snapshot);
  const bindings = new Map<TableKey, TableBinding>();
  for (const template of formats[0].tables) {
    const runs = tableRuns(candidates, template, formats[0]);
    const group = bestGroup(runs, template);
    if (!group) continue;
    const best = bindGroup(group, template, formats, indexes);
    // a second whole copy of the table (two 表三): bound and checked too, and reported
    const copies = runs
      .filter((r) => r !== group && isWhole(r, template, formats[0]))
      .map((r) => bindGroup(r, template, [best.format], [labelIndex(best.format)]));
    bindings.set(template.key, copies.length ? amendBinding(best, best.labelIssues, copies) : best);
  }
  return bindings;
}

function bindGroup(
  group: readonly Candidate[],
  template: TableTemplate,
  formats: readonly FormatTemplate[],
  indexes: readonly LabelIndex[],
): TableBinding {
  const views = group.map((c) => c.view);
  let best: TableBinding | undefined;
  let bestIndex = indexes[0];
  for (let i = 0; i < formats.length; i++) {
    const table = formats[i].tables.find((t) => t.key === template.key)!;
    // a tie goes to the format tried first: a format whose best could only tie is not tried (表三 of seed 004)
    if (best && best.score >= (CEILINGS[table.layout]?.(table) ?? Infinity)) continue;
    const binding = BINDERS[table.layout](views, formats[i], table, indexes[i]);
    if (!best || binding.score > best.score) [best, bestIndex] = [binding, indexes[i]];
    // a table that matches the preferred format in every row and label needs no other try
    if (i === 0 && isExact(binding)) break;
  }
  // the slips are added once the format is chosen: a slip says nothing about which format it is
  const slips = labelSlips(views, best!.table, bestIndex, best!.labelIssues);
  return slips.length ? amendBinding(best!, [...best!.labelIssues, ...slips], undefined) : best!;
}

/**
 * True when a document table carries most of a report table's labels by itself: a whole copy,
 * not one part of a table split at a page break. Measured against the official grid's labels.
 */
function isWhole(run: readonly Candidate[], template: TableTemplate, format: FormatTemplate): boolean {
  return run.some((c) => c.labels >= WHOLE * officialLabels(format, template.key));
}

const WHOLE = 0.7;

function officialLabels(format: FormatTemplate, key: TableKey): number {
  const table = format.tables.find((t) => t.key === key);
  if (!table) return Infinity;
  // the templates are constant: each grid's labels are counted once
  let n = labelCounts.get(table);
  if (n === undefined)
    labelCounts.set(table, (n = officialGrid(table).cells.filter((c) => !c.value && c.text.trim()).length));
  return n;
}

const labelCounts = new WeakMap<TableTemplate, number>();

function isExact(binding: TableBinding): boolean {
  return binding.labelIssues.length === 0 && binding.rows.size === binding.table.rows.length;
}

/** Every table in document order, a nested table right after the table that holds it. */
function collectTables(snapshot: DocumentSnapshot): { table: SnapshotTable; block: number }[] {
  const found: { table: SnapshotTable; block: number }[] = [];
  const visit = (table: SnapshotTable, block: number, depth: number): void => {
    found.push({ table, block });
    if (depth > 8) return;
    for (const cell of table.cells) for (const nested of cell.tables ?? []) visit(nested, block, depth + 1);
  };
  snapshot.blocks.forEach((b, i) => b.kind === "table" && visit(b, i, 0));
  return found;
}

function sectionAt(sections: readonly SectionMatch[], block: number): SectionKey | undefined {
  let key: SectionKey | undefined;
  let at = -1;
  for (const s of sections) if (s.block < block && s.block > at) [key, at] = [s.key, s.block];
  return key;
}

/** Names a table by the report table whose labels it carries most. */
function classify(c: Candidate, indexes: readonly LabelIndex[]): void {
  const counts = new Map<TableKey, number>();
  const tables: TableKey[] = [];
  for (const cell of c.view.table.cells) {
    const key = c.view.keyOf(cell);
    if (!key || c.view.valueOf(cell).kind !== "text") continue;
    // each table a label names counts once, whichever formats name it
    tables.length = 0;
    for (const index of indexes)
      for (const t of tablesNamedBy(index, key)) if (!tables.includes(t)) tables.push(t);
    for (const t of tables) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  for (const [table, n] of counts) {
    const better = n > c.labels || (n === c.labels && sectionTable(c.section) === table);
    if (n >= 2 && better) [c.key, c.labels] = [table, n];
  }
}

const sectionTable = (section?: SectionKey): TableKey | undefined =>
  section === "s2" ? "table2" : section === "s3" ? "table3" : section === "s4" ? "table4" : undefined;

/**
 * Tables without recognisable labels: a continuation right after a report table in the same
 * section (a table split at a page break), or the only table of numbers in a section that
 * has no table of its own.
 */
function assignByPosition(candidates: Candidate[], format: FormatTemplate, snapshot: DocumentSnapshot): void {
  candidates.forEach((c, i) => {
    if (c.key || !hasNumbers(c.view)) return;
    const previous = candidates[i - 1];
    if (previous?.key && previous.section === c.section && adjoins(snapshot, previous.view, c.view))
      c.key = previous.key;
    else {
      const expected = sectionTable(c.section);
      const taken = candidates.some((o) => o !== c && o.key === expected && o.section === c.section);
      if (expected && !taken && format.tables.some((t) => t.key === expected)) c.key = expected;
    }
  });
}

// "续表", "表三（续）", "（续上表）": the line a clerk puts over the rest of a split table
const CONTINUED = /续/;

/**
 * True when nothing but blank lines, or a short "续表" line, stands between two tables: one
 * table split at a page break. Prose or a caption between them makes the second a table of its
 * own (a list of documents in an annex), however many numbers it holds.
 */
function adjoins(snapshot: DocumentSnapshot, before: TableView, after: TableView): boolean {
  for (let b = before.block + 1; b < after.block; b++) {
    const block = snapshot.blocks[b];
    if (block.kind === "table") return false;
    const text = `${block.listText ?? ""}${block.text}`.trim();
    if (text && !(CONTINUED.test(text) && text.length <= 40)) return false;
  }
  return true;
}

function hasNumbers(view: TableView): boolean {
  return view.table.cells.filter((cell) => holdsFigure(view, cell)).length >= 3;
}

/**
 * Runs of consecutive candidates with the table's key: the document tables that make up one
 * copy of it. A second table that is whole by itself starts a new run, adjacent or not.
 */
function tableRuns(
  candidates: readonly Candidate[],
  template: TableTemplate,
  format: FormatTemplate,
): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  const whole = (c: Candidate) => isWhole([c], template, format);
  for (const c of candidates) {
    if (c.key === template.key) {
      if (whole(c) && run.some(whole)) {
        runs.push(run);
        run = [];
      }
      run.push(c);
    } else if (c.key && run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The run that is the report table: the one in the table's own section, then the one with the most labels. */
function bestGroup(runs: readonly Candidate[][], template: TableTemplate): Candidate[] | undefined {
  const rank = (r: Candidate[]): number =>
    (r.some((c) => c.section === template.section) ? 1000 : 0) + r.reduce((n, c) => n + c.labels, 0);
  return runs.reduce<Candidate[] | undefined>(
    (best, r) => (!best || rank(r) > rank(best) ? r : best),
    undefined,
  );
}
