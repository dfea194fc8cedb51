/** Groups findings for the list: by table where a finding has one, else by section, else 全文. */
import type { Finding } from "../engine";
import type { Strings } from "./strings";

export interface FindingGroup {
  readonly key: string;
  readonly title: string;
  /** Each finding with its index in the result, which actions refer to. */
  readonly items: readonly { readonly finding: Finding; readonly index: number }[];
}

export function groupFindings(findings: readonly Finding[], s: Strings): FindingGroup[] {
  const groups = new Map<
    string,
    { key: string; title: string; items: { finding: Finding; index: number }[] }
  >();
  findings.forEach((finding, index) => {
    const key = finding.table ?? finding.section ?? "whole";
    const title = finding.table
      ? (s.tableNames[finding.table] ?? finding.table)
      : finding.section
        ? (s.sectionNames[finding.section] ?? finding.section)
        : s.wholeReport;
    const group = groups.get(key) ?? { key, title, items: [] };
    group.items.push({ finding, index });
    groups.set(key, group);
  });
  return [...groups.values()];
}
