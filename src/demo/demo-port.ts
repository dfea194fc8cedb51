/**
 * A document port over a .docx rendered in the page, so the task pane runs with no Word at all:
 * marks are `data-mark` attributes on the rendered cells, 定位 scrolls to a cell and outlines it,
 * and a fix changes the in-memory snapshot and the rendering. Given the file's bytes, every
 * write (fixes, inserted tables and sections, replaced tables) edits the .docx itself with
 * src/docx/write and reads it again, so the page can offer the repaired file as a download;
 * "the cursor" is the paragraph the clerk last clicked, else the document's end.
 */
import type {
  CheckResult,
  DocumentSnapshot,
  Fix,
  HostRef,
  SnapshotBlock,
  SnapshotCell,
  SnapshotTable,
} from "../engine";
import {
  applyFixesToDocx,
  insertSectionIntoDocx,
  insertTableIntoDocx,
  replaceTableInDocx,
  type BlockPlace,
} from "../docx/write";
import { sameText } from "../word/_lib/same-text";
import type { Anchor, InsertPlan, ReplaceTablePlan } from "../word/plan-repairs";
import { planMarks, refKey } from "../word/plan-marks";
import { fail, ok, type Capabilities, type DocumentPort, type PortResult } from "../word/port";
import { PREVIOUS_SETTING, loadPrevious, type StoredPrevious } from "../word/previous-store";
import type { IgnoredFinding } from "../word/ignored-store";
import { refSelector, renderDocument } from "./render-document";

const CAPABILITIES: Capabilities = {
  tables: true,
  comments: false,
  noColorShading: true,
  readOnly: false,
  wordApi: "",
};

export interface DemoPort extends DocumentPort {
  /** The document as it is now (fixes included). */
  snapshot(): DocumentSnapshot;
  /** The .docx as it is now, when the port was given one. */
  bytes(): Uint8Array | null;
}

/** The file the page shows, for the writes that edit it. */
export interface DemoFile {
  readonly bytes: Uint8Array;
  /** `readDocx` from src/docx. */
  readonly read: (bytes: Uint8Array) => DocumentSnapshot;
}

/**
 * Last year's report on the demo page: there are no document settings, so it is kept in the
 * page's localStorage (under the settings' name) and, where storage is blocked, in memory.
 */
let remembered: StoredPrevious | null = null;
let ignored: readonly IgnoredFinding[] = [];
const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (a sandboxed frame, privacy settings)
  }
};
const previousStore = {
  get: (): StoredPrevious | null => {
    const text = storage()?.getItem(PREVIOUS_SETTING);
    if (!text) return remembered;
    try {
      return loadPrevious({ get: () => JSON.parse(text) as unknown });
    } catch {
      return remembered;
    }
  },
  set: (stored: StoredPrevious | null) => {
    remembered = stored;
    try {
      if (stored) storage()?.setItem(PREVIOUS_SETTING, JSON.stringify(stored));
      else storage()?.removeItem(PREVIOUS_SETTING);
    } catch {
      // full or blocked: memory only
    }
  },
};

const countCells = (table: SnapshotTable): number =>
  table.cells.reduce((n, c) => n + 1 + (c.tables ?? []).reduce((m, t) => m + countCells(t), 0), 0);

export function createDemoPort(view: HTMLElement, initial: DocumentSnapshot, file?: DemoFile): DemoPort {
  let snapshot = initial;
  let bytes = file?.bytes ?? null;
  let cursor: HostRef | null = null;
  renderDocument(view, snapshot);
  view.onclick = (event) => {
    const p = (event.target as Element | null)?.closest?.("p[data-ref]") as HTMLElement | null;
    if (!p) return;
    const ref = snapshot.blocks.find((b) => b.kind === "paragraph" && refKey(b.ref) === p.dataset.ref)?.ref;
    if (ref) cursor = ref;
  };
  /** Replaces the file by an edited copy and shows it. */
  const rewrite = (edited: Uint8Array) => {
    bytes = edited;
    snapshot = file!.read(edited);
    cursor = null;
    renderDocument(view, snapshot);
  };
  const placeOf = (anchor: Anchor): BlockPlace =>
    anchor.kind !== "cursor" ? anchor : cursor ? { kind: "after", ref: cursor } : { kind: "end" };
  /** The block an anchor names must still hold the text the plan saw. */
  const current = (anchor: Anchor) =>
    anchor.kind === "cursor" ||
    snapshot.blocks.some(
      (b) => refKey(b.ref) === refKey(anchor.ref) && (b.kind === "table" || sameText(b.text, anchor.text)),
    );
  const guarded = async <T>(write: () => T): Promise<PortResult<T>> => {
    try {
      return ok(write());
    } catch (error) {
      return fail("host-error", error instanceof Error ? error.message : String(error));
    }
  };
  const find = (ref: HostRef) => view.querySelector<HTMLElement>(refSelector(ref));
  const marked = () => Array.from(view.querySelectorAll<HTMLElement>("[data-mark]"));

  const editCell = (ref: HostRef, from: string, to: string): boolean => {
    const key = refKey(ref);
    let done = false;
    const editTable = (table: SnapshotTable): SnapshotTable => ({
      ...table,
      cells: table.cells.map((cell): SnapshotCell => {
        if (refKey(cell.ref) === key && sameText(cell.text, from)) {
          done = true;
          return { ...cell, text: to };
        }
        return cell.tables ? { ...cell, tables: cell.tables.map(editTable) } : cell;
      }),
    });
    const blocks = snapshot.blocks.map((b): SnapshotBlock => (b.kind === "table" ? editTable(b) : b));
    if (done) snapshot = { blocks };
    return done;
  };

  return {
    capabilities: CAPABILITIES,
    snapshot: () => snapshot,

    read: async () =>
      ok({
        snapshot,
        tables: snapshot.blocks.flatMap((b) =>
          b.kind === "table" ? [{ ref: b.ref, cells: countCells(b), confirmed: countCells(b) }] : [],
        ),
      }),

    mark: async (result: CheckResult) => {
      marked().forEach((e) => delete e.dataset.mark);
      let [count, parts, unconfirmed] = [0, 0, 0];
      for (const mark of planMarks(result)) {
        const element = find(mark.ref);
        if (!element) {
          unconfirmed++;
          continue;
        }
        element.dataset.mark = mark.level;
        if (mark.level === "part") parts++;
        else count++;
      }
      return ok({ marked: count, participating: parts, unconfirmed, approximate: 0, comments: 0 });
    },

    clearMarks: async () => {
      const cells = marked();
      cells.forEach((e) => delete e.dataset.mark);
      return ok({ restored: cells.length, changed: 0, unreachable: 0, approximate: 0, comments: 0 });
    },

    navigate: async (ref: HostRef) => {
      const element = find(ref);
      if (!element) return fail("stale");
      view.querySelectorAll("[data-focus]").forEach((e) => e.removeAttribute("data-focus"));
      element.dataset.focus = "true";
      element.scrollIntoView?.({ block: "center" });
      return ok(undefined);
    },

    bytes: () => bytes,

    // the demo page remembers dismissals while it is open
    loadIgnored: async () => ok(ignored),
    saveIgnored: async (items: readonly IgnoredFinding[]) => {
      ignored = items;
      return ok(undefined);
    },

    loadPrevious: async () => ok(previousStore.get()),
    savePrevious: async (stored: StoredPrevious | null) => {
      previousStore.set(stored);
      return ok(undefined);
    },

    ...(file && {
      applyFixes: (fixes: readonly Fix[]) =>
        guarded(() => {
          const outcome = applyFixesToDocx(bytes!, fixes);
          if (outcome.applied.length) rewrite(outcome.bytes);
          return { applied: outcome.applied.length, refused: outcome.refused.length, tracked: false };
        }),
      insert: async (plan: InsertPlan) => {
        if (!current(plan.anchor)) return fail("stale");
        return guarded(() => {
          const place = placeOf(plan.anchor);
          rewrite(
            plan.kind === "insert-table"
              ? insertTableIntoDocx(bytes!, plan.format, plan.table, place)
              : insertSectionIntoDocx(bytes!, plan.format, plan.section, place, plan.model),
          );
          return { tracked: false };
        });
      },
      replaceTable: async (plan: ReplaceTablePlan) =>
        guarded(() => {
          rewrite(replaceTableInDocx(bytes!, plan.format, plan.table, plan.parts, plan.values));
          return { tracked: false };
        }),
    }),

    applyFix: async (fix: Fix) => {
      if (bytes && file) {
        const outcome = applyFixesToDocx(bytes, [fix]);
        if (!outcome.applied.length) return fail("stale");
        rewrite(outcome.bytes);
        return ok(undefined);
      }
      if (fix.op === "set-cell") {
        if (!editCell(fix.ref, fix.from, fix.to)) return fail("stale");
      } else {
        const index = snapshot.blocks.findIndex(
          (b) => b.kind === "paragraph" && refKey(b.ref) === refKey(fix.ref),
        );
        const block = snapshot.blocks[index];
        if (!block || block.kind !== "paragraph" || !block.text.startsWith(fix.from)) return fail("stale");
        const blocks = [...snapshot.blocks];
        blocks[index] = { ...block, text: fix.to + block.text.slice(fix.from.length) };
        snapshot = { blocks };
      }
      renderDocument(view, snapshot);
      return ok(undefined);
    },
  };
}
