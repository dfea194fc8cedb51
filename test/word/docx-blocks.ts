/**
 * A .docx loaded into the fake Word, as test/word/seeds.test.ts does: paragraphs as the reader
 * sees them (text, style, outline level, list numbering), tables cell by cell from their XML with
 * merges and shading. Needs jsdom (DOMParser) and Node's TextDecoder.
 */
import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { scanTableOoxml } from "../../src/word/_lib/table-ooxml";
import type { FakeBlock, FakeCell } from "./fake-word";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function docxBlocks(bytes: Uint8Array): FakeBlock[] {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const body = new DOMParser().parseFromString(xml, "application/xml").getElementsByTagNameNS(W, "body")[0];
  const tables = Array.from(body.getElementsByTagNameNS(W, "tbl")).filter(
    (t) => t.parentElement === body || t.parentElement?.localName === "sdtContent",
  );
  let t = 0;
  return readDocx(bytes).blocks.map((block): FakeBlock => {
    if (block.kind === "paragraph") {
      return {
        kind: "p",
        text: block.text,
        style: block.style,
        outlineLevel: block.outlineLevel === undefined ? 10 : block.outlineLevel + 1,
        listString: block.listText,
      };
    }
    const part = `<w:document xmlns:w="${W}"><w:body>${new XMLSerializer().serializeToString(tables[t++])}</w:body></w:document>`;
    const physical = scanTableOoxml(part);
    if (!physical) throw new Error("unreadable table");
    // the text Word shows, as the reader reads it with the styles: the table's XML alone cannot
    // say that a character style hides a run, and the fake keeps no run styles
    const shown = (r: number, col: number, text: string) =>
      block.cells.find((c) => c.row === r && c.col === col)?.text ?? text;
    const rows = physical.rows.map((row, r) =>
      row.map((cell): FakeCell => {
        const continued = physical.rows[r + 1]?.some((below) => below.col === cell.col && below.continuation);
        return {
          text: cell.continuation ? "" : shown(r, cell.col, cell.text),
          gridSpan: cell.colSpan,
          vMerge: cell.continuation ? "continue" : continued ? "restart" : undefined,
          fill: cell.fill,
        };
      }),
    );
    return { kind: "table", table: { rows } };
  });
}
