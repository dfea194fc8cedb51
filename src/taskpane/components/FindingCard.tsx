import { Badge, Button, Card, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { suspectNote, type Finding, type Fix } from "../../engine";
import { fixLabel, suggestionLabel } from "../fix-labels";
import { formulaOf } from "../formula";
import { useStrings } from "../strings";
import { IgnoreButton } from "./IgnoreButton";
import { WhyBox, WhyButton } from "./Why";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  current: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  formula: {
    fontFamily: tokens.fontFamilyNumeric,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  suggestion: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  copied: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** copied-text: the sentences repeated from last year (`data.copied`), a few of them shown. */
const COPIED_SHOWN = 5;
function copiedSentences(finding: Finding): readonly string[] {
  const copied = finding.rule === "copied-text" ? finding.data.copied : null;
  return Array.isArray(copied) ? copied.filter((c): c is string => typeof c === "string") : [];
}

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

/** The engine writes a sum's formula into its message; the card shows it in its own box instead. */
function withoutFormula(message: string, formula: unknown): string {
  if (typeof formula !== "string" || !formula || !message.endsWith(formula)) return message;
  return message.slice(0, -formula.length).replace(/[：:]\s*$/, "");
}

export interface FindingCardProps {
  readonly finding: Finding;
  readonly lang: "zh" | "en";
  /** Absent when the finding has no place in the document. */
  readonly onLocate?: () => void;
  /** Absent when the document cannot be changed (read-only, too old). */
  readonly onApply?: (fix: Fix) => void;
  /** Absent where the document cannot remember dismissals. */
  readonly onIgnore?: (reason?: string) => void;
  readonly disabled?: boolean;
  /** 上一个/下一个 went here: outlined. */
  readonly current?: boolean;
}

/** One finding: what is wrong, the sum behind it, and what the clerk can do about it. */
export function FindingCard({
  finding,
  lang,
  onLocate,
  onApply,
  onIgnore,
  disabled,
  current,
}: FindingCardProps) {
  const styles = useStyles();
  const s = useStrings();
  const formula = formulaOf(finding.data, s, lang === "zh");
  const message = withoutFormula(
    lang === "zh" ? finding.message : finding.messageEn,
    formula ? (lang === "zh" ? finding.data.formula : finding.data.formulaEn) : null,
  );
  const fixable = (fix: Fix): fix is Fix & { from: string; to: string } => "from" in fix && "to" in fix;
  const note = suspectNote(finding, lang);
  // the engine puts the change of the suspect cell first among the suggestions
  const suspectFix = finding.suspect ? finding.suggestions?.[0] : undefined;
  const copied = copiedSentences(finding);
  // every button says which finding it acts on: its name stays short, the message describes it
  const messageId = useId();
  const whyId = useId();
  const [why, setWhy] = useState(false);
  return (
    <Card
      className={mergeClasses(styles.card, current && styles.current)}
      size="small"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-current={current || undefined}
    >
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="tint" color={COLORS[finding.severity]}>
          {s.severity[finding.severity]}
        </Badge>
        <Text id={messageId}>{message}</Text>
      </div>
      {formula && <div className={styles.formula}>{formula}</div>}
      {note && (
        <div className={styles.suggestion}>
          <Text size={200}>{note}</Text>
          {suspectFix && onApply && (
            <Button
              size="small"
              appearance="primary"
              onClick={() => onApply(suspectFix)}
              disabled={disabled}
              aria-describedby={messageId}
            >
              {s.fix}
            </Button>
          )}
        </div>
      )}
      {copied.length > 0 && (
        <>
          <Text size={200}>{s.previous.copied(copied.length)}</Text>
          <ul className={styles.copied} data-testid="copied-sentences">
            {copied.slice(0, COPIED_SHOWN).map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
            {copied.length > COPIED_SHOWN && <li>{s.others(copied.length - COPIED_SHOWN)}</li>}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        {onLocate && (
          <Button size="small" onClick={onLocate} disabled={disabled} aria-describedby={messageId}>
            {s.locate}
          </Button>
        )}
        {finding.fix && onApply && fixable(finding.fix) && (
          <Button
            size="small"
            appearance="primary"
            onClick={() => onApply(finding.fix as Fix)}
            disabled={disabled}
            aria-describedby={messageId}
          >
            {fixLabel(finding, finding.fix, s)}
          </Button>
        )}
        {onIgnore && <IgnoreButton onIgnore={onIgnore} describedBy={messageId} disabled={disabled} />}
        <WhyButton open={why} onToggle={() => setWhy((w) => !w)} controls={whyId} describedBy={messageId} />
      </div>
      {why && <WhyBox id={whyId} rule={finding.rule} lang={lang} />}
      {onApply &&
        finding.suggestions?.slice(suspectFix ? 1 : 0).map((fix, i) => (
          <div key={i} className={styles.suggestion}>
            <Text size={200}>{fixable(fix) ? s.suggestion(fix.from, fix.to) : fix.op}</Text>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => onApply(fix)}
              disabled={disabled}
              aria-describedby={messageId}
            >
              {suggestionLabel(finding, fix, s)}
            </Button>
          </div>
        ))}
    </Card>
  );
}
