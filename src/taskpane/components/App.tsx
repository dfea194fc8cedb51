import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { profileOptions, type DocumentSnapshot, type Finding } from "../../engine";
import {
  fillZeroFixes,
  findingKey,
  findingTarget,
  WORD_MARK_COLORS,
  missingTables,
  planInsertAtCursor,
  planRepairs,
  type CheckFn,
  type DocumentPort,
} from "../../word";
import { strings, StringsContext, type Lang } from "../strings";
import { useCheck } from "../use-check";
import { useFocusAfterWork } from "../use-focus-after-work";
import { usePrevious } from "../use-previous";
import type { ActiveProfile, ProfileStore } from "../profile-store";
import { stepFrom, stepOrder } from "../step-order";
import { FindingList, visibleEntries, type Shown } from "./FindingList";
import { Legend } from "./Legend";
import { Notices } from "./Notices";
import { PreviousPanel } from "./PreviousPanel";
import { RepairPanel } from "./RepairPanel";
import { WriteNotice } from "./WriteNotice";
import { StepBar } from "./StepBar";
import { Summary } from "./Summary";
import { WarmUp } from "./WarmUp";

// what a clerk opens now and then (rule settings, 自检, the 自查单 writer) is fetched when first
// opened, keeping the pane's first load within its budget
const SettingsPanel = lazy(() => import("./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));
const SelfTest = lazy(() => import("./SelfTest").then((m) => ({ default: m.SelfTest })));

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
  counts: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  folded: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Alt+↓ / Alt+↑: the step a key press asks for, if any. */
const stepKey = (e: KeyboardEvent): 1 | -1 | null =>
  e.altKey && !e.ctrlKey && !e.metaKey ? (e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : null) : null;

export interface AppProps {
  readonly port: DocumentPort;
  readonly check: CheckFn;
  readonly lang?: Lang;
  /** Start a check as soon as the pane opens (the 检查我的报告 ribbon button). */
  readonly autoStart?: boolean;
  /** `readDocx` from src/docx, to read last year's report; without it the pane cannot compare. */
  readonly readDocx?: (bytes: Uint8Array) => DocumentSnapshot | Promise<DocumentSnapshot>;
  /** Where the clerk's rule settings and profile are kept; without it the pane has no 规则设置. */
  readonly profiles?: ProfileStore;
  /** Hands the 自查单 (.docx) to the host: a new Word document, or a download; without it no 生成自查单. */
  readonly onSheet?: (docx: Uint8Array) => Promise<void>;
}

const NO_PROFILE: ActiveProfile = { profile: null, scope: null };

const cannotRead = (): DocumentSnapshot => {
  throw new Error("readDocx missing");
};

/** The task pane: one button to check, what was found, and where it is. */
export function App({ port, check, lang = "zh", autoStart = false, readDocx, profiles, onSheet }: AppProps) {
  const styles = useStyles();
  const s = strings[lang];
  const caps = port.capabilities;
  const [comments, setComments] = useState(false);
  const [active, setActive] = useState<ActiveProfile>(() => profiles?.load() ?? NO_PROFILE);
  const checkOptions = useMemo(() => profileOptions(active.profile), [active]);
  const [view, setView] = useState<"results" | "settings">("results");
  const [sheetNote, setSheetNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, actions] = useCheck(port, check, { comments, checkOptions });
  const [previous, previousActions] = usePrevious(port, readDocx ?? cannotRead);
  const { result, busy } = state;
  const main = useRef<HTMLElement>(null);
  useFocusAfterWork(busy, main);
  const writable = caps.tables && !caps.readOnly;

  useEffect(() => {
    // once, when the pane opens
    if (autoStart && caps.tables) void actions.check();
  }, []);

  // the pane's first results show their first card at once; the other cards, 检查概况 and 补全与修正
  // follow in a render React may interrupt, so no one task holds them all (later results replace
  // these in place: the panels keep what the clerk opened)
  const hadResults = useDeferredValue(result !== null);
  const settled = hadResults || result === null;
  const noTables = !!result && result.tables.every((t) => !t.found);
  // which findings are ignored, worked out once a result (each stage of a check renders the pane,
  // and the list asks for every finding several times a render); asked only of this result's findings
  const ignoredFindings = useMemo(() => {
    const keys = new Set(state.ignored.map((i) => i.key));
    return new Set(keys.size && result ? result.findings.filter((f) => keys.has(findingKey(f))) : []);
  }, [result, state.ignored]);
  const isIgnored = useCallback((f: Finding) => ignoredFindings.has(f), [ignoredFindings]);
  const listed = useMemo(
    () => (result ? result.findings.filter((f) => !ignoredFindings.has(f)) : []),
    [result, ignoredFindings],
  );
  const ignoredCount = result ? result.findings.length - listed.length : 0;
  const [shown, setShown] = useState<Shown>("all");
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => setCurrent(null), [result]);
  const changedProfile = useRef(false);
  useEffect(() => {
    // a change of rules checks again, so the list never shows what the settings no longer ask for
    if (changedProfile.current && result) void actions.check();
    changedProfile.current = true;
  }, [checkOptions]);
  const canRepair = writable && !!port.insert;
  const snapshot = state.read?.snapshot;
  // planned once a check, not at every render (each stage of the next check renders the pane)
  const plans = useMemo(
    () => (settled && canRepair && result && snapshot ? planRepairs(snapshot, result) : []),
    [settled, canRepair, result, snapshot],
  );
  // 补全与修正's missing tables and zero fills: once a result, and only once they are shown
  const lacking = useMemo(
    () => (settled && canRepair && result ? missingTables(result) : []),
    [settled, canRepair, result],
  );
  const canFill = writable && !!port.applyFixes;
  const fills = useMemo(
    () =>
      settled && canFill && result
        ? (["table2", "table3", "table4"] as const).map((table) => ({
            table,
            fixes: fillZeroFixes(result, table),
          }))
        : [],
    [settled, canFill, result],
  );
  const order = useMemo(
    () =>
      result && snapshot
        ? stepOrder(
            result,
            snapshot,
            visibleEntries(result.findings, shown, isIgnored).map((e) => e.index),
          )
        : [],
    [result, snapshot, shown, isIgnored],
  );
  const locate = (index: number) => {
    setCurrent(index);
    void actions.locate(index);
  };
  const step = (direction: 1 | -1) => {
    const next = stepFrom(order, current, direction);
    if (next !== null) locate(next);
  };
  // 全部修正: every safe fix of the findings listed (suggestions stay the clerk's choice)
  const safeFixes = writable && port.applyFixes ? listed.flatMap((f) => (f.fix ? [f.fix] : [])) : [];
  const writeSheet = async () => {
    if (!result || !snapshot || !onSheet) return;
    const keys = new Set(result.findings.map(findingKey));
    const { sheetDocx, sheetText } = await import("../self-check");
    const sheet = sheetText(
      {
        snapshot,
        result,
        ignored: state.ignored.filter((i) => keys.has(i.key)),
        fixed: state.fixed,
        rulesRun: checkOptions.rules,
        profileName: active.profile?.name ?? null,
        date: new Date(),
      },
      s,
    );
    try {
      await onSheet(sheetDocx(sheet));
      setSheetNote({ ok: true, text: s.sheet.done });
    } catch (error) {
      setSheetNote({
        ok: false,
        text: s.sheet.failed(error instanceof Error ? error.message : String(error)),
      });
    }
  };
  const counts = useMemo(() => {
    const of = (severity: string) => listed.filter((f) => f.severity === severity).length;
    return { error: of("error"), warning: of("warning"), info: of("info") };
  }, [listed]);
  // the details and the insert buttons open by themselves only when something is missing
  const missing =
    !!result &&
    (result.sections.some((x) => !x.found) ||
      result.tables.some((t) => !t.found) ||
      (state.mark?.unconfirmed ?? 0) > 0);
  return (
    <StringsContext.Provider value={s}>
      <main
        ref={main}
        className={styles.root}
        lang={lang === "zh" ? "zh-CN" : "en"}
        onKeyDown={(e) => {
          const direction = stepKey(e);
          if (direction === null || busy || !order.length) return;
          e.preventDefault();
          step(direction);
        }}
      >
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
          {result && snapshot && onSheet && view === "results" && (
            <Button onClick={() => void writeSheet()} disabled={!!busy} data-testid="self-check">
              {s.sheet.button}
            </Button>
          )}
          {profiles && (
            <Button
              appearance="subtle"
              aria-pressed={view === "settings"}
              onClick={() => setView((v) => (v === "settings" ? "results" : "settings"))}
            >
              {view === "settings" ? s.settings.close : s.settings.open}
            </Button>
          )}
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
          storyUnchecked={!!state.read?.issues?.some((i) => i.kind === "story")}
          laidOut={!!state.read?.tables.some((m) => m.layout)}
        />
        <WriteNotice notice={state.notice} />
        {sheetNote && (
          <MessageBar intent={sheetNote.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>{sheetNote.text}</MessageBarBody>
          </MessageBar>
        )}
        {view === "settings" && profiles && (
          <Suspense fallback={null}>
            <SettingsPanel
              active={active}
              lang={lang}
              canUseDocument={profiles.documentScope}
              onSave={async (profile, scope) => {
                await profiles.save(profile, scope);
                setActive(profiles.load());
              }}
              disabled={!!busy}
            />
          </Suspense>
        )}
        {view === "results" && !result && !busy && caps.tables && (
          <Text className={styles.idle}>{s.idle}</Text>
        )}
        {view === "results" && result && state.read && (
          <>
            <Divider />
            {/* one line of counts right above the first finding; a check moves focus here */}
            <div role="status" aria-live="polite">
              <Text
                as="h2"
                className={styles.counts}
                data-testid="counts"
                tabIndex={-1}
                data-focus-after-work
              >
                {s.counts(counts.error, counts.warning, counts.info)}
              </Text>
            </div>
            <div className={styles.actions}>
              <StepBar
                total={order.length}
                at={current === null ? 0 : order.indexOf(current) + 1}
                onStep={step}
                disabled={!!busy}
              />
              {safeFixes.length > 1 && (
                <Button
                  size="small"
                  appearance="primary"
                  data-testid="fix-all"
                  onClick={() => void actions.applyFixes(safeFixes, "fixed")}
                  disabled={!!busy}
                >
                  {s.fixAll(safeFixes.length)}
                </Button>
              )}
            </div>
            {result.findings.length === 0 && !noTables && <Text className={styles.allGood}>{s.allGood}</Text>}
            <FindingList
              findings={result.findings}
              lang={lang}
              canLocate={(i) => findingTarget(result, i) !== null}
              onLocate={locate}
              onApply={writable ? (fix) => void actions.applyFix(fix) : undefined}
              onApplyAll={writable && port.applyFixes ? (fixes) => void actions.applyFixes(fixes) : undefined}
              isIgnored={isIgnored}
              onIgnore={port.saveIgnored ? (f, reason) => void actions.ignore(f, reason) : undefined}
              onRestore={port.saveIgnored ? (f) => void actions.restore(findingKey(f)) : undefined}
              disabled={!!busy}
              shown={shown}
              onShow={setShown}
              current={current}
              firstCardOnly={!settled}
            />
            {/* no opening motion: it measures the panel as it mounts, which lays out the whole page
                in the task that shows the results */}
            {settled && (
              <Accordion
                multiple
                collapsible
                defaultOpenItems={[...(missing ? ["details"] : []), ...(plans.length ? ["repairs"] : [])]}
              >
                <AccordionItem value="details">
                  <AccordionHeader as="h2" size="small">
                    {s.details}
                  </AccordionHeader>
                  <AccordionPanel className={styles.folded} collapseMotion={null}>
                    <Summary
                      result={result}
                      mapping={state.read.tables}
                      mark={state.mark}
                      ignored={ignoredCount}
                    />
                    {state.mark && state.mark.marked + state.mark.participating > 0 && (
                      <Legend colors={WORD_MARK_COLORS} />
                    )}
                  </AccordionPanel>
                </AccordionItem>
                {(plans.length > 0 || lacking.length > 0 || fills.some((f) => f.fixes.length > 0)) && (
                  <AccordionItem value="repairs">
                    <AccordionHeader as="h2" size="small">
                      {s.repair.title}
                    </AccordionHeader>
                    <AccordionPanel collapseMotion={null}>
                      <RepairPanel
                        plans={plans}
                        fills={fills}
                        onRepair={(plan) => void actions.repair(plan)}
                        onFill={(fixes) => void actions.applyFixes(fixes)}
                        atCursor={lacking}
                        onInsertAtCursor={(t) => void actions.repair(planInsertAtCursor(result, t))}
                        disabled={!!busy}
                      />
                    </AccordionPanel>
                  </AccordionItem>
                )}
              </Accordion>
            )}
          </>
        )}
        {view === "results" && port.selfTest && caps.tables && (
          <>
            <Divider />
            <Suspense fallback={null}>
              <SelfTest port={port} disabled={!!busy} />
            </Suspense>
          </>
        )}
        {view === "results" && readDocx && port.savePrevious && caps.tables && (
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
        <WarmUp idle={view === "results" && !busy && !result} />
      </main>
    </StringsContext.Provider>
  );
}
