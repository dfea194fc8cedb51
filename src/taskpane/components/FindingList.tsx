import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
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
  ignored: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly lang: "zh" | "en";
  /** Whether finding `index` has a place to go to. */
  readonly canLocate: (index: number) => boolean;
  readonly onLocate: (index: number) => void;
  readonly onApply?: (fix: Fix) => void;
  /** Findings the clerk ignored: listed apart, at the end, with 恢复. */
  readonly isIgnored?: (finding: Finding) => boolean;
  readonly onIgnore?: (finding: Finding) => void;
  readonly onRestore?: (finding: Finding) => void;
  readonly disabled?: boolean;
}

/** Findings grouped by table (or section), in document order. */
export function FindingList({
  findings,
  lang,
  canLocate,
  onLocate,
  onApply,
  isIgnored = () => false,
  onIgnore,
  onRestore,
  disabled,
}: FindingListProps) {
  const styles = useStyles();
  const s = useStrings();
  const [shown, setShown] = useState<Severity | "all">("all");
  const active = findings.filter((f) => !isIgnored(f));
  const ignored = findings.filter(isIgnored);
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => [severity, active.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0);
  const visible = shown === "all" ? active : active.filter((f) => f.severity === shown);
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
          <Tab value="all">{`${s.filter.all} ${active.length}`}</Tab>
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
                  onIgnore={onIgnore && (() => onIgnore(finding))}
                  disabled={disabled}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {ignored.length > 0 && (
        <section className={styles.group} aria-label={s.ignoredTitle(ignored.length)} data-testid="ignored">
          <Text as="h3" size={300} className={styles.heading}>
            {s.ignoredTitle(ignored.length)}
          </Text>
          <ul className={styles.items} role="list">
            {ignored.map((finding, i) => (
              <IgnoredItem key={i} finding={finding} lang={lang} onRestore={onRestore} disabled={disabled} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** An ignored finding: its message, dimmed, and 恢复 to list it again. */
function IgnoredItem({
  finding,
  lang,
  onRestore,
  disabled,
}: {
  readonly finding: Finding;
  readonly lang: "zh" | "en";
  readonly onRestore?: (finding: Finding) => void;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  const s = useStrings();
  const messageId = useId();
  return (
    <li className={styles.ignored}>
      <Text id={messageId} size={200}>
        {lang === "zh" ? finding.message : finding.messageEn}
      </Text>
      {onRestore && (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onRestore(finding)}
          disabled={disabled}
          aria-describedby={messageId}
        >
          {s.restore}
        </Button>
      )}
    </li>
  );
}
