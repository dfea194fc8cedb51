/**
 * A document port over a .docx rendered in the page, so the task pane runs with no Word at all:
 * marks are `data-mark` attributes on the rendered cells, 定位 scrolls to a cell and outlines it,
 * and a fix changes the in-memory snapshot and the rendering.
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
import { sameText } from "../word/_lib/same-text";
import { planMarks, refKey } from "../word/plan-marks";
import { fail, ok, type Capabilities, type DocumentPort } from "../word/port";
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
}

const countCells = (table: SnapshotTable): number =>
  table.cells.reduce((n, c) => n + 1 + (c.tables ?? []).reduce((m, t) => m + countCells(t), 0), 0);

export function createDemoPort(view: HTMLElement, initial: DocumentSnapshot): DemoPort {
  let snapshot = initial;
  renderDocument(view, snapshot);
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
      return ok({ marked: count, participating: parts, unconfirmed, comments: 0 });
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

    applyFix: async (fix: Fix) => {
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
