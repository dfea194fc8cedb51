/// <reference types="office-js" />
/**
 * Inserting block content (OOXML) next to a block of the last read, never over anything: a new
 * empty paragraph is put after the anchor block (or before it, or after the cursor's paragraph)
 * and the content replaces that empty paragraph. Reading what is needed takes one sync, the
 * write is queued for the caller's single write sync.
 *
 * Word may leave a paragraph after the content that nobody asked for (office-js-docs#874: an
 * extra paragraph after a "Replace"; an empty one after a table; one that continues the anchor's
 * list). The paragraph that ends the content is read back in the write sync, through the
 * paragraph that follows the place (fixed in the first sync), and tidied in one more sync only
 * when it needs it (see trailing.ts).
 */
import type { Anchor } from "../plan-repairs";
import { fail, type PortResult } from "../port";
import { topLevelTable, type WordRead } from "../read-snapshot";
import { sameText } from "./same-text";
import { queueShapeCheck, sameValues } from "./table-shape";
import { trailingAction, type FollowedBy, type TrailingAction } from "./trailing";

/** Why an insertion was refused: what it was to go next to is not as the check saw it. */
export const CHANGED_NEXT_TO_INSERTION = "插入位置旁的段落或表格在检查后有改动";

/** Something Word can put a paragraph next to. */
interface ParagraphHost {
  insertParagraph(text: string, location: "Before" | "After"): Word.Paragraph;
}

/** A resolved anchor: where the empty paragraph goes, and what will follow what is inserted there. */
export interface Place {
  readonly host: ParagraphHost;
  readonly location: "Before" | "After";
  readonly followedBy: FollowedBy;
  /**
   * A new proxy of the paragraph that ends the inserted content, to queue after the insertion;
   * null when it cannot be reached.
   */
  trailing(): Word.Paragraph | null;
}

/** What follows a place, known from the first sync: the paragraph right after it, or none. */
function after(
  context: Word.RequestContext,
  next: Word.Paragraph | undefined,
): Pick<Place, "followedBy" | "trailing"> {
  if (!next || next.isNullObject)
    return { followedBy: "nothing", trailing: () => context.document.body.paragraphs.getLast() };
  return {
    followedBy: next.tableNestingLevel > 0 ? "table" : "paragraph",
    trailing: () => next.getPreviousOrNullObject(),
  };
}

/**
 * Queues the load of the paragraph after a table (Word keeps one after every table); see `after`.
 * (`isNullObject` is read after any load, never loaded by name: it is not a Word property.)
 */
export function queueAfterTable(
  context: Word.RequestContext,
  table: Word.Table,
): () => Pick<Place, "followedBy" | "trailing"> {
  const next = table.getParagraphAfterOrNullObject().load("tableNestingLevel");
  return () => after(context, next);
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
 * The text Word gave paragraph `p` at the read, for an anchor made from that read's text: the
 * read may have taken the reader's text instead (hidden text left out, tracked deletions taken
 * out), and Word's own `text` is compared with Word's own, like with like (as 定位 does).
 */
function wordTextOf(read: WordRead, p: number, text: string): string {
  const block = read.snapshot.blocks.find((b) => b.kind === "paragraph" && b.ref.p === p);
  const own = read.wordText?.get(p);
  return own !== undefined && block?.kind === "paragraph" && block.text === text ? own : text;
}

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
    const selection = context.document.getSelection().paragraphs;
    const selected = selection.load("items/tableNestingLevel");
    const next = selection.getLast().getNextOrNullObject().load("tableNestingLevel");
    return {
      resolve: () => {
        const last = selected.items[selected.items.length - 1];
        if (!last) return fail("stale");
        if (last.tableNestingLevel > 0) return fail("cursor-in-table");
        return { ok: true, value: { host: last, location: "After", ...after(context, next) } };
      },
    };
  }
  const location = anchor.kind === "after" ? "After" : "Before";
  if (typeof anchor.ref.p === "number") {
    const p = anchor.ref.p;
    return {
      resolve: () => {
        const paragraph = paragraphs?.items[p];
        if (
          !paragraph ||
          paragraph.tableNestingLevel > 0 ||
          !sameText(paragraph.text, wordTextOf(read, p, anchor.text))
        )
          return fail("stale", CHANGED_NEXT_TO_INSERTION);
        const follows =
          location === "Before"
            ? { followedBy: "paragraph" as const, trailing: () => paragraph.getPreviousOrNullObject() }
            : after(context, paragraphs?.items[p + 1]);
        return { ok: true, value: { host: paragraph, location, ...follows } };
      },
    };
  }
  // nothing goes next to a nested table's holder on its behalf
  const table = topLevelTable(read.tables, anchor.ref);
  if (!table) return { resolve: () => fail("stale") };
  // the table the check saw: its shape and its text, not its row count alone (another table of
  // as many rows would pass that)
  const sameShape = queueShapeCheck(context, read, [table], { count: false });
  const now = table.proxy.load("values");
  const follows =
    location === "After"
      ? queueAfterTable(context, table.proxy)
      : () => ({ followedBy: "table" as const, trailing: () => null });
  return {
    resolve: () =>
      !sameShape() || !sameValues(now.values, table.values)
        ? fail("stale", CHANGED_NEXT_TO_INSERTION)
        : { ok: true, value: { host: table.proxy, location, ...follows() } },
  };
}

/** The paragraph that ends an insertion, loaded in the write sync. */
export interface Trailing {
  /** After the sync: what it needs. */
  action(): TrailingAction;
  /** Queues that (no sync); false when it needs nothing. */
  queueTidy(): boolean;
}

/** Queues the read-back of the paragraph that ends the content inserted at `place` (no sync). */
export function queueTrailing(place: Place): Trailing {
  const paragraph = place.trailing();
  paragraph?.load("text,isListItem,tableNestingLevel");
  const action = (): TrailingAction =>
    !paragraph || paragraph.isNullObject ? "none" : trailingAction(paragraph, place.followedBy);
  return {
    action,
    queueTidy: () => {
      const wanted = action();
      if (wanted === "delete") paragraph!.delete();
      else if (wanted === "detach") paragraph!.detachFromList();
      return wanted !== "none";
    },
  };
}

/**
 * Queues the insertion (no sync): an empty Normal paragraph out of any list at the place (or
 * next to `host`), replaced by the content; and the read-back of the paragraph that ends it.
 */
export function queueInsert(
  place: Place,
  ooxml: string,
  host: ParagraphHost = place.host,
  location: "Before" | "After" = place.location,
): Trailing {
  const paragraph = host.insertParagraph("", location);
  paragraph.styleBuiltIn = "Normal";
  // Enter continues a list: the new paragraph may have taken the anchor's number ([Silent])
  paragraph.detachFromList();
  paragraph.insertOoxml(ooxml, "Replace");
  return queueTrailing(place);
}

/**
 * Tidies the paragraph that ends an insertion, when it needs it, in one more sync. Never fails
 * the write: true means it could not be tidied (the pane says so gently).
 */
export async function tidyUp(context: Word.RequestContext, trailing: Trailing): Promise<boolean> {
  try {
    if (trailing.queueTidy()) await context.sync();
    return false;
  } catch {
    return true;
  }
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
      ? // one more: the paragraph after an anchor paragraph says what will follow the insertion
        context.document.body.paragraphs.load({ select: "text,tableNestingLevel", top: needed + 2 })
      : null;
  const pending = queueAnchor(context, read, anchor, paragraphs);
  const tracking = queueTracking(context, trackChanges);
  await context.sync();
  const place = pending.resolve();
  if (!place.ok) return place;
  return { ok: true, value: { place: place.value, paragraphs, tracked: tracking.tracked } };
}
