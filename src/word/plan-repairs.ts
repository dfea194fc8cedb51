/**
 * Decides what can be inserted or replaced in a report and exactly where. Pure: the Word adapter,
 * the demo page and the tests all execute these plans. Positions are given by the snapshot's
 * host refs, with the text the block had, so the adapter can refuse a plan the clerk's edits
 * have made stale.
 */
import type {
  CheckResult,
  DocumentSnapshot,
  Fix,
  FormatId,
  HostRef,
  SectionKey,
  SnapshotBlock,
  TableKey,
} from "../engine";
import { isLaterLine } from "../engine/lines";
import { formatForYear, getFormat, getTable, type FormatTemplate } from "../template";

/**
 * Where new content goes: after a block (a paragraph `{ p }` or a top-level table `{ t }`),
 * before a paragraph when nothing precedes it, or at the cursor.
 */
export type Anchor =
  | { readonly kind: "after"; readonly ref: HostRef; readonly text: string }
  | { readonly kind: "before"; readonly ref: HostRef; readonly text: string }
  | { readonly kind: "cursor" };

export interface InsertTablePlan {
  readonly kind: "insert-table";
  readonly table: TableKey;
  readonly format: FormatId;
  readonly anchor: Anchor;
}

export interface InsertSectionPlan {
  readonly kind: "insert-section";
  readonly section: SectionKey;
  readonly format: FormatId;
  readonly anchor: Anchor;
  /** A found section heading whose paragraph format the new heading copies; null for none. */
  readonly model: {
    readonly heading: HostRef;
    readonly body: HostRef | null;
    readonly listNumbering: boolean;
  } | null;
}

export type InsertPlan = InsertTablePlan | InsertSectionPlan;

/** A number in a document table the mapping could not place in the standard table. */
export interface UncarriedValue {
  /** The document cell. */
  readonly ref: HostRef;
  readonly text: string;
  /** The text of the row's first cell, to say which row it was in. */
  readonly rowLabel: string;
}

export interface ReplaceTablePlan {
  readonly kind: "replace-table";
  readonly table: TableKey;
  readonly format: FormatId;
  /** The document tables that make up the damaged table (`{ t }`), in order. */
  readonly parts: readonly HostRef[];
  /** The text each value cell of the standard table gets, by "row/column"; the others get 0. */
  readonly values: Readonly<Record<string, string>>;
  /** Value cells carried over from the document. */
  readonly carried: number;
  /** Value cells with no counterpart in the document, written as 0. */
  readonly zeroFilled: number;
  /** Numbers in the document tables that are not carried over. */
  readonly uncarried: readonly UncarriedValue[];
}

export type RepairPlan = InsertPlan | ReplaceTablePlan;

const cellKey = (row: string, column: string) => `${row}/${column}`;

/** The format the report should follow: its year's, else the format its tables were bound to, else 2021. */
export function targetFormat(result: CheckResult): FormatTemplate {
  if (result.year) return getFormat(formatForYear(result.year));
  return getFormat(result.format === "2019" ? "2019" : "2021");
}

const isEmpty = (b: SnapshotBlock) => b.kind === "paragraph" && b.text.trim() === "" && !b.listText;
const blockText = (b: SnapshotBlock) => (b.kind === "paragraph" ? b.text : "");
const refsEqual = (a: HostRef | null | undefined, b: HostRef | null | undefined) =>
  !!a && !!b && JSON.stringify(a) === JSON.stringify(b);

/** The index of the block a ref points at, or -1. */
function blockIndex(snapshot: DocumentSnapshot, ref: HostRef | null): number {
  return ref ? snapshot.blocks.findIndex((b) => refsEqual(b.ref, ref)) : -1;
}

/**
 * Whether content can be inserted at an anchor: not next to a table nested in a cell (`path`),
 * which is not a body-level block (a layout table's paragraphs are kept out by `laidOut`).
 */
const insertableAt = (anchor: Anchor): boolean => anchor.kind === "cursor" || anchor.ref.path === undefined;

/**
 * A report held in a web page's layout table (its paragraphs say so): nothing is inserted in it,
 * a table cell, nor outside it on its sections' behalf (after the page's footer, say).
 */
const laidOut = (snapshot: DocumentSnapshot): boolean =>
  snapshot.blocks.some((b) => b.kind === "paragraph" && b.ref.layout !== undefined);

/** The anchor "after the last block with content in [from, to)", or "before block `to`". */
function anchorBetween(snapshot: DocumentSnapshot, from: number, to: number): Anchor | null {
  for (let i = to - 1; i >= from; i--) {
    const b = snapshot.blocks[i];
    if (!isEmpty(b)) return { kind: "after", ref: b.ref, text: blockText(b) };
  }
  const next = snapshot.blocks[to];
  if (next?.kind === "paragraph") return { kind: "before", ref: next.ref, text: next.text };
  const last = snapshot.blocks[to - 1] ?? snapshot.blocks[from];
  return last ? { kind: "after", ref: last.ref, text: blockText(last) } : null;
}

/** Block indexes of the found section headings, in document order. */
function headingBlocks(
  snapshot: DocumentSnapshot,
  result: CheckResult,
): { key: SectionKey; index: number }[] {
  return result.sections
    .filter((s) => s.found)
    .map((s) => ({ key: s.key, index: blockIndex(snapshot, s.ref) }))
    .filter((h) => h.index >= 0)
    .sort((a, b) => a.index - b.index);
}

/**
 * Where a report's signature block starts: the trailing run of short lines that ends with a
 * date (“2024年1月20日”, “年 月 日”), or the document's end when there is none.
 */
function signatureStart(snapshot: DocumentSnapshot): number {
  const blocks = snapshot.blocks;
  let i = blocks.length;
  while (i > 0 && isEmpty(blocks[i - 1])) i--;
  const last = blocks[i - 1];
  if (
    !last ||
    last.kind !== "paragraph" ||
    !/\d{4}\s*年.*月.*日|年\s+月\s+日|【请填写：日期】/.test(last.text) ||
    last.text.length > 30
  )
    return blocks.length;
  let start = i - 1;
  while (start > 0) {
    const b = blocks[start - 1];
    if (b.kind !== "paragraph" || (b.text.trim().length > 30 && !isEmpty(b))) break;
    start--;
  }
  while (start < i && isEmpty(blocks[start])) start++;
  return start;
}

/** The section's body: the blocks after its heading up to the next heading (or the signature). */
function sectionSpan(
  snapshot: DocumentSnapshot,
  headings: { index: number }[],
  index: number,
): [number, number] {
  const next = headings.find((h) => h.index > index);
  return [index + 1, next ? next.index : signatureStart(snapshot)];
}

/** Inserting a missing section: after the previous section's content, before the next heading. */
export function planInsertSection(
  snapshot: DocumentSnapshot,
  result: CheckResult,
  section: SectionKey,
): InsertSectionPlan | null {
  const format = targetFormat(result);
  const headings = headingBlocks(snapshot, result);
  if (headings.some((h) => h.key === section)) return null;
  // a neighbouring heading on a later line of a paragraph (after a manual line break) leaves no
  // paragraph's end between the two sections to insert at
  const found = result.sections.filter((s) => s.found && s.key !== section);
  const neighbours = [found.filter((s) => s.key < section).pop(), found.find((s) => s.key > section)];
  if (neighbours.some((s) => s?.ref && isLaterLine(s.ref))) return null;
  if (laidOut(snapshot)) return null;
  const before = headings.filter((h) => h.key < section).sort((a, b) => (a.key < b.key ? 1 : -1))[0];
  const after = headings.filter((h) => h.key > section).sort((a, b) => (a.key < b.key ? -1 : 1))[0];
  let anchor: Anchor | null;
  if (before) {
    const [from, to] = sectionSpan(snapshot, headings, before.index);
    anchor = anchorBetween(snapshot, before.index, Math.max(from, to));
  } else if (after) anchor = anchorBetween(snapshot, 0, after.index);
  else anchor = anchorBetween(snapshot, 0, signatureStart(snapshot));
  if (!anchor || !insertableAt(anchor)) return null;
  return {
    kind: "insert-section",
    section,
    format: format.id,
    anchor,
    model: headingModel(snapshot, result, headings, section),
  };
}

/** How far section `a` is from `b` in the format's order, the one before counting as nearer on a tie. */
const distance = (a: SectionKey, b: SectionKey) => {
  const d = Number(a.slice(1)) - Number(b.slice(1));
  return d < 0 ? -d - 0.5 : d;
};

/**
 * A found heading to copy the look of: the one nearest the missing section (三 for 四), those
 * numbered 一、二、 preferred over 1. 2.; and a body paragraph after one.
 */
function headingModel(
  snapshot: DocumentSnapshot,
  result: CheckResult,
  headings: { key: SectionKey; index: number }[],
  missing: SectionKey,
): InsertSectionPlan["model"] {
  if (!headings.length) return null;
  const arabic = (x: { key: SectionKey }) =>
    !!result.sections.find((s) => s.key === x.key)?.heading?.match(/^\d/);
  const h = [...headings].sort(
    (a, b) => Number(arabic(a)) - Number(arabic(b)) || distance(a.key, missing) - distance(b.key, missing),
  )[0];
  const heading = snapshot.blocks[h.index];
  if (heading.kind !== "paragraph") return null;
  let body: HostRef | null = null;
  for (const x of headings) {
    const [from, to] = sectionSpan(snapshot, headings, x.index);
    const b = snapshot.blocks
      .slice(from, to)
      .find(
        (p) =>
          p.kind === "paragraph" && p.outlineLevel === undefined && !p.listText && p.text.trim().length >= 20,
      );
    if (b) {
      body = b.ref;
      break;
    }
  }
  return { heading: heading.ref, body, listNumbering: !!heading.listText };
}

/** Inserting a missing table into its section, after the section's content. */
export function planInsertTable(
  snapshot: DocumentSnapshot,
  result: CheckResult,
  table: TableKey,
): InsertTablePlan | null {
  const format = targetFormat(result);
  const template = getTable(format, table);
  if (result.tables.find((t) => t.key === table)?.found) return null;
  const headings = headingBlocks(snapshot, result);
  const own = headings.find((h) => h.key === template.section);
  if (!own || laidOut(snapshot)) return null;
  const [from, to] = sectionSpan(snapshot, headings, own.index);
  const anchor = anchorBetween(snapshot, own.index, Math.max(from, to));
  return anchor && insertableAt(anchor) ? { kind: "insert-table", table, format: format.id, anchor } : null;
}

/**
 * The standard tables the report lacks: the only ones the pane offers to insert at the cursor,
 * since a second 表三 would be a table nothing flags.
 */
export function missingTables(result: CheckResult): TableKey[] {
  return result.tables.filter((t) => !t.found).map((t) => t.key);
}

/** Inserting a standard table at the cursor. */
export function planInsertAtCursor(result: CheckResult | null, table: TableKey): InsertTablePlan {
  const format = result ? targetFormat(result).id : "2021";
  return { kind: "insert-table", table, format, anchor: { kind: "cursor" } };
}

const NUMERIC = /^[+-]?[\d０-９]+(?:[.,，][\d０-９]+)*$/;

/**
 * Replacing a found table by the standard one: every value the check bound is carried over (as
 * written, so a blank stays blank and is still reported), cells the document lacks get 0, and
 * numbers in the document table that were bound to no template cell are listed.
 */
export function planReplaceTable(
  snapshot: DocumentSnapshot,
  result: CheckResult,
  table: TableKey,
): ReplaceTablePlan | null {
  const found = result.tables.find((t) => t.key === table);
  // a table nested in a cell (a web page's layout table's) is not a body-level block to replace
  if (!found?.found || !found.parts.length || found.parts.some((ref) => ref.path !== undefined)) return null;
  const format = targetFormat(result);
  const template = getTable(format, table);
  const wanted = new Set(template.rows.flatMap((r) => r.columns.map((c) => cellKey(r.key, c))));
  const values: Record<string, string> = {};
  const boundRefs = new Set<string>();
  const uncarriedBound: HostRef[] = [];
  for (const cell of result.cells) {
    if (cell.key.table !== table) continue;
    const key = cellKey(cell.key.row, cell.key.column);
    if (wanted.has(key)) {
      values[key] = cell.text.trim();
      boundRefs.add(JSON.stringify(cell.ref));
    } else if (cell.text.trim()) uncarriedBound.push(cell.ref);
  }
  const partTables = found.parts.flatMap((ref) =>
    snapshot.blocks.filter((b) => b.kind === "table" && refsEqual(b.ref, ref)),
  );
  const uncarried: UncarriedValue[] = [];
  for (const t of partTables) {
    if (t.kind !== "table") continue;
    for (const cell of t.cells) {
      const text = cell.text.trim();
      if (boundRefs.has(JSON.stringify(cell.ref))) continue;
      const wasBound = uncarriedBound.some((r) => refsEqual(r, cell.ref));
      if (!wasBound && !NUMERIC.test(text.replace(/\s/g, ""))) continue;
      const first = t.cells.find((c) => c.row <= cell.row && c.row + c.rowSpan > cell.row && c.col === 0);
      uncarried.push({ ref: cell.ref, text, rowLabel: first && first !== cell ? first.text.trim() : "" });
    }
  }
  const carried = Object.keys(values).length;
  return {
    kind: "replace-table",
    table,
    format: format.id,
    parts: found.parts,
    values,
    carried,
    zeroFilled: wanted.size - carried,
    uncarried,
  };
}

/** The safe fixes of a table that fill blank and placeholder cells with 0 (空白填0 for a whole table). */
export function fillZeroFixes(result: CheckResult, table: TableKey): Fix[] {
  return result.findings.flatMap((f) =>
    f.table === table && (f.rule === "cell-blank" || f.rule === "cell-placeholder") && f.fix ? [f.fix] : [],
  );
}

/** Rules whose findings mean the table itself is damaged, so replacing it is offered. */
const DAMAGE_RULES = new Set(["table-row-missing", "table-rows-merged", "table-label", "outdated-format"]);

/** Everything the pane can offer for a check: missing sections and tables to insert, damaged tables to replace. */
export function planRepairs(snapshot: DocumentSnapshot, result: CheckResult): RepairPlan[] {
  const plans: RepairPlan[] = [];
  for (const s of result.sections) {
    if (s.found) continue;
    const plan = planInsertSection(snapshot, result, s.key);
    if (plan) plans.push(plan);
  }
  for (const t of result.tables) {
    const plan = t.found
      ? result.findings.some((f) => f.table === t.key && DAMAGE_RULES.has(f.rule)) ||
        t.format !== targetFormat(result).id
        ? planReplaceTable(snapshot, result, t.key)
        : null
      : planInsertTable(snapshot, result, t.key);
    if (plan) plans.push(plan);
  }
  return plans;
}
