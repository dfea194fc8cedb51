/// <reference types="office-js" />
/**
 * Inserting block content (OOXML) next to a block of the last read, never over anything: a new
 * empty paragraph is put after the anchor block (or before it, or after the cursor's paragraph)
 * and the content replaces that empty paragraph. Reading what is needed takes one sync, the
 * write is queued for the caller's single write sync.
 */
import type { Anchor } from "../plan-repairs";
import { fail, type PortResult } from "../port";
import type { WordRead } from "../read-snapshot";
import { sameText } from "./same-text";

/** Something Word can put a paragraph next to. */
interface ParagraphHost {
  insertParagraph(text: string, location: "Before" | "After"): Word.Paragraph;
}

/** A resolved anchor: where the empty paragraph goes. */
export interface Place {
  readonly host: ParagraphHost;
  readonly location: "Before" | "After";
}

/** What the first sync must load to resolve an anchor, and the check after it. */
export interface PendingPlace {
  /** Call after the sync: the place, or why the anchor is no longer valid. */
  resolve(): PortResult<Place>;
}

/** The highest paragraph index a set of refs needs loaded (-1 for none). */
const paragraphsNeeded = (
  ...refs: readonly (Readonly<Record<string, unknown>> | null | undefined)[]
): number => Math.max(-1, ...refs.map((r) => (r && typeof r.p === "number" ? r.p : -1)));

/**
 * Queues the loads an anchor needs. `paragraphs` is the body's paragraph collection loaded with
 * `text` and `tableNestingLevel` (shared between anchors and models of one batch).
 */
function queueAnchor(
  context: Word.RequestContext,
  read: WordRead,
  anchor: Anchor,
  paragraphs: Word.ParagraphCollection | null,
): PendingPlace {
  if (anchor.kind === "cursor") {
    const selected = context.document.getSelection().paragraphs.load("items/tableNestingLevel");
    return {
      resolve: () => {
        const last = selected.items[selected.items.length - 1];
        if (!last) return fail("stale");
        if (last.tableNestingLevel > 0) return fail("cursor-in-table");
        return { ok: true, value: { host: last, location: "After" } };
      },
    };
  }
  const location = anchor.kind === "after" ? "After" : "Before";
  if (typeof anchor.ref.p === "number") {
    const p = anchor.ref.p;
    return {
      resolve: () => {
        const paragraph = paragraphs?.items[p];
        if (!paragraph || paragraph.tableNestingLevel > 0 || !sameText(paragraph.text, anchor.text))
          return fail("stale", "the paragraph next to the insertion point changed");
        return { ok: true, value: { host: paragraph, location } };
      },
    };
  }
  const table = typeof anchor.ref.t === "number" ? read.tables[anchor.ref.t] : undefined;
  if (!table) return { resolve: () => fail("stale") };
  const rowCount = table.proxy.rowCount;
  table.proxy.load("rowCount");
  return {
    resolve: () =>
      table.proxy.rowCount !== rowCount
        ? fail("stale", "the table next to the insertion point changed")
        : { ok: true, value: { host: table.proxy, location } },
  };
}

/**
 * Queues the insertion (no sync): an empty Normal paragraph at the place, replaced by the
 * content. The content's last paragraph becomes that paragraph, so nothing around it moves.
 */
export function queueInsert(place: Place, ooxml: string): void {
  const paragraph = place.host.insertParagraph("", place.location);
  paragraph.styleBuiltIn = "Normal";
  paragraph.insertOoxml(ooxml, "Replace");
}

/** Queues a read of the Track Changes mode where Word can tell (WordApi 1.4); call `tracked()` after the sync. */
export function queueTracking(
  context: Word.RequestContext,
  supported: boolean | undefined,
): { tracked(): boolean } {
  if (!supported) return { tracked: () => false };
  const document = context.document.load("changeTrackingMode");
  return { tracked: () => document.changeTrackingMode !== "Off" };
}

/** A confirmed place, the body paragraphs loaded for it, and whether Track Changes is on. */
export interface ConfirmedPlace {
  readonly place: Place;
  /** Body paragraphs up to the highest anchor or model paragraph, with `text` and `tableNestingLevel`. */
  readonly paragraphs: Word.ParagraphCollection | null;
  tracked(): boolean;
}

/**
 * An insertion's first sync: loads what the anchor needs (and the paragraphs up to the `models`
 * the caller will copy formatting from) and the Track Changes mode, then confirms the place.
 */
export async function confirmPlace(
  context: Word.RequestContext,
  read: WordRead,
  anchor: Anchor,
  trackChanges: boolean | undefined,
  models: readonly (Readonly<Record<string, unknown>> | null | undefined)[] = [],
): Promise<PortResult<ConfirmedPlace>> {
  const needed = paragraphsNeeded(anchor.kind === "cursor" ? null : anchor.ref, ...models);
  const paragraphs =
    needed >= 0
      ? context.document.body.paragraphs.load({ select: "text,tableNestingLevel", top: needed + 1 })
      : null;
  const pending = queueAnchor(context, read, anchor, paragraphs);
  const tracking = queueTracking(context, trackChanges);
  await context.sync();
  const place = pending.resolve();
  if (!place.ok) return place;
  return { ok: true, value: { place: place.value, paragraphs, tracked: tracking.tracked } };
}
