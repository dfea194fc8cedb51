import type { FormatTemplate, LabelVariant, TableTemplate, VariantStatus } from "../../template";
import leven from "leven";
import { labelKey } from "../normalise";
import type { FormatId, TableKey } from "../types";

/** What a label names in a table template. */
export type LabelRole = "row" | "column" | "group" | "header" | "title";

export interface LabelMatch {
  readonly table: TableKey;
  readonly role: LabelRole;
  /** Row or column key; for groups, headers and titles the official label's key. */
  readonly key: string;
  /** How the written label relates to it; `altered` for a slip bound by closeness. */
  readonly status: VariantStatus | "altered";
  /** The official label. */
  readonly label: string;
}

export type LabelIndex = ReadonlyMap<string, readonly LabelMatch[]>;

/** An official label key with how many edits a written label may be from it and still be it. */
export interface LabelBall {
  readonly key: string;
  readonly match: LabelMatch;
  readonly radius: number;
}

// "1属于国家秘密" → "属于国家秘密": clerks renumber items; the words identify the row.
const LEADING_NUMBER = /^(\d+|[一二三四五六七八九十]+)/;

function add(index: Map<string, LabelMatch[]>, text: string, match: LabelMatch): void {
  const key = labelKey(text);
  if (!key) return;
  const list = index.get(key) ?? [];
  if (!list.some((m) => m.table === match.table && m.role === match.role && m.key === match.key))
    list.push(match);
  index.set(key, list);
  const bare = key.replace(LEADING_NUMBER, "");
  if (bare !== key && bare.length >= 4 && !index.has(bare)) index.set(bare, [match]);
}

function addLabelled(
  index: Map<string, LabelMatch[]>,
  table: TableKey,
  role: LabelRole,
  key: string,
  label: string,
  variants: readonly LabelVariant[] = [],
): void {
  add(index, label, { table, role, key, status: "accepted", label });
  for (const v of variants) add(index, v.text, { table, role, key, status: v.status, label });
}

function addTable(index: Map<string, LabelMatch[]>, t: TableTemplate): void {
  for (const row of t.rows) {
    addLabelled(index, t.key, "row", row.key, row.label, row.variants);
    if (row.group) addLabelled(index, t.key, "group", row.group, row.group);
  }
  for (const column of t.columns) {
    addLabelled(index, t.key, "column", column.key, column.label, column.variants);
    if (column.group) addLabelled(index, t.key, "header", column.group, column.group);
  }
  for (const header of t.headers)
    addLabelled(index, t.key, "header", header.label, header.label, header.variants);
  for (const block of t.blocks ?? [])
    addLabelled(index, t.key, "title", block.title, block.title, block.titleVariants);
}

const cache = new Map<FormatId, LabelIndex>();
/** Each index's balls, by table: measured the first time a slip is looked for in the table. */
const ballsOf = new WeakMap<LabelIndex, Map<TableKey, readonly LabelBall[]>>();
const slips = new WeakMap<LabelIndex, Map<string, readonly LabelMatch[]>>();

/** Every label of a format's tables, by label key. Built once per format: the format is constant data. */
export function labelIndex(format: FormatTemplate): LabelIndex {
  let index = cache.get(format.id);
  if (!index) {
    const built = new Map<string, LabelMatch[]>();
    for (const table of format.tables) addTable(built, table);
    cache.set(format.id, built);
    index = built;
  }
  return index;
}

/**
 * The matches of a label key among the labels of one table, or of every table. Within one
 * table, a key no label has exactly is matched to the official label it is a slip of, if any
 * (see `labelBalls`), with status `altered`.
 */
export function lookupLabel(index: LabelIndex, key: string, table?: TableKey): readonly LabelMatch[] {
  const found = index.get(key);
  if (found) return table ? found.filter((m) => m.table === table) : found;
  return table ? slipOf(index, key, table) : [];
}

/** One label: the same row, column or header, or one official text in two roles (三、本年度办理结果 names a group of rows and a header). */
const sameTarget = (a: LabelMatch, b: LabelMatch): boolean =>
  a.table === b.table && (a.label === b.label || (a.role === b.role && a.key === b.key));

/**
 * For each table, its label keys with a radius: how many edits a written label may be from one
 * and still be read as it. The radius is measured, not chosen: under half the distance to the
 * nearest label of anything else in the table, so that no written label is within reach of two
 * (the balls are disjoint), and at most one edit per four characters, two at most.
 */
export function labelBalls(index: LabelIndex): ReadonlyMap<TableKey, readonly LabelBall[]> {
  const tables = new Set<TableKey>();
  for (const matches of index.values()) for (const match of matches) tables.add(match.table);
  return new Map([...tables].map((table) => [table, tableBalls(index, table)]));
}

/**
 * One table's balls (see labelBalls), in the index's order. Measured when a table first needs
 * them, not when the index is built: measuring both formats' tables was ≈ 12 ms of a fresh
 * thread's first check, and most reports write every label of most tables exactly.
 */
function tableBalls(index: LabelIndex, table: TableKey): readonly LabelBall[] {
  let byTable = ballsOf.get(index);
  if (!byTable) ballsOf.set(index, (byTable = new Map()));
  let balls = byTable.get(table);
  if (!balls) {
    const labels: { key: string; match: LabelMatch }[] = [];
    for (const [key, matches] of index) {
      if (/^\d*$/.test(key)) continue;
      for (const match of matches) if (match.table === table) labels.push({ key, match });
    }
    byTable.set(table, (balls = labels.map((a) => ({ ...a, radius: radiusOf(a, labels) }))));
  }
  return balls;
}

/**
 * Under half the distance from `a` to the nearest label of anything else, at most one edit per
 * four characters and two at most. Only labels within twice that cap can lower it, and a label
 * whose length differs by more is at least that far: those are not measured. Measuring every
 * pair was most of the 20–30 ms a fresh process spent on both formats' labels before its first
 * check.
 */
function radiusOf(
  a: { key: string; match: LabelMatch },
  labels: readonly { key: string; match: LabelMatch }[],
) {
  const cap = Math.min(2, Math.floor(a.key.length / 4));
  let nearest = Infinity;
  if (cap > 0)
    for (const b of labels)
      if (Math.abs(a.key.length - b.key.length) <= 2 * cap && !sameTarget(a.match, b.match))
        nearest = Math.min(nearest, leven(a.key, b.key));
  return Math.max(0, Math.min(cap, Math.floor((nearest - 1) / 2)));
}

function slipOf(index: LabelIndex, key: string, table: TableKey): readonly LabelMatch[] {
  if (key.length < 3 || /^[\d.]*$/.test(key)) return [];
  const memo = slips.get(index) ?? new Map<string, readonly LabelMatch[]>();
  slips.set(index, memo);
  const id = `${table}|${key}`;
  let found = memo.get(id);
  if (!found) {
    const ball = tableBalls(index, table).find(
      (b) => b.radius > 0 && Math.abs(b.key.length - key.length) <= b.radius && leven(b.key, key) <= b.radius,
    );
    // every role of the label it is a slip of, as its exact words would have: a group's slip is the group too
    const named = ball ? (index.get(ball.key) ?? []).filter((m) => m.table === table) : [];
    // field by field, in the order addLabelled builds a match: one shape for every match (a spread gave another)
    found = named.map((m): LabelMatch => ({
      table,
      role: m.role,
      key: m.key,
      status: "altered",
      label: m.label,
    }));
    // a report repeats its labels; bounded, so a batch stays small
    if (memo.size >= 5000) memo.clear();
    memo.set(id, found);
  }
  return found;
}

const templateKeys = new Map<string, string>();

/** `labelKey` of a template label; the labels are constant, so each is computed once. */
export function templateLabelKey(label: string): string {
  let key = templateKeys.get(label);
  if (key === undefined) templateKeys.set(label, (key = labelKey(label)));
  return key;
}

const namedBy = new WeakMap<LabelIndex, ReadonlyMap<string, readonly TableKey[]>>();

/**
 * The tables whose labels have this exact key (no slips), each once: what `lookupLabel(index,
 * key)` names, drawn from the constant index once rather than for every cell of every report.
 */
export function tablesNamedBy(index: LabelIndex, key: string): readonly TableKey[] {
  let byKey = namedBy.get(index);
  if (!byKey) {
    const built = new Map<string, readonly TableKey[]>();
    for (const [k, matches] of index) built.set(k, [...new Set(matches.map((m) => m.table))]);
    namedBy.set(index, (byKey = built));
  }
  return byKey.get(key) ?? NONE;
}

const NONE: readonly TableKey[] = [];
