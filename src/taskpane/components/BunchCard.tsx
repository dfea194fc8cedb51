import { Badge, Button, Card, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { explainRule, type Finding, type Fix } from "../../engine";
import type { FindingEntry } from "../group-findings";
import { useStrings } from "../strings";
import { IgnoreButton } from "./IgnoreButton";
import { WhyBox, WhyButton } from "./Why";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  current: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  places: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "20rem",
    overflowY: "auto",
  },
  place: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalXS,
  },
  at: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

const withFix = (fix: Fix | undefined): fix is Fix & { from: string; to: string } =>
  !!fix && "from" in fix && "to" in fix;

export interface BunchCardProps {
  /** Findings of one rule and message in one table or section (BUNCH_MIN or more). */
  readonly entries: readonly FindingEntry[];
  /** 表三, or the section's name. */
  readonly where: string;
  readonly lang: "zh" | "en";
  readonly canLocate: (index: number) => boolean;
  readonly onLocate: (index: number) => void;
  readonly onApplyAll?: (fixes: readonly Fix[]) => void;
  readonly onIgnore?: (finding: Finding, reason?: string) => void;
  readonly disabled?: boolean;
  /** The finding 上一个/下一个 went to, when it is one of these: the card opens to it. */
  readonly current?: number | null;
}

/** Many findings of one kind as one card: how many, one action for all, and the places on demand. */
export function BunchCard({
  entries,
  where,
  lang,
  canLocate,
  onLocate,
  onApplyAll,
  onIgnore,
  disabled,
  current = null,
}: BunchCardProps) {
  const styles = useStyles();
  const s = useStrings();
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState(false);
  const [titleId, placesId, whyId] = [useId(), useId(), useId()];
  const first = entries[0].finding;
  const explanation = explainRule(first.rule);
  const fixes = entries.map((e) => e.finding.fix).filter(withFix);
  const allFixable = fixes.length === entries.length;
  const fillsZero = first.rule === "cell-blank" || first.rule === "cell-placeholder";
  useEffect(() => {
    if (current !== null) setOpen(true);
  }, [current]);
  return (
    <Card
      className={mergeClasses(styles.card, current !== null && styles.current)}
      size="small"
      data-rule={first.rule}
      data-severity={first.severity}
      data-count={entries.length}
    >
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="tint" color={COLORS[first.severity]}>
          {s.severity[first.severity]}
        </Badge>
        <Text id={titleId}>
          {s.group.title(where, entries.length, first.rule, explanation?.description[lang] ?? first.message)}
        </Text>
      </div>
      <div className={styles.actions}>
        {allFixable && onApplyAll && (
          <Button
            size="small"
            appearance="primary"
            onClick={() => onApplyAll(fixes)}
            disabled={disabled}
            aria-describedby={titleId}
          >
            {fillsZero ? s.group.fillAll : s.group.fixAll(fixes.length)}
          </Button>
        )}
        <Button
          size="small"
          aria-expanded={open}
          aria-controls={placesId}
          aria-describedby={titleId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? s.group.hide : s.group.show(entries.length)}
        </Button>
        <WhyButton open={why} onToggle={() => setWhy((w) => !w)} controls={whyId} describedBy={titleId} />
      </div>
      {why && <WhyBox id={whyId} rule={first.rule} lang={lang} />}
      {open && (
        <ul id={placesId} className={styles.places} role="list" aria-labelledby={titleId}>
          {entries.map(({ finding, index }) => (
            <Place
              key={index}
              text={lang === "zh" ? finding.message : finding.messageEn}
              at={current === index}
              onLocate={canLocate(index) ? () => onLocate(index) : undefined}
              onIgnore={onIgnore && ((reason) => onIgnore(finding, reason))}
              disabled={disabled}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One place of a bunch: its message, 定位 and 忽略. */
function Place({
  text,
  at,
  onLocate,
  onIgnore,
  disabled,
}: {
  readonly text: string;
  readonly at: boolean;
  readonly onLocate?: () => void;
  readonly onIgnore?: (reason?: string) => void;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  const s = useStrings();
  const id = useId();
  return (
    <li className={mergeClasses(styles.place, at && styles.at)} data-current={at || undefined}>
      <Text id={id} size={200}>
        {text}
      </Text>
      <span>
        {onLocate && (
          <Button
            size="small"
            appearance="subtle"
            onClick={onLocate}
            disabled={disabled}
            aria-describedby={id}
          >
            {s.locate}
          </Button>
        )}
        {onIgnore && <IgnoreButton onIgnore={onIgnore} describedBy={id} disabled={disabled} />}
      </span>
    </li>
  );
}
