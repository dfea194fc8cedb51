/// <reference types="office-js" />
/**
 * The document port over Office.js. Keeps the last read (its table proxies are tracked, so
 * marking, navigating and fixing run in later batches without reading again) and the mark
 * ledger in the document's settings.
 */
import type { CheckResult, Fix, HostRef } from "../engine";
import { applyFix, applyFixes } from "./apply-fix";
import { insertSection } from "./insert-section";
import { insertTable } from "./insert-table";
import type { InsertPlan, ReplaceTablePlan } from "./plan-repairs";
import { replaceTable } from "./replace-table";
import { clearMarks } from "./clear-marks";
import { describeError, mayBeRefusal, toFailure } from "./errors";
import { markFindings, settleLedger, type NoColourProof } from "./mark-findings";
import { loadLedger, refreshSettings, saveLedger, type SettingsStore } from "./mark-store";
import {
  applyVerdicts,
  hasMerges,
  layoutKey,
  probeKey,
  queueProbe,
  rowKey,
  telling,
  tellingRowKeys,
} from "./_lib/probe-addresses";
import { loadPrevious, savePrevious, type StoredPrevious } from "./previous-store";
import { loadIgnored, saveIgnored, type IgnoredFinding } from "./ignored-store";
import { paragraphBefore, queueTableSelection, selectParagraph } from "./navigate";
import { loadProofs, saveProofs } from "./proof-store";
import {
  addressed,
  CHANGED_SINCE_CHECK,
  CHANGED_TABLE,
  fromThisCheck,
  planFromThisCheck,
  queueShapeCheck,
} from "./_lib/table-shape";
import { planMarks } from "./plan-marks";
import {
  fail,
  ok,
  type Capabilities,
  type DocumentPort,
  type MarkOptions,
  type PortResult,
  type ReadIssue,
} from "./port";
import { readSnapshot, tableMapping, type ParseFlatOpc, type WordRead } from "./read-snapshot";
import { withTrackedChanges } from "./tracked-changes";

/** Everything the adapter needs from the host, injectable so tests can hand in a fake Word. */
export interface WordHost {
  /** `Word.run(batch)`. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Word.run(objects, batch)`: a batch on the context of tracked objects from an earlier batch. */
  runWith<T>(
    objects: OfficeExtension.ClientObject[],
    batch: (context: Word.RequestContext) => Promise<T>,
  ): Promise<T>;
  readonly settings: SettingsStore;
  readonly capabilities: Capabilities;
  /** `readFlatOpc` from src/docx. */
  readonly parse: ParseFlatOpc;
  /** `Office.context.diagnostics`: which Word this is, for 自检. */
  readonly diagnostics?: { readonly version?: string; readonly platform?: string };
}

/** The host as Office.js provides it; call after `Office.onReady`. */
export function officeHost(parse: ParseFlatOpc, capabilities: Capabilities): WordHost {
  return {
    run: (batch) => Word.run(batch),
    runWith: (objects, batch) => Word.run(objects, batch),
    settings: Office.context.document.settings,
    capabilities,
    parse,
    diagnostics: Office.context.diagnostics
      ? { version: Office.context.diagnostics.version, platform: String(Office.context.diagnostics.platform) }
      : undefined,
  };
}

/** The text `read` gave body paragraph `p`; null when it read no such paragraph. */
function paragraphText(read: WordRead, p: number): string | null {
  const block = read.snapshot.blocks.find((b) => b.kind === "paragraph" && b.ref.p === p);
  // Word's own text where the read took another (reviewed, or without hidden text)
  return block && block.kind === "paragraph" ? (read.wordText?.get(p) ?? block.text) : null;
}

/** What an insertion at the cursor sees when nothing was read yet. */
const NO_READ: WordRead = { snapshot: { blocks: [] }, tables: [], mapping: [], ourComments: [] };

export function createWordPort(host: WordHost): DocumentPort {
  const caps = host.capabilities;
  // "Auto" proved to take our colour away, once a session (mark-findings.ts, settleNoColour)
  const noColour: NoColourProof = { proved: false };
  let last: WordRead | null = null;
  /** The read the pane's last check (`read()`) returned: the one its findings' refs come from. */
  let checked: WordRead | null = null;
  /** Each merged table's probe verdict (probe-addresses.ts), kept for the session. */
  const verdicts = new Map<string, boolean>();
  /**
   * Layouts (layoutKey) and row shapes (rowKey) a telling probe proved this session: blanked
   * cells and added rows do not unprove them.
   */
  const provedLayouts = new Set<string>();
  /** This Word, for the proofs kept in the document (proof-store.ts). */
  const platform = host.diagnostics?.platform ?? "";
  /** Why the last probe batch failed, for 自检. */
  let probeFailure: string | null = null;

  /**
   * Whether the document is protected, as Word says (WordApiDesktop 1.4); null where it cannot
   * tell. Asked only after a write failed with an error that does not say why.
   */
  const protectedNow = async (): Promise<boolean | null> => {
    if (!caps.protection) return null;
    try {
      return await host.run(async (context) => {
        const document = context.document.load("protectionType");
        await context.sync();
        return document.protectionType !== "NoProtection";
      });
    } catch {
      return null;
    }
  };
  const guard = async <T>(action: () => Promise<PortResult<T>>, writing = false): Promise<PortResult<T>> => {
    try {
      return await action();
    } catch (error) {
      const failure = toFailure(error);
      // "protected" only where Word says the document is: a catch-all error alone does not
      if (writing && !failure.ok && failure.reason === "host-error" && mayBeRefusal(error)) {
        if (await protectedNow()) return fail("protected", failure.detail);
      }
      // a table deleted since the read: its tracked proxy is gone
      if (
        !failure.ok &&
        failure.reason === "host-error" &&
        /ItemNotFound|InvalidObjectPath/.test(failure.detail ?? "")
      ) {
        return fail("stale", failure.detail);
      }
      return failure;
    }
  };
  /** The read whose table and comment proxies are tracked: a new read releases them. */
  let held: WordRead | null = null;
  const readBatch = (context: Word.RequestContext) =>
    readSnapshot(context, host.parse, { comments: caps.comments, reviewedText: caps.trackChanges });
  /**
   * A fresh read. Tracked proxies hold memory in Word until released, and a release travels with
   * a sync of the context that tracked them: so a read after another runs on that context
   * (`Word.run(objects, …)`) and releases the previous read's proxies in its own first sync, at no
   * round trip of its own. Should that batch fail (its proxies gone with a deleted table), the read
   * runs anew on a context of its own and the old proxies are left to Word.
   */
  const read = async (): Promise<WordRead> => {
    const previous = held ? [...held.tables.map((t) => t.proxy), ...held.ourComments] : [];
    const r = previous.length
      ? await host
          .runWith(previous, (context) => {
            context.trackedObjects.remove(previous);
            return readBatch(context);
          })
          .catch(() => host.run(readBatch))
      : await host.run(readBatch);
    held = r;
    last = r;
    return r;
  };
  /**
   * The read with every merged table's addressing proved (one batch for the tables not yet
   * probed); a table Word contradicts, or whose probe fails, keeps no address.
   */
  const confirmed = async (
    r: WordRead,
    { shapes }: { readonly shapes?: (shape: "same" | "changed") => void } = {},
  ): Promise<WordRead> => {
    const pending = r.tables.filter((w) => hasMerges(w) && !verdicts.has(probeKey(w)));
    if (pending.length) {
      await onTables(r, async (context) => {
        const checks = pending.map((w) => ({ w, check: queueProbe(w) }));
        // asked by a write through the read's addresses: the tables' shape, in the probe's own sync
        const same = shapes ? queueShapeCheck(context, r, addressed(r)) : null;
        try {
          await context.sync();
          if (same && !same()) {
            // a table changed since the read: the probe saw another table; nothing is proved
            shapes?.("changed");
            return;
          }
          checks.forEach(({ w, check }) => verdicts.set(probeKey(w), check()));
          probeFailure = null;
          shapes?.("same");
        } catch (error) {
          pending.forEach((w) => verdicts.set(probeKey(w), false));
          probeFailure = describeError(error);
        }
      });
    }
    for (const w of r.tables)
      if (hasMerges(w) && verdicts.get(probeKey(w)) === true && telling(w))
        for (const key of [layoutKey(w), ...tellingRowKeys(w)]) provedLayouts.add(key);
    // and those this Word proved before: in the right-click command, or an earlier session
    const stored = loadProofs(host.settings, platform);
    const tables = applyVerdicts(
      r,
      (w) => verdicts.get(probeKey(w)),
      (key) => provedLayouts.has(key) || stored.has(key),
    );
    const proved = { ...r, tables, mapping: tableMapping(tables) };
    if (last === r) last = proved;
    if (checked === r) checked = proved;
    return proved;
  };
  const unverified = (r: WordRead) =>
    r.tables.filter((w) => hasMerges(w) && verdicts.get(probeKey(w)) === false).length;
  const onTables = <T>(r: WordRead, batch: (context: Word.RequestContext) => Promise<T>) =>
    r.tables.length
      ? host.runWith(
          r.tables.map((t) => t.proxy),
          batch,
        )
      : host.run(batch);
  /**
   * After a mark or clear batch that failed part-way: read again and drop the records whose cells
   * show they were never painted or already put back (settleLedger). Best effort: if this fails
   * too, the records saved ahead are still there, and 清除标记 sorts them out later.
   */
  const settleAfterFailure = async (error: unknown): Promise<never> => {
    try {
      const fresh = await read();
      await refreshSettings(host.settings);
      const ledger = loadLedger(host.settings);
      const settled = settleLedger(fresh, ledger);
      if (settled.marks.some((m, i) => m !== ledger.marks[i]) || settled.marks.length !== ledger.marks.length)
        await saveLedger(host.settings, settled);
    } catch {
      // the failure to report is the batch's own
    }
    throw error;
  };
  const writable = (): PortResult<never> | null =>
    !caps.tables ? fail("too-old") : caps.readOnly ? fail("read-only") : null;

  return {
    capabilities: caps,

    read: () =>
      guard(async () => {
        if (!caps.tables) return fail("too-old");
        const r = await read();
        checked = r;
        return ok({ snapshot: r.snapshot, tables: r.mapping, ...(r.issues ? { issues: r.issues } : {}) });
      }),

    mark: (result: CheckResult, options: MarkOptions = {}) =>
      guard(async () => {
        const refused = writable();
        if (refused) return refused;
        if (!last) return fail("stale");
        const unproved = last;
        await refreshSettings(host.settings); // the right-click command may have marked since
        // the engine ran between the read and now, and the clerk may have added a row meanwhile:
        // the tables' shape is checked before painting by address (in the probe's sync if one runs)
        let shape: "same" | "changed" | null = null;
        const r = await confirmed(unproved, { shapes: (s) => (shape = s) });
        if (shape === "changed") return fail("stale", CHANGED_TABLE);
        // kept before painting: a later session, or the other runtime, can then put the marks back
        await saveProofs(host.settings, platform, provedLayouts);
        const marked = await onTables(r, (context) =>
          markFindings(context, r, planMarks(result), loadLedger(host.settings), caps, {
            ...options,
            saveAhead: (ledger) => saveLedger(host.settings, ledger),
            noColour,
            shapeChecked: shape === "same",
          }),
        ).catch(settleAfterFailure);
        if (!marked) return fail("stale", CHANGED_TABLE);
        await saveLedger(host.settings, marked.ledger);
        const tables = unverified(unproved);
        return ok({ ...marked.outcome, ...(tables ? { unverifiedTables: tables } : {}) });
      }, true),

    clearMarks: () =>
      guard(async () => {
        const refused = writable();
        if (refused) return refused;
        await refreshSettings(host.settings); // the ledger and proofs as the other runtime left them
        const r = await confirmed(await read()); // a fresh look: the marks may come from an earlier session
        const cleared = await onTables(r, (context) =>
          clearMarks(context, r, loadLedger(host.settings), caps, noColour, (ahead) =>
            saveLedger(host.settings, ahead),
          ),
        ).catch(settleAfterFailure);
        await saveLedger(host.settings, cleared.ledger);
        return ok(cleared.outcome);
      }, true),

    navigate: (ref: HostRef) =>
      guard(async () => {
        if (!caps.tables) return fail("too-old");
        if (!last) return fail("stale");
        if (typeof ref.p === "number") {
          const p = ref.p;
          // the check's text: a later read (清除标记's) numbers the paragraphs afresh
          const text = checked && paragraphText(checked, p);
          if (text === null) return fail("stale");
          return (await host.run((context) => selectParagraph(context, p, text)))
            ? ok(undefined)
            : fail("stale");
        }
        const before = checked && paragraphBefore(checked, ref);
        if (before)
          return (await host.run((context) => selectParagraph(context, before.p, before.text)))
            ? ok(undefined)
            : fail("stale");
        const r = await confirmed(last);
        if (!fromThisCheck(r, checked)) return fail("stale", CHANGED_SINCE_CHECK);
        const queued = await onTables(r, async (context) => {
          const found = queueTableSelection(r, ref);
          if (found) await context.sync();
          return found;
        });
        return queued ? ok(undefined) : fail("stale");
      }),

    applyFix: (fix: Fix) =>
      guard(async () => {
        const refused = writable();
        if (refused) return refused;
        if (!last) return fail("stale");
        const r = await confirmed(last);
        return onTables(r, (context) => applyFix(context, r, checked, fix, caps.comments));
      }, true),

    applyFixes: (fixes: readonly Fix[]) =>
      guard(async () => {
        const refused = writable();
        if (refused) return refused;
        if (!last) return fail("stale");
        const r = await confirmed(last);
        return onTables(r, async (context) => {
          // as tracked changes where Word can, so each can be accepted or rejected in the review pane
          const done = await withTrackedChanges(context, caps.trackChanges, () =>
            applyFixes(context, r, checked, fixes, caps.trackChanges, caps.comments),
          );
          const result = done.value;
          return result.ok
            ? ok({
                ...result.value,
                tracked: result.value.tracked || (done.tracked && result.value.applied > 0),
              })
            : result;
        });
      }, true),

    insert: (plan: InsertPlan) =>
      guard(async () => {
        const refused = writable();
        if (refused) return refused;
        const r = last;
        // a table at the cursor needs no earlier read; anything else is placed by the last check
        const byCheck = plan.anchor.kind !== "cursor" || (plan.kind === "insert-section" && !!plan.model);
        if (!r && byCheck) return fail("stale");
        // the plan's refs are the check's: through a later read (清除标记's, 自检's) only if it saw
        // the same blocks at the same places
        if (r && byCheck && !planFromThisCheck(r, checked)) return fail("stale", CHANGED_SINCE_CHECK);
        const batch = (context: Word.RequestContext, read: WordRead) =>
          plan.kind === "insert-table"
            ? insertTable(context, read, plan, caps.trackChanges)
            : insertSection(context, read, plan, caps.trackChanges);
        const done = r
          ? await onTables(r, (context) => batch(context, r))
          : await host.run((context) => batch(context, NO_READ));
        if (done.ok) last = null; // blocks moved: the next action reads again
        return done;
      }, true),

    replaceTable: (plan: ReplaceTablePlan) =>
      guard(async () => {
        const refused = writable();
        if (refused) return refused;
        const r = last;
        if (!r) return fail("stale");
        // the parts are the check's tables: through a later read only if it saw the same ones
        if (!planFromThisCheck(r, checked)) return fail("stale", CHANGED_SINCE_CHECK);
        const done = await onTables(r, (context) => replaceTable(context, r, plan, caps.trackChanges));
        if (done.ok) last = null;
        return done;
      }, true),

    // settings only: no Word batch, and saving is allowed in a read-only document too
    loadPrevious: () =>
      guard(async () => {
        await refreshSettings(host.settings);
        return ok(loadPrevious(host.settings));
      }),

    savePrevious: (stored: StoredPrevious | null) =>
      guard(async () => {
        await savePrevious(host.settings, stored);
        return ok(undefined);
      }),

    loadIgnored: () =>
      guard(async () => {
        await refreshSettings(host.settings);
        return ok(loadIgnored(host.settings));
      }),

    saveIgnored: (items: readonly IgnoredFinding[]) =>
      guard(async () => {
        await saveIgnored(host.settings, items);
        return ok(undefined);
      }),

    selfTest: () =>
      guard(async () => {
        if (!caps.tables) return fail("too-old");
        const r = await read();
        // probe again, on this document as it is
        r.tables.forEach((w) => {
          verdicts.delete(probeKey(w));
          provedLayouts.delete(layoutKey(w));
          w.physical?.rows.forEach((_, tr) => provedLayouts.delete(rowKey(w, tr)));
        });
        const proved = await confirmed(r);
        const failures = [
          ...(r.issues ?? []).map((i) => [issuePlace(i), i.code, i.location].filter(Boolean).join(" ")),
          ...(probeFailure ? [`getCellOrNullObject ${probeFailure}`] : []),
        ];
        return ok({
          version: host.diagnostics?.version ?? "",
          platform: host.diagnostics?.platform ?? "",
          capabilities: caps,
          // a text box's table Word lists is kept only for 清除标记: the mapping leaves it out
          tables: r.tables
            .filter((w) => !w.inTextBox)
            .map((w, i) => ({
              t: w.t,
              cells: proved.mapping[i].cells,
              confirmed: proved.mapping[i].confirmed,
              merged: hasMerges(w),
              addressing: hasMerges(w) ? (verdicts.get(probeKey(w)) ?? null) : null,
              withoutMerges: !w.physical,
              ...(w.layout ? { layout: true } : {}),
            })),
          failures,
        });
      }),
  };
}

/** Where a read issue happened, for the self-test report. */
function issuePlace(i: ReadIssue): string {
  return i.kind === "table"
    ? `table ${i.t + 1}`
    : i.kind === "list"
      ? `paragraph ${i.p}`
      : `body ${i.unchecked}`;
}
