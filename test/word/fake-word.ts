/// <reference types="office-js" />
/**
 * A fake Word for adapter tests. It follows Office.js's batching semantics and what
 * ../shared/domain/officejs.md records about Word's tables, and it counts round trips:
 *
 * - properties can be read only after `load` and `context.sync()`; otherwise they throw
 *   PropertyNotLoaded. Writes and method calls are queued and run at the next sync, in order;
 *   the first failing one rejects the sync (ItemNotFound for a bad `getCell`).
 * - a proxy from a finished batch may be used again only if it was tracked, and only in a batch
 *   started with `run(objects, …)`, which reuses its context.
 * - `TableRow.cellCount`, `Table.values` (ragged, one entry per cell Word counts) and `getCell`
 *   count vertical-merge continuation cells or skip them, as the `cellCount` option says
 *   (undocumented: Word builds are to be checked with docs/manual-test.md).
 * - loading `cellIndex` on a table with vertical merges fails the whole sync with
 *   GeneralException (OfficeDev/office-js#3200); loading `shadingColor` of a cell with no colour
 *   fails on the web (OfficeDev/office-js#3479).
 * - `shadingColor` accepts "#RRGGBB" only; "no colour" needs `cell.shading` (WordApiDesktop 1.4).
 * - inserting: `insertParagraph("", "Before"|"After")` on a paragraph or a table adds an empty
 *   paragraph; `insertOoxml(pkg, "Replace")` on it puts the package's blocks there, its last
 *   paragraph merging into the target paragraph (as Word does). `getOoxml()` of a paragraph
 *   gives its style, outline level, list numbering and font; inserted paragraphs read them back.
 * - paragraph proxies keep pointing at their paragraph when blocks are inserted before it, as
 *   Office.js objects do; `get…OrNullObject` neighbours resolve when their batch runs.
 */
import { readFlatOpc } from "../../src/docx";
import type { Capabilities, WordHost } from "../../src/word";
import { scanTableOoxml } from "../../src/word/_lib/table-ooxml";

export interface FakeCell {
  text: string;
  gridSpan?: number;
  vMerge?: "restart" | "continue";
  /** Own shading "RRGGBB", or null/absent for none. */
  fill?: string | null;
  /**
   * Text deleted as a tracked change (`value` set while Track Changes is on), in the cell's first
   * paragraph, before its text or after it (`deletedLast`, as `trackedValue` said at the write);
   * not part of `text`, the current text.
   */
  deleted?: string;
  deletedLast?: boolean;
  /** Tables nested in the cell, before its paragraphs (Word keeps a paragraph after a table in a cell). */
  tables?: FakeTable[];
  /**
   * The cell's paragraphs and tables in document order, where that order matters (a web page's
   * layout table holds a whole report: paragraphs, a table, paragraphs…): then `text` is its
   * paragraphs' lines and `tables` its tables, and the add-in never writes to such a cell.
   */
  blocks?: FakeCellBlock[];
}
/** A cell that holds its content in order (a web page's layout table's). */
export type LaidOutCell = FakeCell & { blocks: FakeCellBlock[] };

/**
 * A cell whose content is held in order (`blocks`), its `text` and `tables` set from that content
 * (in place; the cell is returned).
 */
export function withContent(cell: LaidOutCell): LaidOutCell {
  cell.text = cell.blocks.flatMap((b) => (b.kind === "p" ? [b.text] : [])).join("\n");
  cell.tables = cell.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  return cell;
}

export type FakeCellBlock =
  { kind: "p"; text: string; style?: string; outlineLevel?: number } | { kind: "table"; table: FakeTable };
export interface FakeTable {
  rows: FakeCell[][];
}
export type FakeBlock =
  | {
      kind: "p";
      text: string;
      style?: string;
      outlineLevel?: number;
      listString?: string;
      /** East Asian font of the paragraph's runs, carried through getOoxml/insertOoxml. */
      font?: string;
      /** A tracked deletion at the paragraph's end (not part of `text`, the current text). */
      deleted?: string;
      /** Hidden text (`w:vanish`) at the paragraph's end (not part of `text`, which is as shown). */
      hidden?: string;
      /** The list the paragraph is numbered in (`attachToList`), with its level. */
      list?: { id: number; level: number };
      /** Direct paragraph format (alignment, indents, spacing), as `Paragraph` exposes it. */
      format?: Partial<Record<(typeof FORMAT_PROPS)[number], string | number>>;
      /** Font size (points) and bold of the paragraph's runs. */
      fontSize?: number;
      bold?: boolean;
      /** Tables in a text box anchored in the paragraph. */
      textBox?: FakeTable[];
    }
  | { kind: "table"; table: FakeTable; /** The tag of the content control around it. */ tag?: string };

/** The paragraph format properties the fake keeps (Word.Paragraph's own names). */
export const FORMAT_PROPS = [
  "alignment",
  "firstLineIndent",
  "leftIndent",
  "lineSpacing",
  "spaceBefore",
  "spaceAfter",
] as const;

/**
 * Where Word's documentation is silent (../shared/domain/word-risks.md §3, §7), the fake can behave
 * in every plausible way; the adapter must be right, or refuse with a message, under each.
 */
export interface FakeOptions {
  /** [Silent] Whether `cellCount` and `values` count vertical-merge continuation cells. */
  cellCount?: "physical" | "skip-continuation";
  /**
   * [Silent] What `getCell(r, k)` returns on merged rows: the k-th cell Word counts (as
   * `cellCount` does), or the cell over grid column k (the reference says "row and column").
   */
  getCell?: "counted" | "grid-column";
  platform?: "desktop" | "web";
  /**
   * [Silent] How `paragraph.outlineLevel` numbers levels (on the web, say): 1–9 for headings and
   * 10 for body text ("word", as desktop does), or 0–8 and 9 ("ooxml", as `w:outlineLvl` does).
   */
  outlineLevels?: "word" | "ooxml";
  /** WordApiDesktop 1.4: `cell.shading` exists. */
  desktopShading?: boolean;
  /**
   * [Silent] What `shading.backgroundPatternColorIndex = "Auto"` does to a cell's fill: takes it
   * away ("removes"), or sets only the pattern's colour and leaves the fill as it was ("keeps").
   */
  autoShading?: "removes" | "keeps";
  /**
   * [Silent] Whether loading a colourless cell's `shadingColor` throws outside the web too
   * (OfficeDev/office-js#3479 is reported on the web): "web" or "everywhere".
   */
  colourlessReadThrows?: "web" | "everywhere";
  /**
   * The document is protected (Restrict Editing, "no changes"): every write fails, and on
   * WordApiDesktop 1.4 (`desktopShading`) `document.protectionType` reads "AllowOnlyReading".
   */
  protected?: boolean;
  /**
   * The document is open in Viewing mode (office-js#5484): every write fails with
   * GeneralException, and it is not protected (`protectionType` reads "NoProtection").
   */
  viewing?: boolean;
  /** [Silent] How a protected document refuses a write: AccessDenied, or GeneralException (as Viewing mode does, office-js#5484). */
  protectedError?: "AccessDenied" | "GeneralException";
  /** [Silent] `insertOoxml` applies a `w:pStyle` always ("any") or only when the package defines the style ("defined", as the docs read). */
  ooxmlStyles?: "any" | "defined";
  /** [Silent] `insertParagraph` copies the anchor's list numbering ("inherit", as Enter does) or not ("plain"). */
  paragraphNumbering?: "plain" | "inherit";
  /**
   * [Silent] `paragraph.attachToList(id, level)` (WordApi 1.3): joins the list and Word numbers the
   * paragraph in turn ("works"); fails at the sync ("throws", GeneralException); is not in this
   * Word ("absent", ApiNotFound); or joins but Word numbers it otherwise ("renumbers": "1.").
   * Documented: it fails on a paragraph that is already a list item.
   */
  attachToList?: "works" | "throws" | "absent" | "renumbers";
  /**
   * [Silent] `insertOoxml(pkg, "Replace")` on an empty paragraph: the package's last paragraph
   * merges into it ("merge"); every block goes before it and it stays, empty (#874: "keep");
   * or it is consumed, so nothing is left after a table the package ends with unless Word needs
   * a paragraph there ("drop").
   */
  ooxmlReplace?: "merge" | "keep" | "drop";
  /** [Silent] Word on the web: a response larger than this many characters fails with ResponsePayloadSizeLimitExceeded. */
  payloadLimit?: number;
  /**
   * [Silent] Whether paragraph `text` includes tracked deletions (it does on the web,
   * office-js#1267), and so a cell's `value` and the table's `values`.
   */
  deletedText?: "excluded" | "included";
  /**
   * [Silent] Where a cell's old text goes, kept as a tracked deletion, when `value` is set under
   * Track Changes: before the new text ("deletion-first") or after it ("deletion-last"). Word's
   * text and the OOXML both show it there.
   */
  trackedValue?: "deletion-first" | "deletion-last";
  /** [Silent] Whether paragraph `text` (and reviewed text) includes hidden text (`w:vanish`). */
  hiddenText?: "excluded" | "included";
  /** Track Changes is on (`document.changeTrackingMode` reads "TrackAll"). */
  trackChanges?: boolean;
  /**
   * [Silent] Whether `body.tables` lists the tables nested in cells too ("listed", each after the
   * table holding it, with its `nestingLevel`) or the top-level tables only ("omitted").
   */
  nestedTables?: "listed" | "omitted";
  /**
   * [Silent] Whether `body.tables` and `body.paragraphs` reach into text boxes: "excluded" (as the
   * .docx reader assumes), or "included" (a text box's tables are listed after its anchor
   * paragraph, as top-level tables, their paragraphs among the body's).
   */
  textBoxes?: "excluded" | "included";
  /**
   * [Silent] How paragraph `text` gives a manual line break (w:br, Shift+Enter): "\n" as the
   * .docx reader does, "\v" (Word's own character for it), or "\r".
   */
  lineBreaks?: "\n" | "\v" | "\r";
  /**
   * [Silent] In what order `body.paragraphs` lists a cell's paragraphs beside the tables nested
   * in it (a web page's layout table holds both): in document order, or the nested tables'
   * paragraphs first. Only cells that keep their content in order (`blocks`) can tell.
   */
  cellOrder?: "document" | "tables-first";
  /**
   * [Silent] Whether Word's text of a cell shows where a comment is anchored in it: office-js#2114
   * (Windows, "by design") and #2258 (Mac) find U+0005 at a comment's reference mark in a range's
   * text. "text": a cell holding a comment reads with "\u0005" at its end in `values` and `value`
   * (its OOXML shows no text for it, as the reader reads a `w:commentReference`); "none": no mark.
   */
  commentMarks?: "none" | "text";
  /**
   * [Silent] The `type` of the body the selection is in when it is in the document's main text:
   * "MainDoc", or "Section" (the body of the section it is in).
   */
  mainBodyType?: "MainDoc" | "Section";
  /**
   * [Silent] What setting a cell's `value` does to a comment anchored in the cell's text: Word
   * deletes a comment with the whole text it is anchored to (as typing over it does), so it may
   * go ("deleted"), or stay, anchored in the new text ("kept").
   */
  valueOverComments?: "kept" | "deleted";
  /**
   * [Silent] What the clerk's Ctrl+Z (`FakeWord.undo`) takes back of the add-in's shading: a
   * whole batch (one sync) at a time, or one cell's change at a time. The document's settings
   * are no editing and stay as saved.
   */
  undo?: "sync" | "write";
}

/** Documented failures, injected where a test says (all off by default). */
export interface FakeFaults {
  /** `getOoxml()` of these tables (by index) throws GeneralException (office-js#6059, #5394). */
  ooxml?: (t: number) => boolean;
  /** `body.getOoxml()` throws GeneralException (as a table's may, office-js#6059). */
  bodyOoxml?: boolean;
  /** Loading `listItemOrNullObject` of these body paragraphs (by index) throws (office-js#5335). */
  listItem?: (p: number) => boolean;
  /**
   * A batch fails half-way: the write after this many more writes throws GeneralException, and so
   * does every write after it (Word refusing writes from then on), unless `once`.
   */
  writesBeforeFailure?: number;
  /** The failing write fails alone (a package or a call Word refuses): later writes go through. */
  once?: boolean;
  /** `insertComment` is refused with NotAllowed (office-js#6746). */
  comments?: boolean;
  /** Deleting a paragraph is refused with GeneralException (as any write may be). */
  deleteParagraph?: boolean;
  /** Deleting these tables is refused with GeneralException, every time (a locked content control, say). */
  deleteTable?: (table: FakeTable) => boolean;
}

export class FakeError extends Error {
  /** As Office.js gives it: which call failed. */
  readonly debugInfo: { errorLocation?: string };
  constructor(
    public code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation ? { errorLocation } : {};
  }
}

type Op = () => void;

class FakeContext {
  queue: Op[] = [];
  loads: Op[] = [];
  closed = false;
  tracked = new Set<object>();
  /** What Word holds for this context: the tracked objects as of the last sync that carried tracking. */
  held = new Set<object>();
  /** Tracking changed since the last sync: office.js sends the references with the next request. */
  trackingPending = false;
  readonly trackedObjects = {
    add: (o: object | object[]) => {
      (Array.isArray(o) ? o : [o]).forEach((x) => this.tracked.add(this.own(x)));
      this.trackingPending = true;
    },
    remove: (o: object | object[]) => {
      (Array.isArray(o) ? o : [o]).forEach((x) => this.tracked.delete(this.own(x)));
      this.trackingPending = true;
    },
  };
  /** Office.js refuses an object of another request context (InvalidRequestContext). */
  private own(x: object): object {
    if (x instanceof Proxy && x.ctx !== this)
      throw new FakeError("InvalidRequestContext", "Cannot use the object across different request contexts");
    return x;
  }
  /** Characters loaded in the current sync, for the web payload limit. */
  payload = 0;
  readonly document: Document;
  constructor(public word: FakeWord) {
    this.document = new Document(this);
    word.contexts.push(this);
  }
  async sync(): Promise<void> {
    this.word.syncs++;
    if (this.trackingPending) this.held = new Set(this.tracked);
    this.trackingPending = false;
    const ops = [...this.queue, ...this.loads];
    this.queue = [];
    this.loads = [];
    this.payload = 0;
    this.word.undoable.push([]);
    for (const op of ops) op(); // a throw rejects the sync; earlier operations stay applied
    const limit = this.word.options.payloadLimit;
    if (limit && this.payload > limit)
      throw new FakeError("ResponsePayloadSizeLimitExceeded", `response of ${this.payload} characters`);
  }
  /** Something loaded in this sync: counts towards the web payload limit. */
  loaded<T>(value: T): T {
    const size = (v: unknown): number =>
      typeof v === "string" ? v.length : Array.isArray(v) ? v.reduce((n: number, x) => n + size(x), 0) : 0;
    this.payload += size(value);
    return value;
  }
  /** Office.js ends every `Word.run` with its own sync when anything is still queued. */
  async finish(): Promise<void> {
    if (this.queue.length || this.loads.length || this.trackingPending) await this.sync();
  }
}

/** Base for every proxy: load bookkeeping and the "used outside its batch" check. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(readonly ctx: FakeContext) {}
  protected use(): void {
    if (this.ctx.closed && !this.ctx.tracked.has(this)) {
      throw new FakeError("InvalidObjectPath", "object used outside its batch without being tracked");
    }
  }
  protected get<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeError("PropertyNotLoaded", `The property '${name}' is not available`);
    return this.loaded.get(name) as T;
  }
  protected queue(op: Op): void {
    this.use();
    this.ctx.queue.push(op);
  }
  /** Queues a change to the document; a protected document refuses it, an injected fault fails it. */
  protected write(op: Op, location = "write"): void {
    this.queue(() => {
      const word = this.ctx.word;
      if (word.options.protected)
        throw new FakeError(word.options.protectedError, "The document is protected", location);
      if (word.options.viewing) throw new FakeError("GeneralException", "GeneralException", location);
      if (word.faults.writesBeforeFailure !== undefined && word.faults.writesBeforeFailure-- <= 0) {
        if (word.faults.once) word.faults.writesBeforeFailure = undefined;
        throw new FakeError("GeneralException", "the batch failed half-way", location);
      }
      op();
    });
  }
  /** Loads the given properties at the next sync, reading them through `read`. */
  protected queueLoad(names: string[], read: (name: string) => unknown): void {
    this.use();
    this.ctx.loads.push(() => names.forEach((n) => this.loaded.set(n, this.ctx.loaded(read(n)))));
  }
}

const props = (spec: string | { select?: string }): string[] =>
  (typeof spec === "string" ? spec : (spec.select ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

class ClientResult<T> {
  private v: T | undefined;
  private done = false;
  set(value: T) {
    this.v = value;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw new FakeError("PropertyNotLoaded", "ClientResult read before sync");
    return this.v as T;
  }
}

class Collection<T extends Proxy> extends Proxy {
  constructor(
    ctx: FakeContext,
    private make: () => T[],
    private itemProps: (item: T, names: string[]) => void,
  ) {
    super(ctx);
  }
  get items(): T[] {
    return this.get<T[]>("items");
  }
  load(spec: string | { select?: string; top?: number; skip?: number }): this {
    const names = props(spec)
      .map((n) => n.replace(/^items\//, ""))
      .filter((n) => n !== "items");
    const skip = typeof spec === "string" ? 0 : (spec.skip ?? 0);
    const top = typeof spec === "string" ? undefined : spec.top;
    this.queueLoad(["items"], () => {
      const items = this.make().slice(skip, top === undefined ? undefined : skip + top);
      items.forEach((item) => this.itemProps(item, names));
      return items;
    });
    return this;
  }
}

/** The model's paragraph list, as Word's body.paragraphs: table cells contribute their paragraphs. */
interface ParaModel {
  text: string;
  style: string;
  outlineLevel: number;
  tableNestingLevel: number;
  listString?: string;
  /** Where a table paragraph sits (`line`: which of the cell's paragraphs). */
  cell?: { t: number; tr: number; tc: number; table: FakeTable; line: number };
  /** Text of a tracked deletion at the paragraph's end. */
  deleted?: string;
  /** Hidden text at the paragraph's end. */
  hidden?: string;
  /** The body block, for paragraphs outside tables. */
  block?: Extract<FakeBlock, { kind: "p" }>;
  /** A layout cell's paragraph (its `blocks`): the one table paragraph whose text can be written. */
  inCell?: { block: Extract<FakeCellBlock, { kind: "p" }>; cell: LaidOutCell };
}

class Document extends Proxy {
  readonly body: Body;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.body = new Body(ctx);
  }
  load(spec: string): this {
    this.queueLoad(props(spec), (n) => {
      const { options } = this.ctx.word;
      if (n === "changeTrackingMode") return options.trackChanges ? "TrackAll" : "Off";
      // WordApiDesktop 1.4: a protected document says how (Restrict Editing: "no changes")
      if (n === "protectionType") {
        if (!options.desktopShading) throw new FakeError("ApiNotFound", "protectionType is not in this Word");
        return options.protected ? "AllowOnlyReading" : "NoProtection";
      }
      throw new FakeError("InvalidArgument", `unknown document property ${n}`);
    });
    return this;
  }
  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
  }
  get protectionType(): string {
    return this.get("protectionType");
  }
  /** Queued like any write (a protected document refuses it); each mode set is logged. */
  set changeTrackingMode(mode: string) {
    this.write(() => {
      this.ctx.word.trackingModes.push(mode);
      this.ctx.word.options.trackChanges = mode !== "Off";
    });
  }
  /** The selection: the paragraph the cursor is in (`FakeWord.cursor`, a body paragraph index). */
  getSelection() {
    this.use();
    const paragraphs = new Collection(
      this.ctx,
      () => [new Paragraph(this.ctx, this.ctx.word.cursor)],
      (p, names) => p.fill(names),
    );
    return {
      paragraphs: Object.assign(paragraphs, {
        getLast: () => {
          const cursor = this.ctx.word.cursor;
          return new RefParagraph(this.ctx, () => this.ctx.word.refAt(cursor));
        },
      }),
      parentBody: new SelectionBody(this.ctx),
    };
  }
}

/**
 * The body the selection is in (`Range.parentBody`, WordApi 1.3): its `type` as `cursorIn` and
 * the `mainBodyType` switch say.
 */
class SelectionBody extends Proxy {
  load(spec: string): this {
    this.queueLoad(props(spec), (n) => {
      if (n !== "type") throw new FakeError("InvalidArgument", `unknown body property ${n}`);
      const { cursorIn, options } = this.ctx.word;
      if (cursorIn !== "body") return cursorIn;
      return this.ctx.word.paragraphModels()[this.ctx.word.cursor]?.tableNestingLevel
        ? "TableCell"
        : options.mainBodyType;
    });
    return this;
  }
  get type(): string {
    return this.get("type");
  }
}

class Body extends Proxy {
  get paragraphs(): Collection<Paragraph> & { getLast(): RefParagraph } {
    const all = new Collection(
      this.ctx,
      () => this.ctx.word.paragraphModels().map((_, i) => new Paragraph(this.ctx, i)),
      (p, names) => p.fill(names),
    );
    return Object.assign(all, {
      getLast: () =>
        new RefParagraph(this.ctx, () => this.ctx.word.refAt(this.ctx.word.paragraphModels().length - 1)),
    });
  }
  get tables(): Collection<Table | NestedTable> {
    return new Collection<Table | NestedTable>(
      this.ctx,
      () =>
        this.ctx.word.tables.flatMap((table, t) => [
          new Table(this.ctx, t),
          ...(this.ctx.word.options.nestedTables === "listed"
            ? nestedIn(table, 2).map(([nested, level]) => new NestedTable(this.ctx, nested, level))
            : []),
        ]),
      (t, names) => t.fill(names),
    );
  }
  /** The body as a flat-OPC package: its paragraphs (hidden and deleted runs marked), tables and text boxes. */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.queue(() => {
      if (this.ctx.word.faults.bodyOoxml)
        throw new FakeError("GeneralException", "GeneralException", "Body.getOoxml");
      result.set(this.ctx.loaded(this.ctx.word.bodyOoxml()));
    });
    return result;
  }
  getComments(): Collection<Comment> {
    return new Collection(
      this.ctx,
      () => this.ctx.word.comments.map((c) => new Comment(this.ctx, c)),
      (c, names) => c.fill(names),
    );
  }
}

type PBlock = Extract<FakeBlock, { kind: "p" }>;

/** A paragraph's identity, kept across insertions: its body block, or its place in a table. */
export type ParaRef =
  | { readonly block: PBlock }
  | { readonly table: FakeTable; readonly tr: number; readonly tc: number; readonly line: number };

/** `styleBuiltIn` as Word reports it for the fake's style names. */
const builtIn = (style: string) =>
  style === "正文" ? "Normal" : /^Heading[1-9]$/.test(style) ? style : "Other";

/** What loading a paragraph gives, by property name. */
function paragraphValues(ctx: FakeContext, m: ParaModel): Record<string, unknown> {
  const b = m.block;
  return {
    text: ctx.loaded(
      ctx.word.shownText(m) + (ctx.word.options.deletedText === "included" && m.deleted ? m.deleted : ""),
    ),
    style: m.style,
    styleBuiltIn: builtIn(m.style),
    outlineLevel: m.outlineLevel - (ctx.word.options.outlineLevels === "ooxml" ? 1 : 0),
    tableNestingLevel: m.tableNestingLevel,
    isListItem: m.listString !== undefined,
    ...Object.fromEntries(FORMAT_PROPS.map((n) => [n, b?.format?.[n] ?? (n === "alignment" ? "Left" : 0)])),
  };
}

function fillParagraph(ctx: FakeContext, loaded: Map<string, unknown>, m: ParaModel, names: string[]) {
  const values = paragraphValues(ctx, m);
  names.forEach((n) => {
    if (!(n in values)) throw new FakeError("InvalidArgument", `unknown paragraph property ${n}`);
    loaded.set(n, values[n]);
  });
}

class Paragraph extends Proxy {
  /** The paragraph itself, wherever insertions move it. */
  readonly at: ParaRef | null;
  constructor(
    ctx: FakeContext,
    readonly index: number,
  ) {
    super(ctx);
    this.at = ctx.word.refAt(index);
  }
  private model = () => {
    const i = this.at ? this.ctx.word.indexOfRef(this.at) : -1;
    if (i < 0) throw new FakeError("ItemNotFound", "the paragraph is no longer in the document");
    return this.ctx.word.paragraphModels()[i];
  };
  fill(names: string[]) {
    fillParagraph(this.ctx, this.loaded, this.model(), names);
  }
  load(spec: string): this {
    this.use();
    this.ctx.loads.push(() => this.fill(props(spec)));
    return this;
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  get alignment(): string {
    return this.get("alignment");
  }
  get firstLineIndent(): number {
    return this.get("firstLineIndent");
  }
  get leftIndent(): number {
    return this.get("leftIndent");
  }
  get lineSpacing(): number {
    return this.get("lineSpacing");
  }
  get spaceBefore(): number {
    return this.get("spaceBefore");
  }
  get spaceAfter(): number {
    return this.get("spaceAfter");
  }
  get font(): Font {
    return new Font(this.ctx, () => this.model().block ?? null);
  }
  get listOrNullObject(): FakeList {
    return new FakeList(this.ctx, () => {
      const b = this.model().block;
      return b && b.listString !== undefined ? (b.list?.id ?? 1) : null;
    });
  }
  getNextOrNullObject(): RefParagraph {
    this.use();
    return new RefParagraph(this.ctx, () => this.ctx.word.neighbour(this.at, 1), true);
  }
  getPreviousOrNullObject(): RefParagraph {
    this.use();
    return new RefParagraph(this.ctx, () => this.ctx.word.neighbour(this.at, -1), true);
  }
  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  /** An empty paragraph before or after this one, formatted like it (as Word does). */
  insertParagraph(text: string, location: "Before" | "After"): RefParagraph {
    this.use();
    let added: PBlock | null = null;
    this.write(() => {
      const block = this.ctx.word.paragraphBlock(this.index) as PBlock;
      added = this.ctx.word.paragraphLike(block, text);
      this.ctx.word.insertBlock(block, added, location);
    });
    return new RefParagraph(this.ctx, () => (added ? { block: added } : null));
  }
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.queue(() =>
      result.set(
        paragraphOoxml(this.ctx.word.paragraphBlock(this.index) as Extract<FakeBlock, { kind: "p" }>),
      ),
    );
    return result;
  }
  get listItemOrNullObject(): ListItem {
    return new ListItem(
      this.ctx,
      () => {
        if (this.ctx.word.faults.listItem?.(this.index))
          throw new FakeError("GeneralException", "listItem of a deleted paragraph", "Paragraph.listItem");
        return this.model().listString;
      },
      () => this.model().block?.list?.level ?? 0,
    );
  }
  /** WordApi 1.4: the text as it would be with every tracked change accepted ("Current"). */
  getReviewedText(which: "Current" | "Original"): ClientResult<string> {
    const result = new ClientResult<string>();
    this.queue(() => {
      const m = this.model();
      const text = this.ctx.word.shownText(m);
      result.set(this.ctx.loaded(which === "Current" ? text : text + (m.deleted ?? "")));
    });
    return result;
  }
  select(): void {
    this.queue(() => (this.ctx.word.selection = { p: this.index }));
  }
  search(text: string): { getFirst(): { insertText(to: string, where: string): void } } {
    return {
      getFirst: () => ({
        insertText: (to: string) =>
          this.write(() => {
            const block = this.ctx.word.paragraphBlock(this.index);
            const needle = text.replace(/\^\^/g, "^");
            if (!block.text.includes(needle)) throw new FakeError("ItemNotFound", "search found nothing");
            block.text = block.text.replace(needle, to);
          }),
      }),
    };
  }
  getRange(): { insertText(to: string, where: string): void } {
    return {
      insertText: (to: string) =>
        this.write(() => {
          const block = this.ctx.word.paragraphBlock(this.index);
          block.text = to + block.text;
        }),
    };
  }
}

class ListItem extends Proxy {
  constructor(
    ctx: FakeContext,
    private read: () => string | undefined,
    private levelOf: () => number = () => 0,
  ) {
    super(ctx);
  }
  load(): this {
    this.queueLoad(["listString", "isNullObject", "level"], (n) =>
      n === "isNullObject" ? this.read() === undefined : n === "level" ? this.levelOf() : this.read(),
    );
    return this;
  }
  get level(): number {
    return this.get("level");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get listString(): string {
    if (this.get("isNullObject")) throw new FakeError("InvalidObjectPath", "null object");
    return this.get("listString");
  }
}

class Table extends Proxy {
  private readonly model: FakeTable;
  constructor(ctx: FakeContext, t: number) {
    super(ctx);
    this.model = ctx.word.tables[t];
  }
  /** The table's index now: a table keeps its identity when blocks are inserted before it. */
  get t(): number {
    const t = this.ctx.word.tables.indexOf(this.model);
    if (t < 0) throw new FakeError("ItemNotFound", "the table was deleted");
    return t;
  }
  load(spec: string): this {
    this.use();
    this.ctx.loads.push(() => this.fill(props(spec)));
    return this;
  }
  insertParagraph(text: string, location: "Before" | "After"): RefParagraph {
    this.use();
    let added: PBlock | null = null;
    this.write(() => {
      const block = this.ctx.word.blocks.find((b) => b.kind === "table" && b.table === this.model)!;
      added = { kind: "p", text };
      this.ctx.word.insertBlock(block, added, location);
    });
    return new RefParagraph(this.ctx, () => (added ? { block: added } : null));
  }
  /** WordApi 1.3: the paragraph right after the table (a table is always followed by one). */
  getParagraphAfterOrNullObject(): RefParagraph {
    this.use();
    return new RefParagraph(
      this.ctx,
      () => {
        const i = this.ctx.word.blocks.findIndex((b) => b.kind === "table" && b.table === this.model);
        const next = this.ctx.word.blocks[i + 1];
        if (!next) return null;
        return next.kind === "p" ? { block: next } : { table: next.table, tr: 0, tc: 0, line: 0 };
      },
      true,
    );
  }
  delete(): void {
    this.write(() => {
      const i = this.ctx.word.blocks.findIndex((b) => b.kind === "table" && b.table === this.model);
      if (i < 0) throw new FakeError("ItemNotFound", "the table was deleted");
      if (this.ctx.word.faults.deleteTable?.(this.model))
        throw new FakeError("GeneralException", "GeneralException", "Table.delete");
      this.ctx.word.blocks.splice(i, 1);
    }, "Table.delete");
  }
  fill(names: string[]) {
    const w = this.ctx.word;
    const values: Record<string, () => unknown> = {
      nestingLevel: () => 1,
      rowCount: () => w.tables[this.t].rows.length,
      values: () => this.ctx.loaded(w.wordRows(this.t).map((row) => row.map((c) => c.text))),
    };
    names.forEach((n) => {
      if (!(n in values)) throw new FakeError("InvalidArgument", `unknown table property ${n}`);
      this.loaded.set(n, values[n]());
    });
  }
  get nestingLevel(): number {
    return this.get("nestingLevel");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get values(): string[][] {
    return this.get("values");
  }
  get rows(): Collection<TableRow> {
    this.use();
    return new Collection(
      this.ctx,
      () => this.ctx.word.wordRows(this.t).map((_, r) => new TableRow(this.ctx, this.t, r)),
      (row, names) => row.fill(names),
    );
  }
  getRange(where: "Whole" | "Start" = "Whole") {
    this.use();
    return {
      getOoxml: () => {
        const result = new ClientResult<string>();
        this.queue(() => {
          if (this.ctx.word.faults.ooxml?.(this.t))
            throw new FakeError("GeneralException", "GeneralException", "Range.getOoxml");
          result.set(this.ctx.loaded(this.ctx.word.tableOoxml(this.t)));
        });
        return result;
      },
      select: () => this.queue(() => (this.ctx.word.selection = { t: this.t, where })),
    };
  }
  getCell(rowIndex: number, cellIndex: number): TableCell {
    this.use();
    return new TableCell(this.ctx, this.t, rowIndex, cellIndex, false);
  }
  getCellOrNullObject(rowIndex: number, cellIndex: number): TableCell {
    this.use();
    return new TableCell(this.ctx, this.t, rowIndex, cellIndex, true);
  }
}

/** The tables nested in a table's cells, depth first, with their nesting level. */
function nestedIn(table: FakeTable, level: number): [FakeTable, number][] {
  return table.rows.flatMap((row) =>
    row.flatMap((cell) =>
      (cell.tables ?? []).flatMap((nested): [FakeTable, number][] => [
        [nested, level],
        ...nestedIn(nested, level + 1),
      ]),
    ),
  );
}

/** A table nested in a cell, as `body.tables` may list it: its loads only (the add-in passes it by). */
class NestedTable extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly model: FakeTable,
    private readonly level: number,
  ) {
    super(ctx);
  }
  fill(names: string[]) {
    const values: Record<string, () => unknown> = {
      nestingLevel: () => this.level,
      rowCount: () => this.model.rows.length,
      values: () => this.ctx.loaded(this.model.rows.map((row) => row.map((c) => c.text))),
    };
    names.forEach((n) => {
      if (!(n in values)) throw new FakeError("InvalidArgument", `unknown table property ${n}`);
      this.loaded.set(n, values[n]());
    });
  }
  get nestingLevel(): number {
    return this.get("nestingLevel");
  }
}

class TableRow extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly t: number,
    readonly r: number,
  ) {
    super(ctx);
  }
  fill(names: string[]) {
    names.forEach((n) => {
      if (n !== "cellCount") throw new FakeError("InvalidArgument", `unknown row property ${n}`);
      this.loaded.set(n, this.ctx.word.wordRows(this.t)[this.r].length);
    });
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get cells(): Collection<TableCell> {
    return new Collection(
      this.ctx,
      () => {
        const row = this.ctx.word.wordRows(this.t)[this.r];
        return row.map((_, c) => new TableCell(this.ctx, this.t, this.r, c, false));
      },
      (cell, names) => cell.fill(names),
    );
  }
}

class TableCell extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly t: number,
    readonly rowIndex: number,
    readonly cellIndex: number,
    private orNull: boolean,
  ) {
    super(ctx);
  }
  /** The physical model cell Word's address points at; ItemNotFound otherwise. */
  private target(): FakeCell | null {
    const cell = this.ctx.word.cellAt(this.t, this.rowIndex, this.cellIndex);
    if (!cell && !this.orNull)
      throw new FakeError("ItemNotFound", `no cell (${this.rowIndex}, ${this.cellIndex})`);
    return cell ?? null;
  }
  fill(names: string[]) {
    const w = this.ctx.word;
    for (const n of names) {
      if (n === "cellIndex" && w.tables[this.t].rows.some((row) => row.some((c) => c.vMerge))) {
        // OfficeDev/office-js#3200
        throw new FakeError("GeneralException", "GeneralException: cellIndex on a vertically merged table");
      }
      const cell = this.target();
      const throwsHere = w.options.platform === "web" || w.options.colourlessReadThrows === "everywhere";
      if (n === "shadingColor" && cell && !cell.fill && throwsHere) {
        // OfficeDev/office-js#3479
        throw new FakeError("GeneralException", "Cannot read properties of null (reading 'toUpperCase')");
      }
      const values: Record<string, unknown> = {
        // a continuation cell reads as Word's other views show it (values, OOXML): empty
        value: cell ? w.cellText(cell) : undefined,
        shadingColor: cell?.fill ? `#${cell.fill}` : "",
        cellIndex: this.cellIndex,
        rowIndex: this.rowIndex,
        isNullObject: !cell,
      };
      if (!(n in values)) throw new FakeError("InvalidArgument", `unknown cell property ${n}`);
      this.loaded.set(n, values[n]);
      // Office.js sets isNullObject on any load of an …OrNullObject proxy
      if (this.orNull) this.loaded.set("isNullObject", !cell);
    }
  }
  load(spec: string): this {
    this.use();
    this.ctx.loads.push(() => this.fill(props(spec)));
    return this;
  }
  get value(): string {
    return this.get("value");
  }
  /** [Silent] on a cell holding a table: its paragraphs become `text`, its tables stay (before it). */
  set value(text: string) {
    this.write(() => {
      const cell = this.target();
      if (!cell) return;
      // under Track Changes the old text stays, as a tracked deletion
      if (this.ctx.word.options.trackChanges && cell.text) {
        cell.deleted = (cell.deleted ?? "") + cell.text;
        cell.deletedLast = this.ctx.word.options.trackedValue === "deletion-last";
      }
      cell.text = text;
      delete cell.blocks;
      if (this.ctx.word.options.valueOverComments === "deleted")
        this.ctx.word.comments = this.ctx.word.comments.filter((c) => c.cell !== cell);
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get shadingColor(): string {
    return this.get("shadingColor");
  }
  set shadingColor(color: string) {
    this.write(() => {
      const cell = this.target();
      if (!/^#[0-9a-f]{6}$/i.test(color)) throw new FakeError("InvalidArgument", `bad colour ${color}`);
      if (cell) this.ctx.word.shade(cell, color.slice(1).toUpperCase());
    });
  }
  get shading(): { backgroundPatternColorIndex: string } {
    const setIndex = (index: string) =>
      this.write(() => {
        if (!this.ctx.word.options.desktopShading) throw new FakeError("ApiNotFound", "TableCell.shading");
        const cell = this.target();
        if (index !== "Auto") throw new FakeError("InvalidArgument", index);
        if (cell && this.ctx.word.options.autoShading === "removes") this.ctx.word.shade(cell, null);
      });
    return {
      set backgroundPatternColorIndex(index: string) {
        setIndex(index);
      },
      get backgroundPatternColorIndex(): string {
        throw new FakeError("PropertyNotLoaded", "backgroundPatternColorIndex");
      },
    };
  }
  get body() {
    this.use();
    return {
      /** Text added at the start of the cell: nothing in it is replaced, a comment in it stays. */
      insertText: (text: string, location: string) =>
        this.write(() => {
          if (location !== "Start") throw new FakeError("InvalidArgument", `insertText at ${location}`);
          const cell = this.target();
          if (cell) cell.text = text + cell.text;
        }, "Body.insertText"),
      getRange: () => ({
        /** WordApi 1.4: the comments anchored in the cell. */
        getComments: () =>
          new Collection(
            this.ctx,
            () => {
              const cell = this.target();
              return this.ctx.word.comments
                .filter((c) => c.cell === cell)
                .map((c) => new Comment(this.ctx, c));
            },
            (c, names) => c.fill(names),
          ),
        select: () =>
          this.queue(() => {
            this.target();
            this.ctx.word.selection = { t: this.t, rowIndex: this.rowIndex, cellIndex: this.cellIndex };
          }),
        insertComment: (content: string) =>
          this.write(() => {
            if (this.ctx.word.faults.comments)
              throw new FakeError("NotAllowed", "comments are not available here", "Range.insertComment");
            const cell = this.target();
            this.ctx.word.comments.push({
              cell,
              content,
              at: { t: this.t, rowIndex: this.rowIndex, cellIndex: this.cellIndex },
            });
          }),
      }),
    };
  }
}

/**
 * A paragraph reached by a method (an inserted one, a neighbour, the last one): it resolves when
 * its batch runs and then stays that paragraph. An …OrNullObject one may be null.
 */
class RefParagraph extends Proxy {
  private resolved: ParaRef | null = null;
  constructor(
    ctx: FakeContext,
    private find: () => ParaRef | null,
    private orNull = false,
  ) {
    super(ctx);
  }
  /** The paragraph now; null for a null object; ItemNotFound when it is gone. */
  private ref(): ParaRef | null {
    this.resolved ??= this.find();
    if (!this.resolved) {
      if (this.orNull) return null;
      throw new FakeError("ItemNotFound", "no such paragraph");
    }
    if (this.ctx.word.indexOfRef(this.resolved) < 0)
      throw new FakeError("ItemNotFound", "the paragraph is no longer in the document");
    return this.resolved;
  }
  /** The body block, for a change. */
  private block(): PBlock {
    const r = this.ref();
    if (!r) throw new FakeError("InvalidObjectPath", "null object");
    if (!("block" in r)) throw new FakeError("InvalidArgument", "a table paragraph");
    return r.block;
  }
  private change(op: (b: PBlock) => void, location = "Paragraph"): void {
    this.write(() => op(this.block()), location);
  }
  /** WordApi 1.3: the top-level table holding the paragraph, or a null object. */
  get parentTableOrNullObject(): ParentTable {
    this.use();
    return new ParentTable(this.ctx, () => {
      const r = this.ref();
      return r && "table" in r ? r.table : null;
    });
  }
  load(spec: string): this {
    this.use();
    this.ctx.loads.push(() => {
      const r = this.ref();
      // set on any load, as Office.js does; not a Word property, so never loaded by name
      this.loaded.set("isNullObject", !r);
      if (r) {
        const m = this.ctx.word.paragraphModels()[this.ctx.word.indexOfRef(r)];
        fillParagraph(this.ctx, this.loaded, m, props(spec));
      }
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get text(): string {
    return this.get("text");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.change((b) => (b.style = style));
  }
  set styleBuiltIn(style: string) {
    this.change((b) => {
      b.style = style === "Normal" ? "正文" : style;
      b.outlineLevel = undefined;
    });
  }
  set outlineLevel(value: number) {
    const level = value + (this.ctx.word.options.outlineLevels === "ooxml" ? 1 : 0);
    this.change((b) => (b.outlineLevel = level >= 1 && level <= 9 ? level : undefined));
  }
  private setFormat(name: (typeof FORMAT_PROPS)[number], value: string | number) {
    this.change((b) => (b.format = { ...b.format, [name]: value }));
  }
  set alignment(v: string) {
    this.setFormat("alignment", v);
  }
  set firstLineIndent(v: number) {
    this.setFormat("firstLineIndent", v);
  }
  set leftIndent(v: number) {
    this.setFormat("leftIndent", v);
  }
  set lineSpacing(v: number) {
    this.setFormat("lineSpacing", v);
  }
  set spaceBefore(v: number) {
    this.setFormat("spaceBefore", v);
  }
  set spaceAfter(v: number) {
    this.setFormat("spaceAfter", v);
  }
  get font(): Font {
    return new Font(
      this.ctx,
      () => this.block(),
      (op) => this.change(op),
    );
  }
  get listItemOrNullObject(): ListItem {
    return new ListItem(
      this.ctx,
      () => {
        const r = this.ref();
        return r ? this.ctx.word.paragraphModels()[this.ctx.word.indexOfRef(r)].listString : undefined;
      },
      () => this.block().list?.level ?? 0,
    );
  }
  /** WordApi 1.3: joins an existing list; documented to fail on a paragraph that is already a list item. */
  attachToList(id: number, level: number): void {
    this.change((b) => {
      const mode = this.ctx.word.options.attachToList;
      if (mode === "absent")
        throw new FakeError("ApiNotFound", "attachToList is not in this Word", "Paragraph.attachToList");
      if (mode === "throws")
        throw new FakeError("GeneralException", "GeneralException", "Paragraph.attachToList");
      if (b.listString !== undefined)
        throw new FakeError(
          "InvalidArgument",
          "the paragraph is already a list item",
          "Paragraph.attachToList",
        );
      b.list = { id, level };
      b.listString = mode === "renumbers" ? "1." : this.ctx.word.listNumber(b);
    }, "Paragraph.attachToList");
  }
  /** WordApi 1.3: "Moves this paragraph out of its list, if the paragraph is a list item." */
  detachFromList(): void {
    this.change((b) => {
      delete b.listString;
      delete b.list;
    }, "Paragraph.detachFromList");
  }
  insertText(text: string, location: string): void {
    this.change((b) => {
      if (location !== "Replace") throw new FakeError("InvalidArgument", `insertText at ${location}`);
      b.text = text;
    });
  }
  insertParagraph(text: string, location: "Before" | "After"): RefParagraph {
    this.use();
    let added: PBlock | null = null;
    this.change((b) => {
      added = this.ctx.word.paragraphLike(b, text);
      this.ctx.word.insertBlock(b, added, location);
    });
    return new RefParagraph(this.ctx, () => (added ? { block: added } : null));
  }
  insertOoxml(ooxml: string, location: string): void {
    this.change((b) => {
      if (location !== "Replace") throw new FakeError("InvalidArgument", `insertOoxml at ${location}`);
      this.ctx.word.replaceWithOoxml(b, ooxml);
    }, "Paragraph.insertOoxml");
  }
  delete(): void {
    this.change((b) => {
      if (this.ctx.word.faults.deleteParagraph)
        throw new FakeError("GeneralException", "GeneralException", "Paragraph.delete");
      this.ctx.word.blocks.splice(this.ctx.word.blocks.indexOf(b), 1);
    }, "Paragraph.delete");
  }
  getNextOrNullObject(): RefParagraph {
    this.use();
    return new RefParagraph(this.ctx, () => this.ctx.word.neighbour(this.ref(), 1), true);
  }
  getPreviousOrNullObject(): RefParagraph {
    this.use();
    return new RefParagraph(this.ctx, () => this.ctx.word.neighbour(this.ref(), -1), true);
  }
}

/** A paragraph's parent table (`parentTableOrNullObject`): resolved when its batch runs. */
class ParentTable extends Proxy {
  constructor(
    ctx: FakeContext,
    private find: () => FakeTable | null,
  ) {
    super(ctx);
  }
  load(spec: string): this {
    this.use();
    this.ctx.loads.push(() => {
      const table = this.find();
      this.loaded.set("isNullObject", !table);
      props(spec).forEach((n) => {
        if (n !== "rowCount") throw new FakeError("InvalidArgument", `unknown table property ${n}`);
        this.loaded.set(n, table?.rows.length ?? 0);
      });
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  delete(): void {
    this.write(() => {
      const table = this.find();
      const i = this.ctx.word.blocks.findIndex((b) => b.kind === "table" && b.table === table);
      if (!table || i < 0) throw new FakeError("ItemNotFound", "the table was deleted");
      this.ctx.word.blocks.splice(i, 1);
    }, "Table.delete");
  }
}

/** A paragraph's font: name (East Asian), size and bold, loaded or set. */
class Font extends Proxy {
  constructor(
    ctx: FakeContext,
    private block: () => PBlock | null,
    private change?: (op: (b: PBlock) => void) => void,
  ) {
    super(ctx);
  }
  load(spec: string): this {
    this.queueLoad(props(spec), (n) => {
      const b = this.block();
      if (n === "name") return b?.font ?? "";
      if (n === "size") return b?.fontSize ?? 10.5;
      if (n === "bold") return b?.bold ?? false;
      throw new FakeError("InvalidArgument", `unknown font property ${n}`);
    });
    return this;
  }
  get name(): string {
    return this.get("name");
  }
  get size(): number {
    return this.get("size");
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set name(v: string) {
    this.change?.((b) => (b.font = v));
  }
  set size(v: number) {
    this.change?.((b) => (b.fontSize = v));
  }
  set bold(v: boolean) {
    this.change?.((b) => (b.bold = v));
  }
}

/** `paragraph.listOrNullObject`: the list's id. */
class FakeList extends Proxy {
  constructor(
    ctx: FakeContext,
    private idOf: () => number | null,
  ) {
    super(ctx);
  }
  load(): this {
    this.queueLoad(["id", "isNullObject"], (n) => (n === "id" ? this.idOf() : this.idOf() === null));
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get id(): number {
    return this.get("id");
  }
}

const WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** What `paragraph.getOoxml()` returns for a paragraph of the model: a package with the paragraph. */
function paragraphOoxml(block: Extract<FakeBlock, { kind: "p" }>): string {
  const level = block.outlineLevel;
  const pPr = [
    block.style ? `<w:pStyle w:val="${escapeXml(block.style)}"/>` : "",
    block.listString !== undefined ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>` : "",
    level !== undefined && level >= 1 && level <= 9 ? `<w:outlineLvl w:val="${level - 1}"/>` : "",
  ].join("");
  const rPr = block.font ? `<w:rPr><w:rFonts w:eastAsia="${escapeXml(block.font)}"/></w:rPr>` : "";
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${WNS}"><w:body><w:p><w:pPr>${pPr}</w:pPr><w:r>${rPr}<w:t xml:space="preserve">${escapeXml(block.text)}</w:t></w:r></w:p><w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

/** The blocks of an OOXML package as Word would insert them: paragraphs and tables, content controls looked through. */
export function ooxmlBlocks(ooxml: string, styles: "any" | "defined" = "any"): FakeBlock[] {
  const doc = new DOMParser().parseFromString(ooxml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length)
    throw new FakeError("InvalidArgument", "malformed OOXML");
  const body = doc.getElementsByTagNameNS(WNS, "body")[0];
  if (!body) throw new FakeError("InvalidArgument", "OOXML without a body");
  const blocks: FakeBlock[] = [];
  const first = (e: Element, name: string) => e.getElementsByTagNameNS(WNS, name)[0];
  const val = (e: Element | undefined) => e?.getAttributeNS(WNS, "val") ?? undefined;
  const defined = new Set(
    Array.from(doc.getElementsByTagNameNS(WNS, "style")).map((e) => e.getAttributeNS(WNS, "styleId")),
  );
  // the docs: a style not defined in the package's styles part is ignored
  const styleOf = (id: string | undefined) => (id && (styles === "any" || defined.has(id)) ? id : "正文");
  const walk = (parent: Element, tag?: string) => {
    for (const e of Array.from(parent.children)) {
      if (e.namespaceURI !== WNS) continue;
      if (e.localName === "sdt") {
        const content = Array.from(e.children).find((c) => c.localName === "sdtContent");
        if (content) walk(content, val(first(e, "tag")));
      } else if (e.localName === "p") {
        const pPr = Array.from(e.children).find((c) => c.localName === "pPr");
        const level = val(pPr && first(pPr, "outlineLvl"));
        const font = first(e, "rFonts")?.getAttributeNS(WNS, "eastAsia") ?? undefined;
        blocks.push({
          kind: "p",
          text: Array.from(e.getElementsByTagNameNS(WNS, "t"))
            .map((t) => t.textContent ?? "")
            .join(""),
          style: styleOf(val(pPr && first(pPr, "pStyle"))),
          outlineLevel: level !== undefined ? Number(level) + 1 : undefined,
          ...(font ? { font } : {}),
        });
      } else if (e.localName === "tbl") {
        const xml = `<w:document xmlns:w="${WNS}"><w:body>${new XMLSerializer().serializeToString(e)}</w:body></w:document>`;
        const physical = scanTableOoxml(xml);
        if (!physical) throw new FakeError("InvalidArgument", "unreadable table");
        const rows = physical.rows.map((row, r) =>
          row.map((cell): FakeCell => {
            const continued = physical.rows[r + 1]?.some(
              (below) => below.col === cell.col && below.continuation,
            );
            return {
              text: cell.continuation ? "" : cell.text,
              ...(cell.colSpan > 1 ? { gridSpan: cell.colSpan } : {}),
              ...(cell.continuation
                ? { vMerge: "continue" as const }
                : continued
                  ? { vMerge: "restart" as const }
                  : {}),
              fill: cell.fill,
            };
          }),
        );
        blocks.push({ kind: "table", table: { rows }, ...(tag ? { tag } : {}) });
      }
    }
  };
  walk(body);
  return blocks;
}

/** A flat-OPC package (what `getOoxml()` returns) whose document part's body holds `body`. */
function flatOpc(body: string): string {
  return `<?xml version="1.0" standalone="yes"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
</pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>
<w:document xmlns:w="${WNS}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:wps="${WPS}"><w:body>${body}</w:body></w:document>
</pkg:xmlData></pkg:part></pkg:package>`;
}

const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

/** A run of `text`, its line breaks as w:br. */
const textRun = (text: string, rPr = "") =>
  text
    ? `<w:r>${rPr}${text
        .split("\n")
        .map((line) => (line ? `<w:t xml:space="preserve">${escapeXml(line)}</w:t>` : ""))
        .join("<w:br/>")}</w:r>`
    : "";

/** A floating text box holding `tables`, as Word anchors it in a run of its paragraph. */
const textBoxXml = (tables: FakeTable[]) =>
  `<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData uri="${WPS}"><wps:wsp><wps:txbx><w:txbxContent>${tables
    .map((t) => tableXml(t))
    .join(
      "<w:p/>",
    )}<w:p/></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;

/** A block of the model as Word writes it in the main story. */
function blockXml(b: FakeBlock): string {
  if (b.kind === "table") return tableXml(b.table);
  return `<w:p>${[
    textRun(b.text),
    textRun(b.hidden ?? "", "<w:rPr><w:vanish/></w:rPr>"),
    b.deleted
      ? `<w:del w:id="0" w:author="x"><w:r><w:delText>${escapeXml(b.deleted)}</w:delText></w:r></w:del>`
      : "",
    b.textBox?.length ? textBoxXml(b.textBox) : "",
  ].join("")}</w:p>`;
}

/** A table of the model as Word writes it in OOXML, nested tables in their cells before the cell's paragraphs (or in `blocks` order). */
function tableXml(table: FakeTable, commented: (cell: FakeCell) => boolean = () => false): string {
  const cols = Math.max(...table.rows.map((row) => row.reduce((n, c) => n + (c.gridSpan ?? 1), 0)));
  const rows = table.rows
    .map((row) => {
      const cells = row.map((c) => {
        const pr = [
          c.gridSpan && c.gridSpan > 1 ? `<w:gridSpan w:val="${c.gridSpan}"/>` : "",
          c.vMerge === "restart"
            ? `<w:vMerge w:val="restart"/>`
            : c.vMerge === "continue"
              ? "<w:vMerge/>"
              : "",
          c.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : "",
        ].join("");
        if (c.blocks) {
          const content = c.blocks.map((b) =>
            b.kind === "p" ? `<w:p>${textRun(b.text)}</w:p>` : tableXml(b.table, commented),
          );
          return `<w:tc><w:tcPr>${pr}</w:tcPr>${content.join("")}</w:tc>`;
        }
        // a tracked deletion in the first paragraph, where the write left it
        const del = c.deleted
          ? `<w:del w:id="0" w:author="年报校验"><w:r><w:delText xml:space="preserve">${escapeXml(c.deleted)}</w:delText></w:r></w:del>`
          : "";
        const paras = (c.vMerge === "continue" ? [""] : c.text.split("\n"))
          .map((text, i) => {
            const run = text ? `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : "";
            const runs = i > 0 || !del ? run : c.deletedLast ? run + del : del + run;
            // a comment anchored in the cell: its range and reference mark, in its first paragraph
            const content =
              i === 0 && commented(c)
                ? `<w:commentRangeStart w:id="0"/>${runs}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`
                : runs;
            return content ? `<w:p>${content}</w:p>` : "<w:p/>";
          })
          .join("");
        return `<w:tc><w:tcPr>${pr}</w:tcPr>${(c.tables ?? []).map((t) => tableXml(t, commented)).join("")}${paras}</w:tc>`;
      });
      return `<w:tr>${cells.join("")}</w:tr>`;
    })
    .join("");
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr/>${grid}${rows}</w:tbl>`;
}

interface CommentModel {
  content: string;
  at: unknown;
  /** The cell holding the comment's reference mark (a comment the add-in or a test anchored in a cell). */
  cell?: FakeCell | null;
}

class Comment extends Proxy {
  constructor(
    ctx: FakeContext,
    private model: CommentModel,
  ) {
    super(ctx);
  }
  fill(names: string[]) {
    names.forEach((n) => this.loaded.set(n, n === "content" ? this.model.content : undefined));
  }
  get content(): string {
    return this.get("content");
  }
  delete(): void {
    this.write(() => {
      const i = this.ctx.word.comments.indexOf(this.model);
      if (i < 0) throw new FakeError("ItemNotFound", "comment already deleted");
      this.ctx.word.comments.splice(i, 1);
    });
  }
}

/**
 * Office's document settings. Each runtime (the pane, a function command) works on its own
 * in-memory copy loaded when it started; `saveAsync` writes that whole copy into the document and
 * `refreshAsync` loads the document's again ([Doc] Office.Settings). `saved` is the document's.
 */
export class FakeSettings {
  private live = new Map<string, unknown>();
  private readonly document: { saved: Map<string, unknown> };
  constructor(document: { saved: Map<string, unknown> } = { saved: new Map() }) {
    this.document = document;
    this.live = new Map(document.saved);
  }
  get saved(): Map<string, unknown> {
    return this.document.saved;
  }
  get(name: string): unknown {
    return this.live.has(name) ? JSON.parse(JSON.stringify(this.live.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(callback?: (r: { status: string }) => void): void {
    this.document.saved = new Map(this.live);
    callback?.({ status: "succeeded" });
  }
  refreshAsync(callback?: (r: { status: string }) => void): void {
    this.live = new Map(this.document.saved);
    callback?.({ status: "succeeded" });
  }
  /** Another runtime on the same open document (the right-click command beside the pane). */
  runtime(): FakeSettings {
    return new FakeSettings(this.document);
  }
  /** A new session on the saved document. */
  reopen(): FakeSettings {
    return new FakeSettings({ saved: new Map(this.document.saved) });
  }
}

export class FakeWord {
  syncs = 0;
  /** Every request context a `Word.run` made, for the references Word holds. */
  readonly contexts: FakeContext[] = [];
  /** Objects Word keeps a reference to for the add-in (tracked, sent with a sync, not yet released). */
  heldReferences(): number {
    return this.contexts.reduce((n, c) => n + c.held.size, 0);
  }
  selection: unknown = null;
  /** The body paragraph index the cursor is in (see `document.getSelection()`). */
  cursor = 0;
  /**
   * The story the cursor is in: the body (at `cursor`), or another story whose body type Word
   * gives ("Header", "Footer", "Footnote"; a text box's is not in the documented list: "Unknown").
   * The fake has no such stories: its selection's paragraphs stay the body's `cursor`.
   */
  cursorIn: "body" | "Header" | "Footer" | "Footnote" | "Endnote" | "Unknown" = "body";
  comments: CommentModel[] = [];
  /** Every Track Changes mode the add-in set, in order. */
  trackingModes: string[] = [];
  /** Documented failures to inject; a test may set them at any time. */
  faults: FakeFaults = {};
  readonly options: Required<Omit<FakeOptions, "payloadLimit">> & Pick<FakeOptions, "payloadLimit">;
  constructor(
    public blocks: FakeBlock[],
    options: FakeOptions = {},
  ) {
    this.options = {
      cellCount: "physical",
      platform: "desktop",
      outlineLevels: "word",
      desktopShading: false,
      autoShading: "removes",
      colourlessReadThrows: "web",
      protected: false,
      viewing: false,
      protectedError: "AccessDenied",
      trackChanges: false,
      getCell: "counted",
      ooxmlStyles: "any",
      paragraphNumbering: "plain",
      attachToList: "works",
      ooxmlReplace: "merge",
      deletedText: "excluded",
      nestedTables: "omitted",
      textBoxes: "excluded",
      hiddenText: "excluded",
      lineBreaks: "\n",
      cellOrder: "document",
      commentMarks: "none",
      mainBodyType: "MainDoc",
      trackedValue: "deletion-first",
      valueOverComments: "kept",
      undo: "sync",
      ...options,
    };
  }

  /** The tables Word lists in `body.tables` at nesting level 1, in document order. */
  get tables(): FakeTable[] {
    return this.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : this.boxTables(b)));
  }

  /** A paragraph's text as Word gives it, hidden text in or out (the `hiddenText` switch). */
  shownText(m: { text: string; hidden?: string }): string {
    const text = this.options.hiddenText === "included" && m.hidden ? m.text + m.hidden : m.text;
    const br = this.options.lineBreaks;
    return br === "\n" ? text : text.replace(/\n/g, br);
  }

  /** A paragraph's text-box tables, where Word lists them among the body's. */
  private boxTables(b: FakeBlock): FakeTable[] {
    return b.kind === "p" && this.options.textBoxes === "included" ? (b.textBox ?? []) : [];
  }

  /** `Word.run(batch)`. */
  run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    try {
      const result = await batch(ctx as unknown as Word.RequestContext);
      await ctx.finish();
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  /** `Word.run(objects, batch)`: the objects' own context, reopened. */
  runWith = async <T>(
    objects: unknown[],
    batch: (context: Word.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const ctx = (objects[0] as Proxy).ctx;
    if (!objects.every((o) => ctx.tracked.has(o as object))) {
      throw new FakeError("InvalidObjectPath", "run(objects) with objects that were not tracked");
    }
    ctx.closed = false;
    try {
      const result = await batch(ctx as unknown as Word.RequestContext);
      await ctx.finish();
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  /** The cell `getCell(r, k)` reaches, per the `getCell` option; null when there is none. */
  cellAt(t: number, rowIndex: number, cellIndex: number): FakeCell | null {
    if (this.options.getCell === "counted") return this.wordRows(t)[rowIndex]?.[cellIndex]?.cell ?? null;
    let col = 0;
    for (const cell of this.tables[t].rows[rowIndex] ?? []) {
      const span = cell.gridSpan ?? 1;
      if (cellIndex < col + span) return cell;
      col += span;
    }
    return null;
  }

  /** Word's view of a table row: the cells Word counts, per the `cellCount` option. */
  wordRows(t: number): { cell: FakeCell; text: string }[][] {
    return this.tables[t].rows.map((row) =>
      row
        .filter((c) => this.options.cellCount === "physical" || c.vMerge !== "continue")
        .map((cell) => ({
          cell,
          text: this.cellText(cell),
        })),
    );
  }
  /**
   * A cell's text as Word gives it (`value`, `values`): a continuation reads empty; tracked
   * deletions where `deletedText` shows them; a comment's reference mark where `commentMarks` does.
   */
  cellText(cell: FakeCell): string {
    const own = cell.vMerge === "continue" ? "" : cell.text;
    const deleted = this.options.deletedText === "included" ? (cell.deleted ?? "") : "";
    const text = cell.deletedLast ? own + deleted : deleted + own;
    return text + (this.commented(cell) ? "\u0005" : "");
  }
  /** Whether a cell's text shows a comment's reference mark (`commentMarks: "text"`). */
  commented(cell: FakeCell): boolean {
    if (this.options.commentMarks !== "text") return false;
    return this.comments.some((c) => c.cell === cell);
  }

  paragraphModels(): ParaModel[] {
    const out: ParaModel[] = [];
    let t = 0;
    const table = (model: FakeTable, level: number): void =>
      model.rows.forEach((row, tr) =>
        row.forEach((cell, tc) => {
          const paragraph = (text: string, line: number, style = "正文", outlineLevel = 10) =>
            out.push({
              text,
              style,
              outlineLevel,
              tableNestingLevel: level,
              cell: { t, tr, tc, table: model, line },
            });
          if (cell.blocks) {
            let line = 0;
            const tablesFirst = this.options.cellOrder === "tables-first";
            const order = tablesFirst
              ? [
                  ...cell.blocks.filter((b) => b.kind === "table"),
                  ...cell.blocks.filter((b) => b.kind === "p"),
                ]
              : cell.blocks;
            for (const b of order)
              if (b.kind === "p") {
                paragraph(b.text, line++, b.style, b.outlineLevel);
                out[out.length - 1].inCell = { block: b, cell: cell as LaidOutCell };
              } else table(b.table, level + 1);
            return;
          }
          // a nested table's paragraphs come first, as its cell holds it before its own paragraph
          (cell.tables ?? []).forEach((nested) => table(nested, level + 1));
          cell.text.split("\n").forEach((text, line) => paragraph(text, line));
        }),
      );
    for (const b of this.blocks) {
      if (b.kind === "p") {
        out.push({
          text: b.text,
          style: b.style ?? "正文",
          outlineLevel: b.outlineLevel ?? 10,
          tableNestingLevel: 0,
          listString: b.listString,
          deleted: b.deleted,
          hidden: b.hidden,
          block: b,
        });
      }
      for (const model of b.kind === "table" ? [b.table] : this.boxTables(b)) {
        table(model, 1);
        t++;
      }
    }
    return out;
  }

  paragraphBlock(index: number): { text: string } {
    const blocks = this.blocks.filter((b) => b.kind === "p");
    const models = this.paragraphModels();
    const inCell = models[index]?.inCell;
    // a layout cell's paragraph takes a write to its text (nothing else is written there)
    if (inCell)
      return {
        get text() {
          return inCell.block.text;
        },
        set text(text: string) {
          inCell.block.text = text;
          withContent(inCell.cell);
        },
      };
    const bodyIndex = models.slice(0, index).filter((m) => m.tableNestingLevel === 0).length;
    if (models[index]?.tableNestingLevel !== 0) throw new FakeError("ItemNotFound", "not a body paragraph");
    return blocks[bodyIndex] as { text: string };
  }

  /** What `table.getRange("Whole").getOoxml()` returns: a flat-OPC package holding the table. */
  tableOoxml(t: number): string {
    return flatOpc(`${tableXml(this.tables[t], (c) => this.comments.some((m) => m.cell === c))}<w:p/>`);
  }

  /**
   * What `body.getOoxml()` returns: every block of the model in a flat-OPC package, as Word writes
   * the main story: hidden text in a `w:vanish` run, tracked deletions in `w:del`, a paragraph's
   * text boxes in a drawing anchored in it (whatever the `textBoxes` switch says of the collections).
   */
  bodyOoxml(): string {
    return flatOpc(this.blocks.map(blockXml).join(""));
  }

  /** Puts `added` before or after `block`. */
  insertBlock(block: FakeBlock, added: FakeBlock, location: "Before" | "After"): void {
    const i = this.blocks.indexOf(block);
    if (i < 0) throw new FakeError("ItemNotFound", "block not in the document");
    this.blocks.splice(location === "Before" ? i : i + 1, 0, added);
  }

  /** `insertOoxml(pkg, "Replace")` on an empty paragraph, as the `ooxmlReplace` option says. */
  replaceWithOoxml(target: PBlock, ooxml: string): void {
    const blocks = ooxmlBlocks(ooxml, this.options.ooxmlStyles);
    const mode = this.options.ooxmlReplace;
    const last = blocks[blocks.length - 1];
    if (mode === "merge" && last?.kind === "p") {
      blocks.pop();
      Object.assign(target, last); // what the target had and the package's paragraph lacks stays
    }
    const i = this.blocks.indexOf(target);
    if (i < 0) throw new FakeError("ItemNotFound", "paragraph not in the document");
    this.blocks.splice(i, 0, ...blocks);
    const after = this.blocks[i + blocks.length + 1];
    // consumed, unless a table would be left with no paragraph after it
    if (
      mode === "drop" &&
      !(blocks[blocks.length - 1]?.kind === "table" && (!after || after.kind === "table"))
    )
      this.blocks.splice(i + blocks.length, 1);
  }

  /** A new paragraph beside `block` as `insertParagraph` makes it: its format, and its list if Word copies it. */
  paragraphLike(block: PBlock, text: string): PBlock {
    const { style, outlineLevel, font, listString, list, format, fontSize, bold } = block;
    const added: PBlock = { kind: "p", text, style, outlineLevel, font, format, fontSize, bold };
    // [Silent] a new paragraph may continue the anchor's list, as pressing Enter does
    if (this.options.paragraphNumbering === "inherit" && listString !== undefined)
      Object.assign(added, { listString, ...(list ? { list } : {}) });
    return added;
  }

  /** The identity of body paragraph `index` (see `ParaRef`); null past the end. */
  refAt(index: number): ParaRef | null {
    const m = this.paragraphModels()[index];
    if (!m) return null;
    return m.block
      ? { block: m.block }
      : { table: m.cell!.table, tr: m.cell!.tr, tc: m.cell!.tc, line: m.cell!.line };
  }

  /** Where a paragraph is now in `body.paragraphs`; -1 when it is gone. */
  indexOfRef(ref: ParaRef): number {
    return this.paragraphModels().findIndex((m) =>
      "block" in ref
        ? m.block === ref.block
        : m.cell?.table === ref.table &&
          m.cell.tr === ref.tr &&
          m.cell.tc === ref.tc &&
          m.cell.line === ref.line,
    );
  }

  /** The paragraph `step` places after (or before) `ref` in `body.paragraphs`, or null. */
  neighbour(ref: ParaRef | null, step: 1 | -1): ParaRef | null {
    const i = ref ? this.indexOfRef(ref) : -1;
    return i < 0 ? null : this.refAt(i + step);
  }

  /** The number Word gives a paragraph that joins its list: one more than the list's items before it. */
  listNumber(block: PBlock): string {
    const numerals = "一二三四五六七八九十";
    const id = block.list?.id ?? 1;
    const level = block.list?.level ?? 0;
    const before = this.blocks
      .slice(0, this.blocks.indexOf(block))
      .filter(
        (b) =>
          b.kind === "p" &&
          b.listString !== undefined &&
          (b.list?.id ?? 1) === id &&
          (b.list?.level ?? 0) === level,
      ).length;
    return `${numerals[before] ?? before + 1}、`;
  }

  /** The add-in's shading changes, newest last, grouped as Ctrl+Z takes them back (the `undo` switch). */
  readonly undoable: { cell: FakeCell; fill: string | null | undefined }[][] = [];
  /** A cell's fill set by the add-in, remembered for Ctrl+Z. */
  shade(cell: FakeCell, fill: string | null): void {
    const change = { cell, fill: cell.fill };
    if (this.options.undo === "write" || !this.undoable.length) this.undoable.push([change]);
    else this.undoable[this.undoable.length - 1].push(change);
    cell.fill = fill;
  }
  /** The clerk's Ctrl+Z: the last batch's (or cell's) shading taken back; false when there is none. */
  undo(): boolean {
    while (this.undoable.length && !this.undoable[this.undoable.length - 1].length) this.undoable.pop();
    const last = this.undoable.pop();
    last?.reverse().forEach(({ cell, fill }) => (cell.fill = fill));
    return !!last;
  }

  /** Every physical cell's fill, for before/after comparisons. */
  fills(): (string | null)[][][] {
    return this.tables.map((t) => t.rows.map((row) => row.map((c) => c.fill ?? null)));
  }
}

/**
 * The adapter's host on a fake Word: `Word.run` and `Word.run(objects, …)`, the settings store,
 * the real Flat OPC reader, and capabilities (WordApi 1.3 with "no colour" shading unless told).
 */
export function fakeHost(
  word: FakeWord,
  settings: FakeSettings = new FakeSettings(),
  capabilities: Partial<Capabilities> = {},
): WordHost {
  return {
    run: word.run,
    runWith: (objects, batch) => word.runWith(objects, batch),
    settings,
    capabilities: {
      tables: true,
      comments: false,
      noColorShading: true,
      readOnly: false,
      wordApi: "1.3",
      ...capabilities,
    },
    parse: readFlatOpc,
  };
}
