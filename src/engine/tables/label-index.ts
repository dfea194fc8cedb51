import type { FormatTemplate, LabelVariant, TableTemplate, VariantStatus } from "../../template";
import { labelKey } from "../normalise";
import type { FormatId, TableKey } from "../types";

/** What a label names in a table template. */
export type LabelRole = "row" | "column" | "group" | "header" | "title";

export interface LabelMatch {
  readonly table: TableKey;
  readonly role: LabelRole;
  /** Row or column key; for groups, headers and titles the official label's key. */
  readonly key: string;
  readonly status: VariantStatus;
  /** The official label. */
  readonly label: string;
}

export type LabelIndex = ReadonlyMap<string, readonly LabelMatch[]>;

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

/** The matches of a label key among the labels of one table, or of every table. */
export function lookupLabel(index: LabelIndex, key: string, table?: TableKey): readonly LabelMatch[] {
  const found = index.get(key) ?? [];
  return table ? found.filter((m) => m.table === table) : found;
}

const templateKeys = new Map<string, string>();

/** `labelKey` of a template label; the labels are constant, so each is computed once. */
export function templateLabelKey(label: string): string {
  let key = templateKeys.get(label);
  if (key === undefined) templateKeys.set(label, (key = labelKey(label)));
  return key;
}
