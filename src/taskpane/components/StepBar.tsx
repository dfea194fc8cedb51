import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  position: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface StepBarProps {
  /** Places to step through. */
  readonly total: number;
  /** 1-based position of the current one; 0 before the first step. */
  readonly at: number;
  readonly onStep: (step: 1 | -1) => void;
  readonly disabled?: boolean;
}

/** 上一个 / 下一个 and where the clerk is (3 / 12); Alt+↑ and Alt+↓ do the same anywhere in the pane. */
export function StepBar({ total, at, onStep, disabled }: StepBarProps) {
  const styles = useStyles();
  const s = useStrings();
  if (total === 0) return null;
  return (
    <div className={styles.root} role="group" aria-label={s.step.label} title={s.step.keys}>
      <Button size="small" onClick={() => onStep(-1)} disabled={disabled} aria-keyshortcuts="Alt+ArrowUp">
        {s.step.previous}
      </Button>
      <Button size="small" onClick={() => onStep(1)} disabled={disabled} aria-keyshortcuts="Alt+ArrowDown">
        {s.step.next}
      </Button>
      <Text className={styles.position} aria-live="polite" data-testid="step-position">
        {s.step.position(at, total)}
      </Text>
    </div>
  );
}
