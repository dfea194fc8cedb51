/// <reference types="office-js" />
/**
 * Reads the open document into a `DocumentSnapshot` in two round trips:
 *  1. body paragraphs (text, style, outline level, table nesting, list flag) and tables
 *     (nesting level, row count, values), plus our old comments when comments are supported;
 *  2. for each top-level table its OOXML and each row's cell count, and the list text of list
 *     paragraphs.
 * Each table's grid (merges included) comes from its OOXML through the same .docx reader the
 * CLI uses; Word's row and cell counts confirm the `(rowIndex, cellIndex)` of every cell.
 */
import type { DocumentSnapshot, HostRef, SnapshotBlock, SnapshotCell, SnapshotTable } from "../engine";
import { calibrate, type TableAddresses } from "./_lib/calibrate";
import { scanTableOoxml, type PhysicalTable } from "./_lib/table-ooxml";
import type { TableMapping } from "./port";

/** Parses a flat-OPC package (what `getOoxml()` returns) into a snapshot: `readFlatOpc` from src/docx. */
export type ParseFlatOpc = (xml: string) => DocumentSnapshot;

/** Every comment we add starts with this, so we can find and remove our own. */
export const COMMENT_PREFIX = "【年报校验】";

export interface WordTable {
  /** Ordinal among top-level tables: the `t` of its refs. */
  readonly t: number;
  readonly proxy: Word.Table;
  readonly physical: PhysicalTable | null;
  readonly addresses: TableAddresses;
  readonly block: SnapshotTable;
}

export interface WordRead {
  readonly snapshot: DocumentSnapshot;
  readonly tables: readonly WordTable[];
  readonly mapping: readonly TableMapping[];
  /** Comments we added in an earlier check (loaded only where comments are supported). */
  readonly ourComments: readonly Word.Comment[];
}

const PARAGRAPH_PROPS = "items/text,items/style,items/outlineLevel,items/tableNestingLevel,items/isListItem";

/** The longest stretch the read keeps the pane busy before it yields. */
const YIELD_AFTER_MS = 40;

export async function readSnapshot(
  context: Word.RequestContext,
  parse: ParseFlatOpc,
  options: { readonly comments?: boolean } = {},
): Promise<WordRead> {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(PARAGRAPH_PROPS);
  // never load() without a property list: slow, and it steals focus (OfficeDev/office-js#6132)
  const tables = body.tables.load("items/nestingLevel,items/rowCount,items/values");
  const comments = options.comments ? body.getComments().load("items/content") : null;
  await context.sync();

  const top = tables.items.filter((t) => t.nestingLevel === 1);
  const ooxml = top.map((t) => t.getRange("Whole").getOoxml());
  const rows = top.map((t) => t.rows.load("items/cellCount"));
  const lists = paragraphs.items.map((p) =>
    p.tableNestingLevel === 0 && p.isListItem ? p.listItemOrNullObject.load("listString") : null,
  );
  await context.sync();

  const wordTables: WordTable[] = [];
  let since = performance.now();
  for (const [t, proxy] of top.entries()) {
    // a document with hundreds of tables takes a few hundred ms to turn into the snapshot: let
    // the pane paint and answer clicks now and then (the context stays valid between syncs)
    if (performance.now() - since > YIELD_AFTER_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
    const physical = scanTableOoxml(ooxml[t].value);
    const cellCounts = rows[t].items.map((r) => r.cellCount);
    const addresses = physical
      ? calibrate(physical, { rowCount: proxy.rowCount, cellCounts, values: proxy.values })
      : { rule: null, cells: new Map() };
    wordTables.push({
      t,
      proxy,
      physical,
      addresses,
      block: tableBlock(t, ooxml[t].value, proxy.values, parse),
    });
  }
  context.trackedObjects.add(top); // kept for marking, navigating and fixing in later batches

  const blocks: SnapshotBlock[] = [];
  const items = paragraphs.items;
  let next = 0;
  for (let i = 0; i < items.length;) {
    const p = items[i];
    if (p.tableNestingLevel > 0) {
      const table = wordTables[next];
      let run = 0;
      while (i + run < items.length && items[i + run].tableNestingLevel > 0) run++;
      // two tables can touch with no paragraph between: then the OOXML paragraph count splits the run
      const own = table?.physical?.paragraphs ?? run;
      if (table) blocks.push(table.block);
      next++;
      i += own > 0 && own < run ? own : run;
      continue;
    }
    const list = lists[i];
    const listText = list && !list.isNullObject ? list.listString : "";
    const level = p.outlineLevel;
    blocks.push({
      kind: "paragraph",
      text: p.text,
      ...(listText ? { listText } : {}),
      ...(p.style ? { style: p.style } : {}),
      // Word reports 1–9 for outline levels and 10 for body text
      ...(level >= 1 && level <= 9 ? { outlineLevel: level - 1 } : {}),
      ref: { p: i },
    });
    i++;
  }
  for (; next < wordTables.length; next++) blocks.push(wordTables[next].block);

  const mapping = wordTables.map((w) => ({
    ref: w.block.ref,
    cells: w.block.cells.length,
    confirmed: w.block.cells.filter((c) => addressOf(wordTables, c.ref)).length,
  }));
  const ourComments = comments ? comments.items.filter((c) => c.content.startsWith(COMMENT_PREFIX)) : [];
  if (ourComments.length) context.trackedObjects.add(ourComments);
  return { snapshot: { blocks }, tables: wordTables, mapping, ourComments };
}

/** The table as the .docx reader sees its OOXML, with refs renumbered to the document's table ordinal. */
function tableBlock(t: number, ooxml: string, values: string[][], parse: ParseFlatOpc): SnapshotTable {
  try {
    const table = parse(ooxml).blocks.find((b): b is SnapshotTable => b.kind === "table");
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
  if (
    typeof ref.t !== "number" ||
    typeof ref.tr !== "number" ||
    typeof ref.tc !== "number" ||
    "path" in ref
  ) {
    return null;
  }
  const table = tables[ref.t];
  const address = table?.addresses.cells.get(`${ref.tr}:${ref.tc}`);
  return address ? { table, ...address } : null;
}
