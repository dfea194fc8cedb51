/**
 * The list groups a result's findings once and cuts each tab from those groups: a tab must show
 * exactly what grouping only its severity's findings shows, and count what that grouping counts.
 */
import fc from "fast-check";
import type { Severity } from "../../src/engine";
import {
  countBySeverity,
  groupFindings,
  groupsOfSeverity,
  type FindingEntry,
} from "../../src/taskpane/group-findings";
import { strings } from "../../src/taskpane/strings";
import { finding } from "./fixtures";

const SEVERITIES = ["error", "warning", "info"] as const;

// few tables, sections, rules and messages, so that groups and bunches form often
const entriesArb = fc
  .array(
    fc.record({
      table: fc.constantFrom(undefined, "table2", "table3"),
      section: fc.constantFrom(undefined, "s2", "s5"),
      rule: fc.constantFrom("balance", "blank"),
      messageId: fc.constantFrom("unequal", "missing"),
      severity: fc.constantFrom(...SEVERITIES),
    }),
    { maxLength: 40 },
  )
  .map((xs) => xs.map((x, index): FindingEntry => ({ finding: finding(x), index })));

const only = (entries: readonly FindingEntry[], severity: Severity) =>
  entries.filter((e) => e.finding.severity === severity);

it("a severity's groups are those of grouping only its findings", () => {
  fc.assert(
    fc.property(entriesArb, fc.constantFrom(...SEVERITIES), (entries, severity) => {
      const all = groupFindings(entries, strings.zh);
      expect(groupsOfSeverity(all, severity)).toEqual(groupFindings(only(entries, severity), strings.zh));
    }),
  );
});

it("the tabs count the cards and findings that grouping each severity alone gives", () => {
  fc.assert(
    fc.property(entriesArb, (entries) => {
      const counts = countBySeverity(groupFindings(entries, strings.zh));
      const cardsOf = (xs: readonly FindingEntry[]) =>
        groupFindings(xs, strings.zh).reduce((n, g) => n + g.cards.length, 0);
      expect(counts.all).toEqual({ cards: cardsOf(entries), cells: entries.length });
      for (const severity of SEVERITIES)
        expect(counts[severity]).toEqual({
          cards: cardsOf(only(entries, severity)),
          cells: only(entries, severity).length,
        });
    }),
  );
});
