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

/** A paragraph as the first sync saw it: enough to know it again next to what was inserted. */
export interface Side {
  readonly text: string;
  readonly tableNestingLevel: number;
}

/** The paragraphs on either side of a place before anything was inserted there. */
export interface Edges {
  /** The paragraph before the place (a table's last paragraph after a table); null at the start. */
  readonly before: Side | null;
  /** The paragraph after the place; null at the end. */
  readonly after: Side | null;
  /** A proxy of the paragraph before the place, to look at what follows it now; null at the start. */
  readonly beforeProxy: Word.Paragraph | null;
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
  /**
   * The place's neighbours, from the first sync: what an insertion whose write failed half-way
   * is compared with (undoFailedInsert); null where they could not be had.
   */
  readonly edges: Edges | null;
}

/** A loaded paragraph (text and table nesting) as a side; null for none or a null object. */
const sideOf = (p: Word.Paragraph | null | undefined): Side | null =>
  !p || p.isNullObject ? null : { text: p.text, tableNestingLevel: p.tableNestingLevel };

/**
 * What follows a place, known from the first sync: the paragraph right after it, or none; and
 * the paragraph before it (`before`, loaded too), for the place's edges.
 */
function after(
  context: Word.RequestContext,
  next: Word.Paragraph | undefined,
  before: Word.Paragraph | null,
): Pick<Place, "followedBy" | "trailing" | "edges"> {
  const edges = { before: sideOf(before), after: sideOf(next), beforeProxy: sideOf(before) ? before : null };
  if (!next || next.isNullObject)
    return { followedBy: "nothing", trailing: () => context.document.body.paragraphs.getLast(), edges };
  return {
    followedBy: next.tableNestingLevel > 0 ? "table" : "paragraph",
    trailing: () => next.getPreviousOrNullObject(),
    edges,
  };
}

/**
 * Queues the load of the paragraph after a table (Word keeps one after every table) and of the
 * table's last paragraph; see `after`. (`isNullObject` is read after any load, never loaded by
 * name: it is not a Word property.)
 */
export function queueAfterTable(
  context: Word.RequestContext,
  table: Word.Table,
): () => Pick<Place, "followedBy" | "trailing" | "edges"> {
  const next = table.getParagraphAfterOrNullObject().load(SIDE);
  const last = table.getParagraphAfterOrNullObject().getPreviousOrNullObject().load(SIDE);
  return () => after(context, next, last);
}

/**
 * The body types of the document's own text: "MainDoc", and (docs silent on which a selection
 * there reports) "Section", the body of the section it is in. Anything else (a header, footer,
 * footnote, endnote, a text box's "Unknown") is not where a report's table goes.
 */
const MAIN_TEXT: ReadonlySet<string> = new Set(["MainDoc", "Section"]);

/** What a side is loaded with. */
const SIDE = "text,tableNestingLevel";

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
    const range = context.document.getSelection();
    // WordApi 1.3: a header, footer, note or text box is another body than the document's text
    const body = range.parentBody.load("type");
    const selection = range.paragraphs;
    const selected = selection.load("items/text,items/tableNestingLevel");
    const next = selection.getLast().getNextOrNullObject().load(SIDE);
    return {
      resolve: () => {
        const last = selected.items[selected.items.length - 1];
        if (!last) return fail("stale");
        if (last.tableNestingLevel > 0 || body.type === "TableCell") return fail("cursor-in-table");
        if (!MAIN_TEXT.has(body.type)) return fail("cursor-outside-body", body.type);
        return { ok: true, value: { host: last, location: "After", ...after(context, next, last) } };
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
            ? {
                followedBy: "paragraph" as const,
                trailing: () => paragraph.getPreviousOrNullObject(),
                edges: {
                  before: sideOf(paragraphs?.items[p - 1]),
                  after: sideOf(paragraph),
                  beforeProxy: paragraphs?.items[p - 1] ?? null,
                },
              }
            : after(context, paragraphs?.items[p + 1], paragraph);
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
      : () => ({ followedBy: "table" as const, trailing: () => null, edges: null });
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
 * `insertOoxml` is the last write the caller's batch queues: a batch that fails either failed
 * before the content went in or, with only read-backs after it, once it was in (undoFailedInsert).
 */
export function queueInsert(
  place: Place,
  ooxml: string,
  host: ParagraphHost = place.host,
  location: "Before" | "After" = place.location,
): Trailing & { readonly paragraph: Word.Paragraph } {
  const paragraph = host.insertParagraph("", location);
  paragraph.styleBuiltIn = "Normal";
  // Enter continues a list: the new paragraph may have taken the anchor's number ([Silent])
  paragraph.detachFromList();
  paragraph.insertOoxml(ooxml, "Replace");
  return { ...queueTrailing(place), paragraph };
}

/** Whether two paragraphs read alike: both none, or the same text at the same table nesting. */
const alike = (a: Side | null, b: Side | null): boolean =>
  a === null || b === null
    ? a === b
    : a.tableNestingLevel === b.tableNestingLevel && sameText(a.text, b.text);

/** Loads a paragraph's side in a sync of its own; undefined when Word cannot reach it (never made, or gone). */
async function loadSide(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  neighbour?: "next" | "previous",
): Promise<{ own: Side; neighbour: Side | null } | undefined> {
  try {
    paragraph.load(SIDE);
    const other =
      neighbour === "next"
        ? paragraph.getNextOrNullObject().load(SIDE)
        : neighbour === "previous"
          ? paragraph.getPreviousOrNullObject().load(SIDE)
          : null;
    await context.sync();
    return { own: sideOf(paragraph)!, neighbour: sideOf(other) };
  } catch {
    return undefined;
  }
}

/**
 * After an insertion's write batch failed: takes out what it made, or says the content went in.
 * Office.js applies a batch's commands up to the one that fails and no further, and the content
 * (`insertOoxml`) is the batch's last write: the paragraphs made before it (the `heading`, then
 * the `empty` paragraph the content replaces) may be in, and the content is either wholly in or
 * not at all. What now follows the point where the insertion began (after the heading, or after
 * the place's own neighbour) tells which: the content's first block is never an empty paragraph
 * (it is a heading, text or a table), the empty paragraph is; with no empty paragraph left,
 * nothing was inserted if what follows is what followed the place before. Then the paragraphs
 * made are deleted, each through its own proxy, so no paragraph of the clerk's is reached.
 * "in": the content went in, only a read-back after it failed; "undone": nothing of the
 * insertion is left; "kept": nothing could be proved, or deleting failed, and it is left as it is.
 */
export async function undoFailedInsert(
  context: Word.RequestContext,
  place: Place,
  made: { readonly heading?: Word.Paragraph; readonly empty: Word.Paragraph },
): Promise<"undone" | "in" | "kept"> {
  const edges = place.edges;
  if (!edges) return "kept";
  const heading = made.heading ? await loadSide(context, made.heading, "next") : null;
  // the heading is made first: if it is not there, nothing of the insertion is
  if (made.heading && !heading) return "undone";
  const start =
    heading ?? (edges.beforeProxy ? await loadSide(context, edges.beforeProxy, "next") : undefined);
  if (!start) return "kept";
  const empty = await loadSide(context, made.empty, "previous");
  const blank = (side: Side | null) => !!side && side.tableNestingLevel === 0 && side.text.trim() === "";
  const out = empty
    ? blank(start.neighbour) &&
      blank(empty.own) &&
      alike(empty.neighbour, heading ? heading.own : edges.before)
    : alike(start.neighbour, edges.after);
  if (!out) return "in";
  try {
    if (empty) made.empty.delete();
    if (heading) made.heading!.delete();
    if (empty || heading) await context.sync();
    return "undone";
  } catch {
    return "kept";
  }
}

/**
 * Sends an insertion's write batch. If it fails, what the insertion made is taken out
 * (undoFailedInsert) and the failure rethrown; true when it failed only once the content was in
 * (a read-back after it), so the insertion stands, untidy.
 */
export async function writeOrUndo(
  context: Word.RequestContext,
  place: Place,
  made: { readonly heading?: Word.Paragraph; readonly empty: Word.Paragraph },
): Promise<boolean> {
  try {
    await context.sync();
    return false;
  } catch (error) {
    const left = await undoFailedInsert(context, place, made);
    if (left === "in") return true;
    if (left === "kept") throw withNote(error, LEFT_BEHIND);
    throw error;
  }
}

/** What the clerk is told when a failed insertion's paragraphs could not be taken out. */
export const LEFT_BEHIND = "插入没有完成，插入位置可能留下了空段落或标题，请检查后删除";

/** The error with a note after its message, its code and where it failed kept. */
export function withNote(error: unknown, note: string): unknown {
  if (!(error instanceof Error)) return new Error(`${String(error)}；${note}`);
  const noted = Object.assign(new Error(`${error.message}；${note}`), error);
  return noted;
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
