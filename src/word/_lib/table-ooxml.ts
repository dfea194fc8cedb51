import { paragraphContent } from "../../docx/paragraph-text";
import { unwrapped } from "../../docx/wrappers";
import { child, childVal, parseXml, type XmlElement } from "../../docx/xml";

/**
 * The physical layout of a table in Word's OOXML: every `w:tc` of every `w:tr`, with its grid
 * column, its spans, whether it continues a merge, its shading and its text. The .docx reader
 * hides continuation cells (it resolves merges); calibrating Word's `(rowIndex, cellIndex)`
 * addressing needs them, and remembering a cell's own shading needs `w:shd`.
 */
export interface PhysicalCell {
  /** Index of the `w:tc` in its `w:tr`, continuation cells included. */
  readonly tc: number;
  /** Grid column of the cell's left edge. */
  readonly col: number;
  readonly colSpan: number;
  /** A `w:vMerge` (or legacy `w:hMerge`) continuation: part of the cell above or to the left. */
  readonly continuation: boolean;
  /** Own shading `w:shd/@w:fill` as "RRGGBB" (upper case); null for none or "auto". */
  readonly fill: string | null;
  readonly text: string;
  /**
   * Where the cell holds tracked deletions (`w:del`, `w:moveFrom`): its text with them read as
   * text, in document order. Word's `values` may show them (as paragraph `text` does on the web,
   * office-js#1267; the docs are silent for tables), and a 修正 written under Track Changes
   * leaves one in exactly the cell the add-in marked.
   */
  readonly withDeletions?: string;
  /** A comment is anchored in the cell (`w:commentRangeStart`, `w:commentReference`). */
  readonly commented?: true;
}

export interface PhysicalTable {
  readonly rows: readonly (readonly PhysicalCell[])[];
  /** Every `w:p` inside the table, nested tables included: how many of Word's body paragraphs it holds. */
  readonly paragraphs: number;
}

const PARAGRAPHS = new Set(["w:p"]);
const TABLES = new Set(["w:tbl"]);
const ROWS = new Set(["w:tr"]);
const CELLS = new Set(["w:tc"]);
/** Content Word does not count among the body's paragraphs: drawings, text boxes, objects. */
const NOT_BODY = new Set(["w:drawing", "w:pict", "w:object", "w:txbxContent"]);

/** The first `w:body` in document order: the package's document part. */
function findBody(element: XmlElement): XmlElement | undefined {
  if (element.name === "w:body") return element;
  for (const node of element.children) {
    if (typeof node === "string") continue;
    const found = findBody(node);
    if (found) return found;
  }
  return undefined;
}

/** Every `w:p` inside an element, nested tables included. */
function countParagraphs(element: XmlElement): number {
  let n = 0;
  for (const node of element.children) {
    if (typeof node === "string" || NOT_BODY.has(node.name)) continue;
    n += (node.name === "w:p" ? 1 : 0) + countParagraphs(node);
  }
  return n;
}

/** The cell's text as the .docx reader reads it, its paragraphs joined by "\n". */
const cellText = (tc: XmlElement): string =>
  unwrapped(tc.children, PARAGRAPHS)
    .map((p) => paragraphContent(p).text)
    .join("\n");

/** Tracked deletions read as what they were before they were deleted. */
const REVIVED: Readonly<Record<string, string>> = {
  "w:del": "w:ins",
  "w:moveFrom": "w:moveTo",
  "w:delText": "w:t",
  "w:delInstrText": "w:instrText",
};

/** Whether an element holds one of these elements, at any depth. */
function holdsAny(element: XmlElement, names: ReadonlySet<string>): boolean {
  return element.children.some(
    (node) => typeof node !== "string" && (names.has(node.name) || holdsAny(node, names)),
  );
}
const COMMENT_ANCHORS = new Set(["w:commentRangeStart", "w:commentReference"]);

/** Tracked deletions of text. */
const DELETED_TEXT = new Set(["w:delText", "w:delInstrText"]);

/** A copy of an element with its tracked deletions turned back into text. */
function revived(element: XmlElement): XmlElement {
  return {
    name: REVIVED[element.name] ?? element.name,
    attrs: element.attrs,
    children: element.children.map((node) => (typeof node === "string" ? node : revived(node))),
  };
}

/**
 * Scans the first top-level table of a flat-OPC package (or a bare document part), with the
 * .docx reader's own XML scanner. Null when the XML is unreadable or holds no table.
 */
export function scanTableOoxml(xml: string): PhysicalTable | null {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch {
    return null;
  }
  const body = findBody(root);
  const table = body ? unwrapped(body.children, TABLES)[0] : undefined;
  if (!table) return null;
  const rows = unwrapped(table.children, ROWS).map((tr) => {
    let col = Number(childVal(child(tr, "w:trPr"), "w:gridBefore") ?? 0) || 0;
    return unwrapped(tr.children, CELLS).map((tc, index): PhysicalCell => {
      const pr = child(tc, "w:tcPr");
      const colSpan = Math.max(1, Number(childVal(pr, "w:gridSpan") ?? 1) || 1);
      const vMerge = child(pr, "w:vMerge");
      const hMerge = child(pr, "w:hMerge");
      const continuation =
        (!!vMerge && vMerge.attrs["w:val"] !== "restart") ||
        (!!hMerge && hMerge.attrs["w:val"] !== "restart");
      const fill = child(pr, "w:shd")?.attrs["w:fill"] ?? null;
      const cell: PhysicalCell = {
        tc: index,
        col,
        colSpan,
        continuation,
        fill: fill && /^[0-9a-f]{6}$/i.test(fill) ? fill.toUpperCase() : null,
        text: cellText(tc),
        ...(holdsAny(tc, DELETED_TEXT) ? { withDeletions: cellText(revived(tc)) } : {}),
        ...(holdsAny(tc, COMMENT_ANCHORS) ? { commented: true as const } : {}),
      };
      col += colSpan;
      return cell;
    });
  });
  return { rows, paragraphs: countParagraphs(table) };
}
