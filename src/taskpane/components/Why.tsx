import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { explainRule } from "../../engine";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
});

/** 为什么？: opens and closes a finding's explanation. */
export function WhyButton({
  open,
  onToggle,
  controls,
  describedBy,
}: {
  readonly open: boolean;
  readonly onToggle: () => void;
  /** The id of the explanation box. */
  readonly controls: string;
  readonly describedBy: string;
}) {
  const s = useStrings();
  return (
    <Button
      size="small"
      appearance="transparent"
      aria-expanded={open}
      aria-controls={controls}
      aria-describedby={describedBy}
      onClick={onToggle}
    >
      {s.why}
    </Button>
  );
}

/** A rule in one sentence and its official basis, from the rule's metadata (as docs/rules). */
export function WhyBox({
  id,
  rule,
  lang,
}: {
  readonly id: string;
  readonly rule: string;
  readonly lang: "zh" | "en";
}) {
  const styles = useStyles();
  const s = useStrings();
  const explanation = explainRule(rule);
  if (!explanation) return null;
  return (
    <div id={id} className={styles.box} data-testid="why">
      <Text size={200}>{explanation.description[lang]}</Text>
      <Text size={200}>
        {s.basis}
        {explanation.basis}
      </Text>
    </div>
  );
}
