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
  /** Tables nested in the cell, before its paragraphs (Word keeps a paragraph after a table in a cell). */
  tables?: FakeTable[];
}
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
      /** Tables in a text box anchored in the paragraph. */
      textBox?: FakeTable[];
    }
  | { kind: "table"; table: FakeTable; /** The tag of the content control around it. */ tag?: string };

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
  /** WordApiDesktop 1.4: `cell.shading` exists. */
  desktopShading?: boolean;
  /** The document is protected: every write fails. */
  protected?: boolean;
  /** How a refused write fails: AccessDenied, or GeneralException as in Viewing mode (office-js#5484). */
  protectedError?: "AccessDenied" | "GeneralException";
  /** [Silent] `insertOoxml` applies a `w:pStyle` always ("any") or only when the package defines the style ("defined", as the docs read). */
  ooxmlStyles?: "any" | "defined";
  /** [Silent] `insertParagraph` copies the anchor's list numbering ("inherit", as Enter does) or not ("plain"). */
  paragraphNumbering?: "plain" | "inherit";
  /** [Silent] Word on the web: a response larger than this many characters fails with ResponsePayloadSizeLimitExceeded. */
  payloadLimit?: number;
  /** [Silent] Whether paragraph `text` includes tracked deletions (it does on the web, office-js#1267). */
  deletedText?: "excluded" | "included";
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
}

/** Documented failures, injected where a test says (all off by default). */
export interface FakeFaults {
  /** `getOoxml()` of these tables (by index) throws GeneralException (office-js#6059, #5394). */
  ooxml?: (t: number) => boolean;
  /** Loading `listItemOrNullObject` of these body paragraphs (by index) throws (office-js#5335). */
  listItem?: (p: number) => boolean;
  /** A batch fails half-way: the write after this many more writes throws GeneralException. */
  writesBeforeFailure?: number;
  /** `insertComment` is refused with NotAllowed (office-js#6746). */
  comments?: boolean;
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
      if (word.faults.writesBeforeFailure !== undefined && word.faults.writesBeforeFailure-- <= 0)
        throw new FakeError("GeneralException", "the batch failed half-way", location);
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
  /** Where a table paragraph sits. */
  cell?: { t: number; tr: number; tc: number };
  /** Text of a tracked deletion at the paragraph's end. */
  deleted?: string;
  /** Hidden text at the paragraph's end. */
  hidden?: string;
  /** The body block, for paragraphs outside tables. */
  block?: Extract<FakeBlock, { kind: "p" }>;
}

class Document extends Proxy {
  readonly body: Body;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.body = new Body(ctx);
  }
  load(spec: string): this {
    this.queueLoad(props(spec), (n) => {
      if (n !== "changeTrackingMode")
        throw new FakeError("InvalidArgument", `unknown document property ${n}`);
      return this.ctx.word.options.trackChanges ? "TrackAll" : "Off";
    });
    return this;
  }
  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
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
    return {
      paragraphs: new Collection(
        this.ctx,
        () => [new Paragraph(this.ctx, this.ctx.word.cursor)],
        (p, names) => p.fill(names),
      ),
    };
  }
}

class Body extends Proxy {
  get paragraphs(): Collection<Paragraph> {
    return new Collection(
      this.ctx,
      () => this.ctx.word.paragraphModels().map((_, i) => new Paragraph(this.ctx, i)),
      (p, names) => p.fill(names),
    );
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
  getComments(): Collection<Comment> {
    return new Collection(
      this.ctx,
      () => this.ctx.word.comments.map((c) => new Comment(this.ctx, c)),
      (c, names) => c.fill(names),
    );
  }
}

class Paragraph extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly index: number,
  ) {
    super(ctx);
  }
  private model = () => this.ctx.word.paragraphModels()[this.index];
  fill(names: string[]) {
    const m = this.model();
    const values: Record<string, unknown> = {
      text: this.ctx.loaded(
        this.ctx.word.shownText(m) +
          (this.ctx.word.options.deletedText === "included" && m.deleted ? m.deleted : ""),
      ),
      style: m.style,
      outlineLevel: m.outlineLevel,
      tableNestingLevel: m.tableNestingLevel,
      isListItem: m.listString !== undefined,
    };
    names.forEach((n) => {
      if (!(n in values)) throw new FakeError("InvalidArgument", `unknown paragraph property ${n}`);
      this.loaded.set(n, values[n]);
    });
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
  insertParagraph(text: string, location: "Before" | "After"): NewParagraph {
    this.use();
    const added = new NewParagraph(this.ctx);
    this.write(() => {
      const block = this.ctx.word.paragraphBlock(this.index) as Extract<FakeBlock, { kind: "p" }>;
      const { style, outlineLevel, font, listString, list } = block;
      added.block = { kind: "p", text, style, outlineLevel, font };
      // [Silent] a new paragraph may continue the anchor's list, as pressing Enter does
      if (this.ctx.word.options.paragraphNumbering === "inherit" && listString !== undefined)
        Object.assign(added.block, { listString, ...(list ? { list } : {}) });
      this.ctx.word.insertBlock(block, added.block, location);
    });
    return added;
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
    return new ListItem(this.ctx, () => {
      if (this.ctx.word.faults.listItem?.(this.index))
        throw new FakeError("GeneralException", "listItem of a deleted paragraph", "Paragraph.listItem");
      return this.model().listString;
    });
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
  ) {
    super(ctx);
  }
  load(): this {
    this.queueLoad(["listString", "isNullObject"], (n) =>
      n === "isNullObject" ? this.read() === undefined : this.read(),
    );
    return this;
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
  insertParagraph(text: string, location: "Before" | "After"): NewParagraph {
    this.use();
    const added = new NewParagraph(this.ctx);
    this.write(() => {
      const block = this.ctx.word.blocks.find((b) => b.kind === "table" && b.table === this.model)!;
      added.block = { kind: "p", text };
      this.ctx.word.insertBlock(block, added.block, location);
    });
    return added;
  }
  delete(): void {
    this.write(() => {
      const i = this.ctx.word.blocks.findIndex((b) => b.kind === "table" && b.table === this.model);
      if (i < 0) throw new FakeError("ItemNotFound", "the table was deleted");
      this.ctx.word.blocks.splice(i, 1);
    });
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
      if (n === "shadingColor" && cell && !cell.fill && w.options.platform === "web") {
        // OfficeDev/office-js#3479
        throw new FakeError("GeneralException", "Cannot read properties of null (reading 'toUpperCase')");
      }
      const values: Record<string, unknown> = {
        value: cell?.text,
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
  set value(text: string) {
    this.write(() => {
      const cell = this.target();
      if (cell) cell.text = text;
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
      if (cell) cell.fill = color.slice(1).toUpperCase();
    });
  }
  get shading(): { backgroundPatternColorIndex: string } {
    const setIndex = (index: string) =>
      this.write(() => {
        if (!this.ctx.word.options.desktopShading) throw new FakeError("ApiNotFound", "TableCell.shading");
        const cell = this.target();
        if (index !== "Auto") throw new FakeError("InvalidArgument", index);
        if (cell) cell.fill = null;
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
      getRange: () => ({
        select: () =>
          this.queue(() => {
            this.target();
            this.ctx.word.selection = { t: this.t, rowIndex: this.rowIndex, cellIndex: this.cellIndex };
          }),
        insertComment: (content: string) =>
          this.write(() => {
            if (this.ctx.word.faults.comments)
              throw new FakeError("NotAllowed", "comments are not available here", "Range.insertComment");
            this.target();
            this.ctx.word.comments.push({
              content,
              at: { t: this.t, rowIndex: this.rowIndex, cellIndex: this.cellIndex },
            });
          }),
      }),
    };
  }
}

/** A paragraph added in this batch: it exists once the sync that adds it has run. */
class NewParagraph extends Proxy {
  block: Extract<FakeBlock, { kind: "p" }> | null = null;
  set styleBuiltIn(style: string) {
    this.write(() => {
      if (!this.block) throw new FakeError("ItemNotFound", "paragraph not inserted");
      this.block.style = style === "Normal" ? "正文" : style;
      this.block.outlineLevel = undefined;
    });
  }
  insertOoxml(ooxml: string, location: string): void {
    this.write(() => {
      if (location !== "Replace") throw new FakeError("InvalidArgument", `insertOoxml at ${location}`);
      if (!this.block) throw new FakeError("ItemNotFound", "paragraph not inserted");
      this.ctx.word.replaceWithOoxml(this.block, ooxml);
    });
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

/** A table of the model as Word writes it in OOXML, nested tables in their cells before the cell's paragraphs. */
function tableXml(table: FakeTable): string {
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
        const paras = (c.vMerge === "continue" ? [""] : c.text.split("\n"))
          .map((text) =>
            text ? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>` : "<w:p/>",
          )
          .join("");
        return `<w:tc><w:tcPr>${pr}</w:tcPr>${(c.tables ?? []).map(tableXml).join("")}${paras}</w:tc>`;
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
      desktopShading: false,
      protected: false,
      protectedError: "AccessDenied",
      trackChanges: false,
      getCell: "counted",
      ooxmlStyles: "any",
      paragraphNumbering: "plain",
      deletedText: "excluded",
      nestedTables: "omitted",
      textBoxes: "excluded",
      hiddenText: "excluded",
      ...options,
    };
  }

  /** The tables Word lists in `body.tables` at nesting level 1, in document order. */
  get tables(): FakeTable[] {
    return this.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : this.boxTables(b)));
  }

  /** A paragraph's text as Word gives it, hidden text in or out (the `hiddenText` switch). */
  shownText(m: { text: string; hidden?: string }): string {
    return this.options.hiddenText === "included" && m.hidden ? m.text + m.hidden : m.text;
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
        .map((cell) => ({ cell, text: cell.vMerge === "continue" ? "" : cell.text })),
    );
  }

  paragraphModels(): ParaModel[] {
    const out: ParaModel[] = [];
    let t = 0;
    const table = (model: FakeTable, level: number, top: boolean): void =>
      model.rows.forEach((row, tr) =>
        row.forEach((cell, tc) => {
          // a nested table's paragraphs come first, as its cell holds it before its own paragraph
          (cell.tables ?? []).forEach((nested) => table(nested, level + 1, false));
          cell.text.split("\n").forEach((text) =>
            out.push({
              text,
              style: "正文",
              outlineLevel: 10,
              tableNestingLevel: level,
              ...(top ? { cell: { t, tr, tc } } : {}),
            }),
          );
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
        table(model, 1, true);
        t++;
      }
    }
    return out;
  }

  paragraphBlock(index: number): { text: string } {
    const blocks = this.blocks.filter((b) => b.kind === "p");
    const models = this.paragraphModels();
    const bodyIndex = models.slice(0, index).filter((m) => m.tableNestingLevel === 0).length;
    if (models[index]?.tableNestingLevel !== 0) throw new FakeError("ItemNotFound", "not a body paragraph");
    return blocks[bodyIndex] as { text: string };
  }

  /** What `table.getRange("Whole").getOoxml()` returns: a flat-OPC package holding the table. */
  tableOoxml(t: number): string {
    return `<?xml version="1.0" standalone="yes"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
</pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${tableXml(this.tables[t])}<w:p/></w:body></w:document>
</pkg:xmlData></pkg:part></pkg:package>`;
  }

  /** Puts `added` before or after `block`. */
  insertBlock(block: FakeBlock, added: FakeBlock, location: "Before" | "After"): void {
    const i = this.blocks.indexOf(block);
    if (i < 0) throw new FakeError("ItemNotFound", "block not in the document");
    this.blocks.splice(location === "Before" ? i : i + 1, 0, added);
  }

  /** `insertOoxml(pkg, "Replace")` on an empty paragraph: its blocks go there, the last paragraph merging into it. */
  replaceWithOoxml(target: Extract<FakeBlock, { kind: "p" }>, ooxml: string): void {
    const blocks = ooxmlBlocks(ooxml, this.options.ooxmlStyles);
    const last = blocks[blocks.length - 1];
    if (last?.kind === "p") {
      blocks.pop();
      Object.assign(target, last);
    }
    const i = this.blocks.indexOf(target);
    if (i < 0) throw new FakeError("ItemNotFound", "paragraph not in the document");
    this.blocks.splice(i, 0, ...blocks);
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
