/**
 * A .docx loaded into the fake Word, as test/word/seeds.test.ts does: paragraphs as the reader
 * sees them (text, style, outline level, list numbering), tables cell by cell from their XML with
 * merges, shading and the tables nested in their cells. Needs jsdom (DOMParser) and Node's TextDecoder.
 */
import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { scanTableOoxml } from "../../src/word/_lib/table-ooxml";
import type { FakeBlock, FakeCell, FakeTable } from "./fake-word";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function docxBlocks(bytes: Uint8Array): FakeBlock[] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const body = new DOMParser().parseFromString(xml, "application/xml").getElementsByTagNameNS(W, "body")[0];
  const tables = childrenNamed(body, "tbl");
  const paragraphs = childrenNamed(body, "p");
  // text boxes are written twice (DrawingML and its VML fallback): the reader reads the first
  const boxTables = Array.from(body.getElementsByTagNameNS(W, "txbxContent"))
    .filter((box) => !inFallback(box))
    .flatMap((box) => childrenNamed(box, "tbl"));
  let t = 0;
  let box = 0;
  const out: FakeBlock[] = [];
  for (const block of readDocx(bytes).blocks) {
    if (block.kind === "paragraph") {
      out.push({
        kind: "p",
        text: block.text,
        style: block.style,
        outlineLevel: block.outlineLevel === undefined ? 10 : block.outlineLevel + 1,
        listString: block.listText,
        ...hiddenIn(paragraphs[out.filter((b) => b.kind === "p").length]),
      });
    } else if (typeof block.ref.box === "number") {
      // the reader puts a text box's table after the block it is anchored in
      const anchor = [...out].reverse().find((b) => b.kind === "p");
      if (anchor?.kind === "p") (anchor.textBox ??= []).push(fakeTable(boxTables[box++], shownIn(block)));
    } else out.push({ kind: "table", table: fakeTable(tables[t++], shownIn(block)) });
  }
  return out;
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

/** A `w:tbl` as the fake holds it: cells with merges, shading and text, nested tables in their cells. */
function fakeTable(tbl: Element, shown: ShownText = (_r, _c, text) => text): FakeTable {
  const part = `<w:document xmlns:w="${W}"><w:body>${new XMLSerializer().serializeToString(tbl)}</w:body></w:document>`;
  const physical = scanTableOoxml(part);
  if (!physical) throw new Error("unreadable table");
  const trs = childrenNamed(tbl, "tr");
  const rows = physical.rows.map((row, r) => {
    const tcs = trs[r] ? childrenNamed(trs[r], "tc") : [];
    return row.map((cell, c): FakeCell => {
      const continued = physical.rows[r + 1]?.some((below) => below.col === cell.col && below.continuation);
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
