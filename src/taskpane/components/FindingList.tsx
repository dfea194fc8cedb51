import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef } from "react";
import type { Finding, Fix, Severity } from "../../engine";
import {
  countBySeverity,
  entriesOf,
  groupFindings,
  groupsOfSeverity,
  type FindingCardModel,
  type FindingEntry,
} from "../group-findings";
import { useStrings } from "../strings";
import { BunchCard } from "./BunchCard";
import { FindingCard } from "./FindingCard";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  // a 320 px pane: the counted tabs go on two lines rather than out of sight
  tabs: { flexWrap: "wrap" },
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

export type Shown = Severity | "all";

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly lang: "zh" | "en";
  /** Whether finding `index` has a place to go to. */
  readonly canLocate: (index: number) => boolean;
  readonly onLocate: (index: number) => void;
  readonly onApply?: (fix: Fix) => void;
  /** Applies many fixes in one write (a bunch's 全部填0); absent where the host cannot. */
  readonly onApplyAll?: (fixes: readonly Fix[]) => void;
  /** Findings the clerk ignored: listed apart, at the end, with 恢复. */
  readonly isIgnored?: (finding: Finding) => boolean;
  readonly onIgnore?: (finding: Finding, reason?: string) => void;
  readonly onRestore?: (finding: Finding) => void;
  readonly disabled?: boolean;
  /** The severity shown (全部/错误/警告/提示); the pane keeps it so 上一个/下一个 follow it. */
  readonly shown?: Shown;
  readonly onShow?: (shown: Shown) => void;
  /** The finding 上一个/下一个 went to: its card is outlined and scrolled into view. */
  readonly current?: number | null;
  /** Only the first card, with its group's heading (the rest follow: see App). */
  readonly firstCardOnly?: boolean;
}

/** The findings the list shows for a severity filter, each with its index in the result. */
export function visibleEntries(
  findings: readonly Finding[],
  shown: Shown,
  isIgnored: (f: Finding) => boolean = () => false,
): FindingEntry[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => !isIgnored(finding) && (shown === "all" || finding.severity === shown));
}

/** One function for every render, so what is worked out per result stays worked out. */
const noneIgnored = () => false;

/** Findings grouped by table (or section), in document order; many of one kind share a card. */
export function FindingList({
  findings,
  lang,
  canLocate,
  onLocate,
  onApply,
  onApplyAll,
  isIgnored = noneIgnored,
  onIgnore,
  onRestore,
  disabled,
  shown = "all",
  onShow,
  current = null,
  firstCardOnly = false,
}: FindingListProps) {
  const styles = useStyles();
  const s = useStrings();
  const root = useRef<HTMLDivElement>(null);
  const ignored = useMemo(() => findings.filter(isIgnored), [findings, isIgnored]);
  // grouped once a result (and its ignored list): each tab and the list are cut from these groups
  const allGroups = useMemo(
    () => groupFindings(visibleEntries(findings, "all", isIgnored), s),
    [findings, isIgnored, s],
  );
  const tabs = useMemo(() => {
    const counts = countBySeverity(allGroups);
    return (["all", "error", "warning", "info"] as const)
      .map((severity) => ({ severity, ...counts[severity] }))
      .filter((t) => t.severity === "all" || t.cells > 0);
  }, [allGroups]);
  const groups = useMemo(
    () => (shown === "all" ? allGroups : groupsOfSeverity(allGroups, shown)),
    [allGroups, shown],
  );
  const shownGroups = firstCardOnly ? groups.slice(0, 1) : groups;
  const shownCards = (cards: readonly FindingCardModel[]) => (firstCardOnly ? cards.slice(0, 1) : cards);

  useEffect(() => {
    if (current === null) return;
    root.current?.querySelector("[data-current]")?.scrollIntoView?.({ block: "nearest" });
  }, [current]);

  return (
    // busy while only the first card is there: screen readers wait for the whole list
    <div className={styles.list} ref={root} aria-busy={firstCardOnly || undefined} data-testid="findings">
      {tabs.length > 2 && (
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={s.filterLabel}
          selectedValue={shown}
          onTabSelect={(_, d) => onShow?.(d.value as Shown)}
        >
          {tabs.map((t) => (
            <Tab key={t.severity} value={t.severity}>
              {`${s.filter[t.severity]} ${s.filterCount(t.cards, t.cells)}`}
            </Tab>
          ))}
        </TabList>
      )}
      {shownGroups.map((group) => (
        <section key={group.key} className={styles.group} aria-label={group.title}>
          <Text as="h3" size={300} className={styles.heading}>
            {lang === "zh"
              ? `${group.title}（${group.cards.length}）`
              : `${group.title} (${group.cards.length})`}
          </Text>
          {/* role="list": Safari drops list semantics when list-style is none */}
          <ul className={styles.items} role="list">
            {shownCards(group.cards).map((card) => (
              <li key={card.key}>
                {card.kind === "one" ? (
                  <FindingCard
                    finding={card.entry.finding}
                    lang={lang}
                    onLocate={canLocate(card.entry.index) ? () => onLocate(card.entry.index) : undefined}
                    onApply={onApply}
                    onIgnore={onIgnore && ((reason) => onIgnore(card.entry.finding, reason))}
                    disabled={disabled}
                    current={current === card.entry.index}
                  />
                ) : (
                  <BunchCard
                    entries={card.entries}
                    where={group.key.startsWith("table") ? s.repair.tableShort[group.key] : group.title}
                    lang={lang}
                    canLocate={canLocate}
                    onLocate={onLocate}
                    onApplyAll={onApplyAll}
                    onIgnore={onIgnore}
                    disabled={disabled}
                    current={entriesOf(card).some((e) => e.index === current) ? current : null}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {ignored.length > 0 && !firstCardOnly && (
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
