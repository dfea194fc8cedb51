/**
 * Where the .docx reader's host refs point in document.xml: paragraph `{ p }` is the p-th `w:p`
 * the reader reads, table `{ t }` the t-th top-level table, cell `{ t, tr, tc }` the tc-th `w:tc`
 * of the tr-th `w:tr`, and a `path` leads on into the tables nested in cells (TablePlace). The
 * walk follows the reader step by step (table-grid.ts, wrappers.ts, body.ts): the same wrappers
 * are looked through and the same paragraphs counted, so a ref from a check of the file finds the
 * element it came from.
 */
import { child, type XmlNode } from "./xml-tree";

export interface MappedTable {
  readonly node: XmlNode;
  /**
   * Rows (`w:tr`), each with its cells (`w:tc`), wrappers looked through, and for each cell the
   * tables nested in it (down to the reader's depth).
   */
  readonly rows: readonly {
    readonly node: XmlNode;
    readonly cells: readonly XmlNode[];
    readonly nested: readonly (readonly MappedTable[])[];
  }[];
}

export interface DocumentMap {
  readonly body: XmlNode;
  /** Every paragraph the reader counts, by its `p`. */
  readonly paragraphs: readonly XmlNode[];
  /** Top-level tables, by their `t`. */
  readonly tables: readonly MappedTable[];
  /** Body-level blocks (paragraphs and tables) in document order. */
  readonly blocks: readonly XmlNode[];
}

/** As the reader's MAX_TABLE_DEPTH: tables deeper than this are not read, their paragraphs only counted. */
const MAX_TABLE_DEPTH = 20;

const BLOCKS = new Set(["w:p", "w:tbl"]);
const ROWS = new Set(["w:tr"]);
const CELLS = new Set(["w:tc"]);

/** The elements named in `wanted` among `nodes`, looking through content controls, custom XML and mc choices. */
export function unwrapped(nodes: readonly XmlNode[], wanted: ReadonlySet<string>): XmlNode[] {
  const found: XmlNode[] = [];
  collect(nodes, wanted, found);
  return found;
}

// into one list, not spread from list to list: a wrapper may hold more elements than a call takes arguments
function collect(nodes: readonly XmlNode[], wanted: ReadonlySet<string>, found: XmlNode[]): void {
  for (const node of nodes) {
    if (wanted.has(node.name)) found.push(node);
    else if (node.name === "w:sdt") collect(child(node, "w:sdtContent")?.children ?? [], wanted, found);
    else if (node.name === "w:customXml") collect(node.children, wanted, found);
    else if (node.name === "mc:AlternateContent") {
      const before = found.length;
      collect(child(node, "mc:Choice")?.children ?? [], wanted, found);
      if (found.length === before) collect(child(node, "mc:Fallback")?.children ?? [], wanted, found);
    }
  }
}

/** Maps a parsed `w:document`. Returns null when it has no body. */
export function mapDocument(document: XmlNode): DocumentMap | null {
  const body = child(document, "w:body");
  if (!body) return null;
  const paragraphs: XmlNode[] = [];
  const tables: MappedTable[] = [];
  const blocks = unwrapped(body.children, BLOCKS);
  for (const block of blocks) {
    if (block.name === "w:p") paragraphs.push(block);
    else tables.push(mapTable(block, 1, paragraphs));
  }
  return { body, paragraphs, tables, blocks };
}

function mapTable(table: XmlNode, depth: number, paragraphs: XmlNode[]): MappedTable {
  const rows = unwrapped(table.children, ROWS).map((tr) => {
    const cells = unwrapped(tr.children, CELLS);
    const nested = cells.map((tc) => {
      const tables: MappedTable[] = [];
      for (const element of unwrapped(tc.children, BLOCKS)) {
        if (element.name === "w:p") paragraphs.push(element);
        else if (depth >= MAX_TABLE_DEPTH) countParagraphs(element, paragraphs);
        else tables.push(mapTable(element, depth + 1, paragraphs));
      }
      return tables;
    });
    return { node: tr, cells, nested };
  });
  return { node: table, rows };
}

function countParagraphs(node: XmlNode, paragraphs: XmlNode[]): void {
  if (node.name === "w:p") paragraphs.push(node);
  else for (const c of node.children) countParagraphs(c, paragraphs);
}

/** The table a table or cell ref points at, through its `path` when nested; undefined when none is there. */
export function tableAt(map: DocumentMap, ref: Readonly<Record<string, unknown>>): MappedTable | undefined {
  if (typeof ref.t !== "number") return undefined;
  const path = ref.path === undefined ? [] : ref.path;
  if (!Array.isArray(path) || path.length % 3 !== 0) return undefined;
  let table: MappedTable | undefined = map.tables[ref.t];
  for (let i = 0; table && i < path.length; i += 3) {
    const [tr, tc, k] = path.slice(i, i + 3) as unknown[];
    if (typeof tr !== "number" || typeof tc !== "number" || typeof k !== "number") return undefined;
    table = table.rows[tr]?.nested[tc]?.[k];
  }
  return table;
}

/** The `w:tc` a cell ref points at, in a nested table too, or undefined. */
export function cellAt(map: DocumentMap, ref: Readonly<Record<string, unknown>>): XmlNode | undefined {
  if (typeof ref.tr !== "number" || typeof ref.tc !== "number") return undefined;
  return tableAt(map, ref)?.rows[ref.tr]?.cells[ref.tc];
}

/** The paragraphs of a cell, wrappers looked through (nested tables' paragraphs left out). */
export const cellParagraphs = (tc: XmlNode): XmlNode[] => unwrapped(tc.children, new Set(["w:p"]));
