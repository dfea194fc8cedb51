/// <reference types="office-js" />
/**
 * Reads the open document into a `DocumentSnapshot` in two round trips:
 *  1. body paragraphs (text, style, outline level, table nesting, list flag) and tables
 *     (nesting level, row count, values), plus our old comments when comments are supported;
 *  2. for each top-level table its OOXML and each row's cell count, the list text of list
 *     paragraphs, on WordApi 1.4 each paragraph's text without tracked deletions, and the body's
 *     own OOXML (see body-story.ts).
 * Each table's grid (merges included) comes from its OOXML through the same .docx reader the
 * CLI uses; Word's row and cell counts confirm the `(rowIndex, cellIndex)` of every cell. The
 * body's OOXML, through the same reader, settles what Word's documentation leaves open: a
 * paragraph whose markup can hide text gets the reader's text, and the tables of text boxes are
 * read where the reader reads them, whether or not Word lists them among the body's (they get
 * no address: nothing in them is written). Where the two do not line up, the read says so.
 *
 * The second part degrades instead of failing: it goes in chunks of tables (Word on the web
 * refuses large responses), and a load that fails costs only itself (see load-guarded.ts): a table
 * without OOXML is read from `values` alone, without merges and without any address; a list
 * number that fails is left out. Each such failure is reported, naming the call that failed.
 */
import type { DocumentSnapshot, HostRef, SnapshotBlock, SnapshotCell, SnapshotTable } from "../engine";
import { calibrate, type TableAddresses } from "./_lib/calibrate";
import { isFailure, loadGuarded, loadGuardedWith, type Job, type LoadFailure } from "./_lib/load-guarded";
import { readBodyStory, shownText, textBoxTables } from "./_lib/body-story";
import { tableFingerprint } from "./_lib/table-fingerprint";
import { outlineLevelsOf } from "./_lib/outline-level";
import { sameText } from "./_lib/same-text";
import { scanTableOoxml, type PhysicalTable } from "./_lib/table-ooxml";
import type { ReadIssue, TableMapping } from "./port";

/** Parses a flat-OPC package (what `getOoxml()` returns) into a snapshot: `readFlatOpc` from src/docx. */
export type ParseFlatOpc = (
  xml: string,
  options?: { readonly layoutTables?: "content" | "tables" },
) => DocumentSnapshot;

/** Every comment we add starts with this, so we can find and remove our own. */
export const COMMENT_PREFIX = "【年报校验】";

export interface WordTable {
  /** Ordinal among top-level tables: the `t` of its refs. */
  readonly t: number;
  readonly proxy: Word.Table;
  readonly physical: PhysicalTable | null;
  readonly addresses: TableAddresses;
  readonly block: SnapshotTable;
  /**
   * In a table Word contradicted (no `addresses`), the cells `getCell` reaches alike under either
   * reading: used only to put back our own colour (restoringAddressOf).
   */
  readonly restorable?: TableAddresses["cells"];
  /** What Word reported at the read: writes re-confirm it before relying on the addresses. */
  readonly shape: { readonly rowCount: number; readonly cellCounts: readonly number[] };
  /**
   * Word's `values` at the read: an action next to or over the table (插入这一部分 after it,
   * 换成标准表格) re-loads them and refuses when they changed, so it acts on the table the check saw.
   */
  readonly values: readonly (readonly string[])[];
  /** The row labels' fingerprint (see table-fingerprint.ts); "" when the OOXML could not be read. */
  readonly fingerprint: string;
  /**
   * Its place in Word's own list of top-level tables (`body.tables`, nesting level 1): the same
   * in every read, whether or not the body's OOXML could be had to set a text box's table apart.
   */
  readonly word?: number;
  /**
   * A web page's layout table (the whole report in its cells): what the .docx reader reads in it,
   * read in its place instead of the table: its paragraphs (refs counted from the table's first
   * paragraph) and the tables inside (`path` refs, no address: nothing in them is written).
   */
  readonly layout?: readonly SnapshotBlock[];
  /**
   * A text box's table that Word lists among the body's: kept (after the body's, `t` past them)
   * only so that 清除标记 reaches a mark an earlier read put there; no finding addresses it.
   */
  readonly inTextBox?: true;
}

export interface WordRead {
  readonly snapshot: DocumentSnapshot;
  readonly tables: readonly WordTable[];
  readonly mapping: readonly TableMapping[];
  /** Comments we added in an earlier check (loaded only where comments are supported). */
  readonly ourComments: readonly Word.Comment[];
  /** Loads that failed and what was done without them. */
  readonly issues?: readonly ReadIssue[];
  /**
   * Word's own `text` of the paragraphs whose snapshot text is another (the reviewed text, or
   * the reader's without hidden text), by index: what 定位 re-confirms against Word's text.
   */
  readonly wordText?: ReadonlyMap<number, string>;
  /**
   * The tables could not be checked against the body's OOXML (it could not be had, or did not
   * line up): Word's top-level tables are numbered as Word lists them, a text box's perhaps among them.
   */
  readonly unchecked?: true;
  /** A text box's table Word lists is numbered after the body's tables (`inTextBox`), so some ordinal differs from Word's. */
  readonly boxesApart?: true;
}

const PARAGRAPH_PROPS = "items/text,items/style,items/outlineLevel,items/tableNestingLevel,items/isListItem";

/** The longest stretch the read keeps the pane busy before it yields. */
const YIELD_AFTER_MS = 40;

/**
 * Tables whose OOXML goes in one response. A table's package is ~57 KB (bench), Word on the web
 * refuses responses of some megabytes (the limit is documented for Excel only: 5 MB).
 */
export const TABLES_PER_SYNC = 20;

interface TableLoad {
  readonly ooxml: string;
  readonly cellCounts: number[];
}

export interface ReadOptions {
  readonly comments?: boolean;
  /** WordApi 1.4: read paragraph text as it is with tracked deletions taken out. */
  readonly reviewedText?: boolean;
}

export async function readSnapshot(
  context: Word.RequestContext,
  parse: ParseFlatOpc,
  options: ReadOptions = {},
): Promise<WordRead> {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(PARAGRAPH_PROPS);
  // never load() without a property list: slow, and it steals focus (OfficeDev/office-js#6132)
  const tables = body.tables.load("items/nestingLevel,items/rowCount,items/values");
  const comments = options.comments ? body.getComments().load("items/content") : null;
  await context.sync();

  const top = tables.items.filter((t) => t.nestingLevel === 1);
  const ourComments = comments ? comments.items.filter((c) => c.content.startsWith(COMMENT_PREFIX)) : [];
  // kept for marking, navigating and fixing in later batches; tracked before the next sync so the
  // references travel with it instead of in Word.run's own last sync
  context.trackedObjects.add(top);
  if (ourComments.length) context.trackedObjects.add(ourComments);

  const tableJobs = top.map((t): Job<TableLoad> => () => {
    const ooxml = t.getRange("Whole").getOoxml();
    const rows = t.rows.load("items/cellCount");
    return () => ({ ooxml: ooxml.value, cellCounts: rows.items.map((r) => r.cellCount) });
  });
  const inBody = paragraphs.items.flatMap((p, i) => (p.tableNestingLevel === 0 ? [i] : []));
  const listed = inBody.filter((i) => paragraphs.items[i].isListItem);
  const listJobs = listed.map((i): Job<string> => () => {
    const item = paragraphs.items[i].listItemOrNullObject.load("listString");
    return () => (item.isNullObject ? "" : item.listString);
  });
  const textJobs = (options.reviewedText ? inBody : []).map((i): Job<string> => () => {
    const text = paragraphs.items[i].getReviewedText("Current");
    return () => text.value;
  });

  // the body's own OOXML shows what Word's collections may hide or add: hidden text, text boxes
  const storyJob: Job<string> = () => {
    const ooxml = body.getOoxml();
    return () => ooxml.value;
  };

  // the first sync carries the paragraphs' loads and the first chunk of tables
  const first = Math.min(TABLES_PER_SYNC, top.length);
  const { loads, extra: storyLoad } = await loadGuardedWith<TableLoad | string, string>(
    context,
    [...tableJobs.slice(0, first), ...listJobs, ...textJobs],
    storyJob,
  );
  const tableLoads = loads.slice(0, first) as (TableLoad | LoadFailure)[];
  for (let at = first; at < top.length; at += TABLES_PER_SYNC)
    tableLoads.push(...(await loadGuarded(context, tableJobs.slice(at, at + TABLES_PER_SYNC))));
  const listLoads = loads.slice(first, first + listJobs.length) as (string | LoadFailure)[];
  const textLoads = loads.slice(first + listJobs.length) as (string | LoadFailure)[];

  const issues: ReadIssue[] = [];
  const story = isFailure(storyLoad) ? null : readBodyStory(storyLoad, parse);
  if (!story) {
    const failure = isFailure(storyLoad) ? storyLoad : { code: "Unreadable", location: "Body.getOoxml" };
    issues.push({ kind: "story", unchecked: "ooxml", code: failure.code, location: failure.location });
  }
  const listText = new Map<number, string>();
  listLoads.forEach((r, k) => {
    if (isFailure(r)) issues.push({ kind: "list", p: listed[k], code: r.code, location: r.location });
    else listText.set(listed[k], r);
  });
  // a paragraph whose reviewed text fails keeps Word's text: it may include tracked deletions
  const reviewed = new Map<number, string>();
  textLoads.forEach((r, k) => !isFailure(r) && reviewed.set(inBody[k], r));

  // Word's top-level tables in its order: a body table (its ordinal `t`) or a text box's (the
  // reader's block for it, where Word lists text boxes' tables among the body's)
  const inOrder: (WordTable | SnapshotTable)[] = [];
  const wordTables: WordTable[] = [];
  const boxWordTables: WordTable[] = [];
  const boxes = textBoxTables(
    story,
    top.map((t) => t.values),
  );
  if (boxes.unchecked) issues.push({ kind: "story", unchecked: "tables", code: "Mismatch" });
  const bodyCount = top.length - boxes.listed.filter(Boolean).length;
  // whether any table's ordinal differs from its place in Word's list (a text box's set apart)
  let renumbered = false;
  let since = performance.now();
  for (const [k, proxy] of top.entries()) {
    // a document with hundreds of tables takes a few hundred ms to turn into the snapshot: let
    // the pane paint and answer clicks now and then (the context stays valid between syncs)
    if (performance.now() - since > YIELD_AFTER_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
    const box = boxes.listed[k];
    const into = box ? boxWordTables : wordTables;
    const t = box ? bodyCount + into.length : into.length;
    const load = tableLoads[k];
    if (isFailure(load)) issues.push({ kind: "table", t, code: load.code, location: load.location });
    const table = { ...wordTable(t, proxy, isFailure(load) ? null : load, parse), word: k };
    if (t !== k) renumbered = true;
    into.push(box ? { ...table, inTextBox: true } : table);
    inOrder.push(box ?? table);
  }
  // a text box's tables that Word does not list go where the reader puts them: after their anchor
  const unlisted = boxes.unlisted.slice();
  const counted = { paragraphs: 0, tables: 0 };
  const blocks: SnapshotBlock[] = [];
  // a layout table's content counts as the one table the story reads there
  const push = (block: SnapshotBlock, content: readonly SnapshotBlock[] = [block]) => {
    blocks.push(...content);
    if (block.kind === "paragraph") counted.paragraphs++;
    else if (typeof block.ref.t === "number") counted.tables++;
    while (
      unlisted[0] &&
      unlisted[0].paragraphsBefore <= counted.paragraphs &&
      unlisted[0].tablesBefore <= counted.tables
    )
      blocks.push(unlisted.shift()!.block);
  };

  const shown = shownText(story, inBody, issues);
  const items = paragraphs.items;
  const wordText = new Map<number, string>();
  const outlineLevel = outlineLevelsOf(items.map((p) => p.outlineLevel));
  let next = 0;
  for (let i = 0; i < items.length;) {
    const p = items[i];
    if (p.tableNestingLevel > 0) {
      const table = inOrder[next];
      let run = 0;
      while (i + run < items.length && items[i + run].tableNestingLevel > 0) run++;
      // two tables can touch with no paragraph between: then the OOXML paragraph count splits the run
      const own = table && "proxy" in table ? (table.physical?.paragraphs ?? run) : run;
      if (table && "proxy" in table && table.layout)
        push(table.block, layoutContent(table.t, table.layout, items.slice(i, i + own), i, outlineLevel));
      else if (table) push("proxy" in table ? table.block : table);
      next++;
      i += own > 0 && own < run ? own : run;
      continue;
    }
    const list = listText.get(i);
    const level = outlineLevel(p.outlineLevel);
    const text = shown.get(i) ?? reviewed.get(i) ?? p.text;
    if (text !== p.text) wordText.set(i, p.text);
    push({
      kind: "paragraph",
      text,
      ...(list ? { listText: list } : {}),
      ...(p.style ? { style: p.style } : {}),
      ...(level !== undefined ? { outlineLevel: level } : {}),
      ref: { p: i },
    });
    i++;
  }
  for (; next < inOrder.length; next++) {
    const table = inOrder[next];
    push("proxy" in table ? table.block : table);
  }
  blocks.push(...unlisted.map((u) => u.block));

  return {
    snapshot: { blocks },
    tables: [...wordTables, ...boxWordTables],
    mapping: tableMapping(wordTables),
    ourComments,
    ...(issues.length ? { issues } : {}),
    ...(wordText.size ? { wordText } : {}),
    ...(!story || boxes.unchecked ? { unchecked: true as const } : {}),
    ...(renumbered ? { boxesApart: true as const } : {}),
  };
}

/**
 * A layout table's content as the snapshot holds it, its paragraphs numbered as Word's
 * `body.paragraphs` (`first` is the table's first paragraph; `word` Word's paragraphs from
 * there). A paragraph Word gives the reader's text takes Word's text, style and outline level,
 * as the body's do; one it does not keeps the reader's, so that 定位 and every write, which
 * re-confirm the text, refuse rather than reach another paragraph. Each paragraph's ref says
 * which table holds it (`layout`): nothing is inserted next to it.
 */
function layoutContent(
  t: number,
  content: readonly SnapshotBlock[],
  word: readonly Word.Paragraph[],
  first: number,
  outlineLevel: (level: number) => number | undefined,
): SnapshotBlock[] {
  return content.map((block): SnapshotBlock => {
    if (block.kind !== "paragraph") return block;
    const k = typeof block.ref.p === "number" ? block.ref.p : -1;
    const ref = { p: first + k, layout: t };
    const p = word[k];
    if (!p || !sameText(p.text, block.text)) return { ...block, ref };
    const level = outlineLevel(p.outlineLevel);
    const { style: _readerStyle, outlineLevel: _readerLevel, ...rest } = block;
    return {
      ...rest,
      text: p.text,
      ...(p.style ? { style: p.style } : {}),
      ...(level !== undefined ? { outlineLevel: level } : {}),
      ref,
    };
  });
}

/**
 * How many cells of each table have a confirmed address, and which tables were read without
 * merges; a layout table counts the cells of the tables in it, none addressed.
 */
export function tableMapping(tables: readonly WordTable[]): TableMapping[] {
  return tables
    .filter((w) => !w.inTextBox)
    .map((w) =>
      w.layout
        ? { ref: w.block.ref, cells: cellsIn(w.layout), confirmed: 0, layout: true as const }
        : {
            ref: w.block.ref,
            cells: w.block.cells.length,
            confirmed: w.block.cells.filter((c) => addressOf(tables, c.ref)).length,
            ...(w.physical ? {} : { withoutMerges: true }),
          },
    );
}

const cellsIn = (blocks: readonly SnapshotBlock[]): number =>
  blocks.reduce((n, b) => n + (b.kind === "table" ? b.cells.length : 0), 0);

/** One table of the read; `load` null when its OOXML could not be had (values only, no addresses). */
function wordTable(t: number, proxy: Word.Table, load: TableLoad | null, parse: ParseFlatOpc): WordTable {
  const physical = load ? scanTableOoxml(load.ooxml) : null;
  const shape = { rowCount: proxy.rowCount, cellCounts: load?.cellCounts ?? [] };
  const addresses =
    physical && load
      ? calibrate(physical, { ...shape, values: proxy.values })
      : { rule: null, cells: new Map() };
  const layout = load && physical ? layoutTable(t, load.ooxml, physical.paragraphs, parse) : null;
  return {
    t,
    proxy,
    physical,
    addresses,
    block: tableBlock(t, load?.ooxml ?? null, proxy.values, parse),
    ...(layout ? { layout } : {}),
    shape,
    values: proxy.values,
    fingerprint: physical ? tableFingerprint(physical) : "",
  };
}

/**
 * What the .docx reader reads in a web page's layout table (its OOXML read with layout tables
 * as their content): its `paragraphs` paragraphs and the tables inside, renumbered to the
 * document's table ordinal; null for any other table (read as a table) or an unreadable one.
 */
function layoutTable(
  t: number,
  ooxml: string,
  paragraphs: number,
  parse: ParseFlatOpc,
): SnapshotBlock[] | null {
  // only a table with a table inside can be one: the others are not read twice
  if (tableTags(ooxml) < 2) return null;
  let blocks: readonly SnapshotBlock[];
  try {
    blocks = parse(ooxml, { layoutTables: "content" }).blocks;
  } catch {
    return null;
  }
  if (!blocks.some((b) => b.kind === "table" && "path" in b.ref)) return null;
  return blocks.flatMap((b): SnapshotBlock[] =>
    b.kind === "table"
      ? typeof b.ref.box === "number"
        ? []
        : [renumber(b, t)]
      : typeof b.ref.p === "number" && b.ref.p < paragraphs
        ? [b]
        : [],
  );
}

/** The table as the .docx reader sees its OOXML, with refs renumbered to the document's table ordinal. */
function tableBlock(t: number, ooxml: string | null, values: string[][], parse: ParseFlatOpc): SnapshotTable {
  try {
    const table = ooxml ? parse(ooxml).blocks.find((b): b is SnapshotTable => b.kind === "table") : undefined;
    if (table) return renumber(table, t);
  } catch {
    // fall through: an unreadable table still shows up, but no cell of it gets an address
  }
  const cells: SnapshotCell[] = values.flatMap((row, r) =>
    // no tr/tc: these positions are Word's, not the OOXML's, so nothing will be written to them
    row.map((text, c) => ({
      row: r,
      col: c,
      rowSpan: 1,
      colSpan: 1,
      text,
      ref: { t, wordRow: r, wordCell: c },
    })),
  );
  return {
    kind: "table",
    rowCount: values.length,
    colCount: Math.max(0, ...values.map((r) => r.length)),
    cells,
    ref: { t },
  };
}

const TAG_END = /[>/\s]/;

/** How many tables a package holds, nested ones included (`<w:tbl>`, not `<w:tblPr>`). */
function tableTags(ooxml: string): number {
  let n = 0;
  for (let at = ooxml.indexOf("<w:tbl"); at >= 0; at = ooxml.indexOf("<w:tbl", at + 6)) {
    if (TAG_END.test(ooxml.charAt(at + 6))) n++;
  }
  return n;
}

function renumber(table: SnapshotTable, t: number): SnapshotTable {
  const ref = (r: HostRef): HostRef => ({ ...r, t });
  return {
    ...table,
    ref: ref(table.ref),
    cells: table.cells.map((cell) => ({
      ...cell,
      ref: ref(cell.ref),
      ...(cell.tables ? { tables: cell.tables.map((nested) => renumber(nested, t)) } : {}),
    })),
  };
}

/** Word's confirmed address of a top-level table cell, or null (nested, unmapped or unconfirmed). */
export function addressOf(
  tables: readonly WordTable[],
  ref: HostRef,
): { table: WordTable; rowIndex: number; cellIndex: number } | null {
  const table = topLevelTable(tables, ref);
  if (!table || typeof ref.tr !== "number" || typeof ref.tc !== "number") return null;
  const address = table.addresses.cells.get(`${ref.tr}:${ref.tc}`);
  return address ? { table, ...address } : null;
}

/**
 * The top-level table a ref names; undefined for a table nested in a cell (`path`), whose `t` is
 * the table holding it (a web page's layout table holds the whole report).
 */
export function topLevelTable(tables: readonly WordTable[], ref: HostRef): WordTable | undefined {
  return typeof ref.t === "number" && ref.path === undefined ? tables[ref.t] : undefined;
}

/** Where our mark on a cell can be put back: its address, or one reached alike either way. */
export function restoringAddressOf(
  tables: readonly WordTable[],
  ref: { t: number; tr: number; tc: number },
): ReturnType<typeof addressOf> {
  const table = tables[ref.t];
  const alike = table?.restorable?.get(`${ref.tr}:${ref.tc}`);
  return addressOf(tables, ref) ?? (alike ? { table, ...alike } : null);
}
