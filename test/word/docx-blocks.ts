/**
 * A .docx loaded into the fake Word, as test/word/seeds.test.ts does: paragraphs as the reader
 * sees them (text, style, outline level, list numbering), tables cell by cell from their XML with
 * merges, shading and the tables nested in their cells. Needs jsdom (DOMParser) and Node's TextDecoder.
 */
import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { scanTableOoxml } from "../../src/word/_lib/table-ooxml";
import type { SnapshotBlock, SnapshotTable } from "../../src/engine";
import { withContent, type FakeBlock, type FakeCell, type FakeCellBlock, type FakeTable } from "./fake-word";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function docxBlocks(bytes: Uint8Array): FakeBlock[] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const body = new DOMParser().parseFromString(xml, "application/xml").getElementsByTagNameNS(W, "body")[0];
  // text boxes are written twice (DrawingML and its VML fallback): the reader reads the first
  const boxTables = Array.from(body.getElementsByTagNameNS(W, "txbxContent"))
    .filter((box) => !inFallback(box))
    .flatMap((box) => childrenNamed(box, "tbl"));
  // the reader's blocks, a layout table read as its content, walked beside the body's XML
  const read = readDocx(bytes).blocks;
  let next = 0;
  let box = 0;
  const out: FakeBlock[] = [];
  const layout = layoutContent(() => read[next++]);
  for (const element of blocksIn(body)) {
    if (element.localName === "p") {
      const block = read[next++];
      if (block?.kind !== "paragraph") throw new Error("the reader's paragraphs and the XML's differ");
      out.push({
        kind: "p",
        text: block.text,
        style: block.style,
        outlineLevel: wordOutlineLevel(block.outlineLevel),
        listString: block.listText,
        ...hiddenIn(element),
      });
    } else {
      const block = read[next];
      if (isTable(block)) next++;
      const table = isTable(block)
        ? fakeTable(element, shownIn(block))
        : fakeTable(element, undefined, layout);
      out.push({ kind: "table", table });
    }
    // the reader puts a text box's table after the block it is anchored in
    while (read[next]?.kind === "table" && typeof read[next].ref.box === "number") {
      const anchor = [...out].reverse().find((b) => b.kind === "p");
      const block = read[next++] as SnapshotTable;
      if (anchor?.kind === "p") (anchor.textBox ??= []).push(fakeTable(boxTables[box++], shownIn(block)));
    }
  }
  return out;
}

/** Whether the reader read a body table as a table (not as a layout table's content). */
const isTable = (block: SnapshotBlock | undefined): block is SnapshotTable =>
  block?.kind === "table" && !("path" in block.ref) && typeof block.ref.box !== "number";

/** Word's outline level (1–9, 10 for body text) of the reader's (0–8, absent). */
const wordOutlineLevel = (level: number | undefined) => (level === undefined ? 10 : level + 1);

/**
 * A layout table's cell as Word holds it: its paragraphs and tables in document order, from the
 * reader's blocks (`take`, in turn) for what the reader read in it.
 */
function layoutContent(take: () => SnapshotBlock | undefined): (tc: Element) => FakeCellBlock[] {
  const content = (tc: Element): FakeCellBlock[] =>
    blocksIn(tc).map((element): FakeCellBlock => {
      if (element.localName === "p") {
        const block = take();
        if (block?.kind !== "paragraph")
          throw new Error("the reader's layout paragraphs and the XML's differ");
        return {
          kind: "p",
          text: block.text,
          style: block.style,
          outlineLevel: wordOutlineLevel(block.outlineLevel),
        };
      }
      const block = take();
      // a layout table inside a layout table (the reader reads its content in turn) is not loaded
      if (block?.kind !== "table") throw new Error("a layout table inside a layout table");
      return { kind: "table", table: fakeTable(element, shownIn(block)) };
    });
  return content;
}

/** The paragraphs and tables among an element's children, in order, content controls looked through. */
function blocksIn(element: Element): Element[] {
  return Array.from(element.children).flatMap((c) =>
    c.namespaceURI !== W
      ? []
      : c.localName === "p" || c.localName === "tbl"
        ? [c]
        : c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml"
          ? blocksIn(c)
          : [],
  );
}

/**
 * The text of a paragraph's runs hidden by their own `w:vanish` (the fake keeps it at the
 * paragraph's end); hiding through styles is not carried (the fake's OOXML has no styles part).
 */
function hiddenIn(p: Element | undefined): { hidden?: string } {
  if (!p) return {};
  const hidden = Array.from(p.getElementsByTagNameNS(W, "r"))
    .filter((r) => !inFallback(r) && !inside(r, "txbxContent"))
    .filter((r) => {
      const rPr = Array.from(r.children).find((c) => c.localName === "rPr");
      const vanish = rPr && Array.from(rPr.children).find((c) => c.localName === "vanish");
      const val = vanish?.getAttributeNS(W, "val");
      return !!vanish && val !== "0" && val !== "false";
    })
    .flatMap((r) => Array.from(r.getElementsByTagNameNS(W, "t")).map((t) => t.textContent ?? ""))
    .join("");
  return hidden ? { hidden } : {};
}

function inside(element: Element, name: string): boolean {
  for (let e = element.parentElement; e; e = e.parentElement) if (e.localName === name) return true;
  return false;
}

function inFallback(element: Element): boolean {
  for (let e = element.parentElement; e; e = e.parentElement) if (e.localName === "Fallback") return true;
  return false;
}

/** The elements named `name` among an element's children, content controls looked through. */
function childrenNamed(element: Element, name: string): Element[] {
  return Array.from(element.children).flatMap((c) =>
    c.namespaceURI !== W
      ? []
      : c.localName === name
        ? [c]
        : c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml"
          ? childrenNamed(c, name)
          : [],
  );
}

/** A cell's text as Word shows it, from where the reader read it in `table`; `text` when it read none there. */
type ShownText = (row: number, col: number, text: string) => string;

/**
 * The text Word shows, as the reader reads it with the styles: the table's XML alone cannot
 * say that a character style hides a run, and the fake keeps no run styles.
 */
function shownIn(table: { cells: readonly { row: number; col: number; text: string }[] }): ShownText {
  return (row, col, text) => table.cells.find((c) => c.row === row && c.col === col)?.text ?? text;
}

/**
 * A `w:tbl` as the fake holds it: cells with merges, shading and text, nested tables in their
 * cells; a layout table's cells (`layout`) with their content in order.
 */
function fakeTable(
  tbl: Element,
  shown: ShownText = (_r, _c, text) => text,
  layout?: (tc: Element) => FakeCellBlock[],
): FakeTable {
  const part = `<w:document xmlns:w="${W}"><w:body>${new XMLSerializer().serializeToString(tbl)}</w:body></w:document>`;
  const physical = scanTableOoxml(part);
  if (!physical) throw new Error("unreadable table");
  const trs = childrenNamed(tbl, "tr");
  const rows = physical.rows.map((row, r) => {
    const tcs = trs[r] ? childrenNamed(trs[r], "tc") : [];
    return row.map((cell, c): FakeCell => {
      const continued = physical.rows[r + 1]?.some((below) => below.col === cell.col && below.continuation);
      const blocks = layout && tcs[c] ? layout(tcs[c]) : undefined;
      if (blocks) return withContent({ text: "", gridSpan: cell.colSpan, fill: cell.fill, blocks });
      const nested = tcs[c] ? childrenNamed(tcs[c], "tbl").map((nested) => fakeTable(nested)) : [];
      return {
        text: cell.continuation ? "" : shown(r, cell.col, cell.text),
        gridSpan: cell.colSpan,
        vMerge: cell.continuation ? "continue" : continued ? "restart" : undefined,
        fill: cell.fill,
        ...(nested.length ? { tables: nested } : {}),
      };
    });
  });
  return { rows };
}
