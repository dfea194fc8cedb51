import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId, useRef, useState } from "react";
import { useStrings } from "../strings";
import type { PreviousActions, PreviousState } from "../use-previous";
import { bytesOf } from "../read-file";

// typed only when the clerk has no file of last year: fetched when first opened
const PreviousFigures = lazy(() => import("./PreviousFigures").then((m) => ({ default: m.PreviousFigures })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: 0 },
  intro: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  facts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PreviousPanelProps {
  readonly state: PreviousState;
  readonly actions: PreviousActions;
  /** After last year's report was picked or removed (the pane checks again). */
  readonly onChanged?: () => void;
  readonly disabled?: boolean;
}

/**
 * 与上年报告比较: pick last year's .docx once, or type its dozen figures; the document remembers
 * them.
 */
export function PreviousPanel({ state, actions, onChanged, disabled }: PreviousPanelProps) {
  const styles = useStyles();
  const s = useStrings().previous;
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [typing, setTyping] = useState(false);
  const { stored, busy, problem } = state;
  const report = stored?.report;
  const after = (done: boolean) => {
    if (done) onChanged?.();
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="previous">
      <Text as="h2" id={headingId} className={styles.heading}>
        {s.title}
      </Text>
      {!stored && <Text className={styles.intro}>{s.intro}</Text>}
      {stored && report && (
        <ul className={styles.facts} data-testid="previous-facts">
          <li>{stored.typed ? s.typed : s.file(stored.name)}</li>
          {!stored.typed && <li>{s.year(report.year)}</li>}
          <li>{s.carriedForward(report.carriedForward.total)}</li>
          <li>{s.inForce(report.inForce.regulations, report.inForce.normative_docs)}</li>
        </ul>
      )}
      {stored?.truncated && <Text className={styles.intro}>{s.truncated}</Text>}
      <div className={styles.row}>
        <Button size="small" disabled={disabled || busy} onClick={() => input.current?.click()}>
          {stored ? s.replace : s.pick}
        </Button>
        {!typing && (
          <Button size="small" disabled={disabled || busy} onClick={() => setTyping(true)}>
            {s.typeFigures}
          </Button>
        )}
        {stored && (
          <Button size="small" disabled={disabled || busy} onClick={() => void actions.remove().then(after)}>
            {s.remove}
          </Button>
        )}
        {busy && <Text className={styles.intro}>{s.reading}</Text>}
      </div>
      {typing && (
        <Suspense fallback={null}>
          <PreviousFigures
            initial={stored?.report ?? null}
            disabled={disabled || busy}
            onCancel={() => setTyping(false)}
            onSave={(carriedForward, inForce) =>
              void actions.type(carriedForward, inForce).then((done) => {
                if (done) setTyping(false);
                after(done);
              })
            }
          />
        </Suspense>
      )}
      <input
        ref={input}
        type="file"
        hidden
        accept=".docx"
        aria-label={s.pick}
        data-testid="previous-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ""; // picking the same file again still reads it
          if (file)
            void bytesOf(file)
              .then((bytes) => actions.pick(file.name, bytes))
              .then(after, () => undefined);
        }}
      />
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {problem.kind === "unreadable"
              ? s.unreadable(problem.name, problem.detail)
              : s.notSaved(problem.detail)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
