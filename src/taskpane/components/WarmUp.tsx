import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { startTransition, useEffect, useState } from "react";
import type { Finding } from "../../engine";
import { WORD_MARK_COLORS } from "../../word/plan-marks";
import { FindingList } from "./FindingList";
import { Legend } from "./Legend";
import { StepBar } from "./StepBar";

/**
 * The first results a page shows would insert their components' styles (Griffel) and start
 * Tabster's focus handling for them in the very task that shows them, after the click on
 * 检查我的报告. Rendered once a page, hidden, when the pane is idle after it opens, the results'
 * kinds of parts leave that work done; then they are gone. Never while a check runs or shows.
 */
let warmed = false;

/** `requestIdleCallback` where the browser has it; elsewhere (jsdom, Safari) nothing is warmed. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback !== "function") return () => undefined;
  const id = requestIdleCallback(run, { timeout: 2000 });
  return () => cancelIdleCallback(id);
};

const noop = () => undefined;

/** One of each kind of card: a fix and a suggestion, a bunch of three, one ignored. */
const sample = (severity: Finding["severity"], rule: string, ref: number, over: Partial<Finding> = {}) =>
  ({
    rule,
    severity,
    messageId: rule,
    section: null,
    table: "table3",
    row: null,
    column: null,
    expected: null,
    actual: null,
    cells: [],
    message: rule,
    messageEn: rule,
    data: {},
    ref: { t: 0, tr: ref, tc: 0 },
    ...over,
  }) as Finding;
const fix = { op: "set-cell", at: { table: "table3", row: "r", column: "c" }, ref: { t: 0, tr: 0, tc: 0 } };
const SAMPLES: readonly Finding[] = [
  sample("error", "balance", 0, {
    fix: { ...fix, from: "1", to: "2" },
    suggestions: [{ ...fix, from: "1", to: "3" }],
  } as Partial<Finding>),
  sample("warning", "blank", 1),
  sample("warning", "blank", 2),
  sample("warning", "blank", 3),
  sample("info", "ignored", 4),
];

export function WarmUp({ idle }: { readonly idle: boolean }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (warmed || !idle) {
      setShown(false);
      return;
    }
    // a render React may interrupt: a click meanwhile is handled at once
    return whenIdle(() => startTransition(() => setShown(true)));
  }, [idle]);
  useEffect(() => {
    if (!shown) return;
    // Tabster takes the new parts in a timer of its own: leave them until the page is idle again
    return whenIdle(() => {
      warmed = true;
      setShown(false);
    });
  }, [shown]);
  if (!shown || !idle) return null;
  return (
    <div hidden data-testid="warm-up">
      <StepBar total={2} at={1} onStep={noop} />
      <FindingList
        findings={SAMPLES}
        lang="zh"
        canLocate={() => true}
        onLocate={noop}
        onApply={noop}
        onApplyAll={noop}
        isIgnored={(f) => f.rule === "ignored"}
        onIgnore={noop}
        onRestore={noop}
      />
      <Accordion defaultOpenItems={["panel"]}>
        <AccordionItem value="panel">
          <AccordionHeader as="h2" size="small" />
          <AccordionPanel collapseMotion={null}>
            <Legend colors={WORD_MARK_COLORS} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
