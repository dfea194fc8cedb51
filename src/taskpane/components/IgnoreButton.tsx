import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  ask: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
  },
  reason: { flexGrow: 1, minWidth: "8rem" },
});

/** 忽略, which first asks for an optional reason: the 自查单 lists it with the ignored finding. */
export function IgnoreButton({
  onIgnore,
  describedBy,
  disabled,
}: {
  readonly onIgnore: (reason?: string) => void;
  readonly describedBy: string;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  const s = useStrings();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const labelId = useId();
  if (!asking)
    return (
      <Button
        size="small"
        appearance="subtle"
        onClick={() => setAsking(true)}
        disabled={disabled}
        aria-describedby={describedBy}
      >
        {s.ignore}
      </Button>
    );
  const done = () => {
    setAsking(false);
    onIgnore(reason.trim() || undefined);
  };
  return (
    <div className={styles.ask} role="group" aria-labelledby={labelId}>
      <span id={labelId} hidden>
        {s.ignoreReason}
      </span>
      <Input
        className={styles.reason}
        size="small"
        autoFocus
        value={reason}
        maxLength={200}
        placeholder={s.ignoreReason}
        aria-label={s.ignoreReason}
        aria-describedby={describedBy}
        onChange={(_, d) => setReason(d.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") done();
          if (e.key === "Escape") setAsking(false);
        }}
      />
      <Button size="small" appearance="primary" onClick={done} disabled={disabled}>
        {s.ignoreConfirm}
      </Button>
      <Button size="small" appearance="subtle" onClick={() => setAsking(false)}>
        {s.cancel}
      </Button>
    </div>
  );
}
