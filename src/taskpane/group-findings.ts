/**
 * Groups findings for the list: by table where a finding has one, else by section, else 全文.
 * Inside a group, many findings of one rule and message (102 blank cells of 表三) make one card
 * that can be opened to its cells, as proofing tools list one check with its places.
 */
import type { Finding, Severity } from "../engine";
import type { Strings } from "./strings";

/** A finding with its index in the result, which actions refer to. */
export interface FindingEntry {
  readonly finding: Finding;
  readonly index: number;
}

/** One card: a single finding, or many of one rule and message in one table or section. */
export type FindingCardModel =
  | { readonly kind: "one"; readonly key: string; readonly entry: FindingEntry }
  | {
      readonly kind: "many";
      readonly key: string;
      readonly rule: string;
      readonly severity: Severity;
      readonly entries: readonly FindingEntry[];
    };

export interface FindingGroup {
  readonly key: string;
  readonly title: string;
  readonly cards: readonly FindingCardModel[];
}

/** From this many findings of one rule and message in one group, they share a card. */
export const BUNCH_MIN = 3;

/** The places a card stands for. */
export const entriesOf = (card: FindingCardModel): readonly FindingEntry[] =>
  card.kind === "one" ? [card.entry] : card.entries;

export function groupFindings(entries: readonly FindingEntry[], s: Strings): FindingGroup[] {
  const groups = new Map<string, { key: string; title: string; entries: FindingEntry[] }>();
  for (const entry of entries) {
    const { finding } = entry;
    const key = finding.table ?? finding.section ?? "whole";
    const title = finding.table
      ? (s.tableNames[finding.table] ?? finding.table)
      : finding.section
        ? (s.sectionNames[finding.section] ?? finding.section)
        : s.wholeReport;
    const group = groups.get(key) ?? { key, title, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ key: g.key, title: g.title, cards: bunch(g.key, g.entries) }));
}

/** Cards in the order of their first finding; a rule's many findings of one kind become one card. */
function bunch(groupKey: string, entries: readonly FindingEntry[]): FindingCardModel[] {
  const kindOf = (f: Finding) => `${f.rule}/${f.messageId}/${f.severity}`;
  const sizes = new Map<string, number>();
  for (const { finding } of entries) sizes.set(kindOf(finding), (sizes.get(kindOf(finding)) ?? 0) + 1);
  const cards: FindingCardModel[] = [];
  const bunches = new Map<string, FindingEntry[]>();
  for (const entry of entries) {
    const kind = kindOf(entry.finding);
    if ((sizes.get(kind) ?? 0) < BUNCH_MIN) {
      cards.push({ kind: "one", key: `${entry.index}`, entry });
      continue;
    }
    const members = bunches.get(kind);
    if (members) {
      members.push(entry);
      continue;
    }
    const created = [entry];
    bunches.set(kind, created);
    cards.push({
      kind: "many",
      key: `${groupKey}/${kind}`,
      rule: entry.finding.rule,
      severity: entry.finding.severity,
      entries: created,
    });
  }
  return cards;
}

/** A card's severity: a bunch's findings share theirs. */
export const severityOf = (card: FindingCardModel): Severity =>
  card.kind === "one" ? card.entry.finding.severity : card.severity;

/**
 * The groups of one severity, from the groups of all: the same as grouping only that severity's
 * findings (a bunch never mixes severities), without grouping again at each tab. A group goes
 * where its first finding of that severity puts it.
 */
export function groupsOfSeverity(groups: readonly FindingGroup[], severity: Severity): FindingGroup[] {
  return groups
    .map((g) => ({ ...g, cards: g.cards.filter((c) => severityOf(c) === severity) }))
    .filter((g) => g.cards.length > 0)
    .sort((a, b) => entriesOf(a.cards[0])[0].index - entriesOf(b.cards[0])[0].index);
}

/** Cards and findings of each severity, and of all, as the list's tabs count them. */
export type SeverityCounts = Record<Severity | "all", { cards: number; cells: number }>;

export function countBySeverity(groups: readonly FindingGroup[]): SeverityCounts {
  const counts: SeverityCounts = {
    all: { cards: 0, cells: 0 },
    error: { cards: 0, cells: 0 },
    warning: { cards: 0, cells: 0 },
    info: { cards: 0, cells: 0 },
  };
  for (const card of groups.flatMap((g) => g.cards))
    for (const count of [counts.all, counts[severityOf(card)]]) {
      count.cards += 1;
      count.cells += entriesOf(card).length;
    }
  return counts;
}
