import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Fix, Severity } from "../../engine";
import { groupFindings } from "../group-findings";
import { useStrings } from "../strings";
import { FindingCard } from "./FindingCard";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  items: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly lang: "zh" | "en";
  /** Whether finding `index` has a place to go to. */
  readonly canLocate: (index: number) => boolean;
  readonly onLocate: (index: number) => void;
  readonly onApply?: (fix: Fix) => void;
  readonly disabled?: boolean;
}

/** Findings grouped by table (or section), in document order. */
export function FindingList({ findings, lang, canLocate, onLocate, onApply, disabled }: FindingListProps) {
  const styles = useStyles();
  const s = useStrings();
  const [shown, setShown] = useState<Severity | "all">("all");
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0);
  const visible = shown === "all" ? findings : findings.filter((f) => f.severity === shown);
  const groups = groupFindings(findings, s)
    .map((g) => ({ ...g, items: g.items.filter(({ finding }) => visible.includes(finding)) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className={styles.list}>
      {counts.length > 1 && (
        <TabList
          size="small"
          aria-label={s.filterLabel}
          selectedValue={shown}
          onTabSelect={(_, d) => setShown(d.value as Severity | "all")}
        >
          <Tab value="all">{`${s.filter.all} ${findings.length}`}</Tab>
          {counts.map(([severity, n]) => (
            <Tab key={severity} value={severity}>{`${s.filter[severity]} ${n}`}</Tab>
          ))}
        </TabList>
      )}
      {groups.map((group) => (
        <section key={group.key} className={styles.group} aria-label={group.title}>
          <Text as="h3" size={300} className={styles.heading}>
            {lang === "zh"
              ? `${group.title}（${group.items.length}）`
              : `${group.title} (${group.items.length})`}
          </Text>
          {/* role="list": Safari drops list semantics when list-style is none */}
          <ul className={styles.items} role="list">
            {group.items.map(({ finding, index }) => (
              <li key={index}>
                <FindingCard
                  finding={finding}
                  lang={lang}
                  onLocate={canLocate(index) ? () => onLocate(index) : undefined}
                  onApply={onApply}
                  disabled={disabled}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
