import { useState } from "react";
import { Button, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentPort, SelfTestReport } from "../../word";
import { useStrings, type Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "12em" },
});

/** The report as plain text, for the clerk to copy into a message to support. */
export function selfTestText(report: SelfTestReport, s: Strings["selfTest"]): string {
  const caps = report.capabilities;
  return [
    s.heading,
    s.word(report.version, report.platform),
    s.sets(caps.wordApi, caps.comments, caps.noColorShading, !!caps.trackChanges),
    ...report.tables.map(
      (t) =>
        s.table(t.t + 1, t.cells, t.confirmed) +
        (t.layout ? s.layout : t.withoutMerges ? s.withoutMerges : t.merged ? s.merged(t.addressing) : ""),
    ),
    s.failures + (report.failures.length ? report.failures.join("；") : s.none),
  ].join("\n");
}

/** 自检: proves the add-in's assumptions about Word on the open document and shows a copyable report. */
export function SelfTest({ port, disabled }: { readonly port: DocumentPort; readonly disabled: boolean }) {
  const styles = useStyles();
  const s = useStrings().selfTest;
  const [text, setText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  if (!port.selfTest) return null;
  const selfTest = port.selfTest.bind(port);
  const run = async () => {
    setBusy(true);
    setCopied(false);
    const done = await selfTest().catch((e: unknown) => ({
      ok: false as const,
      reason: "host-error",
      detail: String(e),
    }));
    setText(done.ok ? selfTestText(done.value, s) : `${s.failed}${done.reason} ${done.detail ?? ""}`);
    setBusy(false);
  };
  const copy = () =>
    navigator.clipboard?.writeText(text ?? "").then(
      () => setCopied(true),
      () => undefined, // the text stays selectable in the box
    );
  return (
    <section className={styles.root} aria-label={s.button}>
      <div className={styles.row}>
        <Button onClick={() => void run()} disabled={disabled || busy}>
          {s.button}
        </Button>
        {text !== null && (
          <Button appearance="subtle" onClick={() => void copy()}>
            {copied ? s.copied : s.copy}
          </Button>
        )}
      </div>
      <Text size={200}>{s.hint}</Text>
      {text !== null && (
        <Textarea className={styles.report} readOnly value={text} aria-label={s.heading} resize="vertical" />
      )}
    </section>
  );
}
