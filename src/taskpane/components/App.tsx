import { Button, Divider, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { DocumentSnapshot, Finding } from "../../engine";
import {
  fillZeroFixes,
  findingKey,
  findingTarget,
  MARK_COLORS,
  planInsertAtCursor,
  planRepairs,
  type CheckFn,
  type DocumentPort,
} from "../../word";
import { strings, StringsContext, type Lang } from "../strings";
import { useCheck } from "../use-check";
import { useFocusAfterWork } from "../use-focus-after-work";
import { usePrevious } from "../use-previous";
import { FindingList } from "./FindingList";
import { Legend } from "./Legend";
import { SelfTest } from "./SelfTest";
import { Notices } from "./Notices";
import { PreviousPanel } from "./PreviousPanel";
import { RepairPanel } from "./RepairPanel";
import { WriteNotice } from "./WriteNotice";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { display: "flex" },
  idle: { color: tokens.colorNeutralForeground2 },
  allGood: { color: tokens.colorPaletteGreenForeground1 },
});

export interface AppProps {
  readonly port: DocumentPort;
  readonly check: CheckFn;
  readonly lang?: Lang;
  /** Start a check as soon as the pane opens (the 检查我的报告 ribbon button). */
  readonly autoStart?: boolean;
  /** `readDocx` from src/docx, to read last year's report; without it the pane cannot compare. */
  readonly readDocx?: (bytes: Uint8Array) => DocumentSnapshot;
}

const cannotRead = (): DocumentSnapshot => {
  throw new Error("readDocx missing");
};

/** The task pane: one button to check, what was found, and where it is. */
export function App({ port, check, lang = "zh", autoStart = false, readDocx }: AppProps) {
  const styles = useStyles();
  const s = strings[lang];
  const caps = port.capabilities;
  const [comments, setComments] = useState(false);
  const [state, actions] = useCheck(port, check, { comments });
  const [previous, previousActions] = usePrevious(port, readDocx ?? cannotRead);
  const { result, busy } = state;
  const main = useRef<HTMLElement>(null);
  useFocusAfterWork(busy, main);
  const writable = caps.tables && !caps.readOnly;

  useEffect(() => {
    // once, when the pane opens
    if (autoStart && caps.tables) void actions.check();
  }, []);

  const noTables = !!result && result.tables.every((t) => !t.found);
  const ignoredKeys = new Set(state.ignored.map((i) => i.key));
  const isIgnored = (f: Finding) => ignoredKeys.has(findingKey(f));
  const ignoredCount = result ? result.findings.filter(isIgnored).length : 0;
  const canRepair = writable && !!port.insert;
  const snapshot = state.read?.snapshot;
  const plans = canRepair && result && snapshot ? planRepairs(snapshot, result) : [];
  const fills =
    writable && port.applyFixes && result
      ? (["table2", "table3", "table4"] as const).map((table) => ({
          table,
          fixes: fillZeroFixes(result, table),
        }))
      : [];
  return (
    <StringsContext.Provider value={s}>
      <main ref={main} className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
        <header className={styles.header}>
          <Text as="h1" className={styles.title}>
            {s.title}
          </Text>
          <Text className={styles.subtitle}>{s.subtitle}</Text>
        </header>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void actions.check()} disabled={!!busy || !caps.tables}>
            {result ? s.recheck : s.check}
          </Button>
          <Button onClick={() => void actions.clear()} disabled={!!busy || !writable}>
            {s.clear}
          </Button>
          {/* always present, so screen readers announce each stage as it starts */}
          <div role="status" aria-live="polite" className={styles.status}>
            {busy && <Spinner size="tiny" labelPosition="after" label={s.stage[busy]} />}
          </div>
        </div>
        {caps.comments && writable && (
          <Switch label={s.comments} checked={comments} onChange={(_, d) => setComments(d.checked)} />
        )}
        <Notices
          capabilities={caps}
          notice={state.notice}
          noTables={noTables}
          unconfirmed={state.mark?.unconfirmed ?? 0}
        />
        <WriteNotice notice={state.notice} />
        {!result && !busy && caps.tables && <Text className={styles.idle}>{s.idle}</Text>}
        {result && state.read && (
          <>
            <Divider />
            <Summary
              result={
                ignoredCount ? { ...result, findings: result.findings.filter((f) => !isIgnored(f)) } : result
              }
              mapping={state.read.tables}
              mark={state.mark}
              ignored={ignoredCount}
            />
            {state.mark && state.mark.marked + state.mark.participating > 0 && (
              <Legend colors={MARK_COLORS} />
            )}
            {result.findings.length === 0 && !noTables && <Text className={styles.allGood}>{s.allGood}</Text>}
            <RepairPanel
              plans={plans}
              fills={fills}
              onRepair={(plan) => void actions.repair(plan)}
              onFill={(fixes) => void actions.applyFixes(fixes)}
              onInsertAtCursor={
                canRepair ? (t) => void actions.repair(planInsertAtCursor(result, t)) : undefined
              }
              disabled={!!busy}
            />
            <FindingList
              findings={result.findings}
              lang={lang}
              canLocate={(i) => findingTarget(result, i) !== null}
              onLocate={(i) => void actions.locate(i)}
              onApply={writable ? (fix) => void actions.applyFix(fix) : undefined}
              isIgnored={isIgnored}
              onIgnore={port.saveIgnored ? (f) => void actions.ignore(f) : undefined}
              onRestore={port.saveIgnored ? (f) => void actions.restore(findingKey(f)) : undefined}
              disabled={!!busy}
            />
          </>
        )}
        {port.selfTest && caps.tables && (
          <>
            <Divider />
            <SelfTest port={port} disabled={!!busy} />
          </>
        )}
        {readDocx && port.savePrevious && caps.tables && (
          <>
            <Divider />
            <PreviousPanel
              state={previous}
              actions={previousActions}
              // every check compares with what is remembered: check again when it changes
              onChanged={() => {
                if (result) void actions.check();
              }}
              disabled={!!busy}
            />
          </>
        )}
      </main>
    </StringsContext.Provider>
  );
}
