/**
 * The physical layout of a table in Word's OOXML: every `w:tc` of every `w:tr`, with its grid
 * column, its spans, whether it continues a merge, its shading and its text. The .docx reader
 * hides continuation cells (it resolves merges); calibrating Word's `(rowIndex, cellIndex)`
 * addressing needs them, and remembering a cell's own shading needs `w:shd`.
 */
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
}

export interface PhysicalTable {
  readonly rows: readonly (readonly PhysicalCell[])[];
  /** Every `w:p` inside the table, nested tables included: how many of Word's body paragraphs it holds. */
  readonly paragraphs: number;
}

const isW = (node: Node, local: string): node is Element =>
  node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === local;

/** Children with the given name, looking through `w:sdt/w:sdtContent` and `w:customXml` wrappers. */
function children(parent: Element, local: string): Element[] {
  const out: Element[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (isW(node, local)) out.push(node);
    else if (isW(node, "sdt")) {
      const content = Array.from(node.childNodes).find((c) => isW(c, "sdtContent")) as Element | undefined;
      if (content) out.push(...children(content, local));
    } else if (isW(node, "customXml")) out.push(...children(node, local));
  }
  return out;
}

const child = (parent: Element | undefined, local: string): Element | undefined =>
  parent ? (Array.from(parent.childNodes).find((c) => isW(c, local)) as Element | undefined) : undefined;
const val = (e: Element | undefined): string | null => (e ? e.getAttributeNS(W, "val") : null);

/** The cell's text: `w:t` runs and tabs, paragraphs joined by "\n", deleted text left out. */
function cellText(tc: Element): string {
  const paragraphs: string[] = [];
  const walk = (node: Element, out: string[]) => {
    for (const c of Array.from(node.childNodes)) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI !== W) continue;
      if (e.localName === "t") out.push(e.textContent ?? "");
      else if (e.localName === "tab") out.push("\t");
      else if (e.localName === "br" || e.localName === "cr") out.push("\n");
      else if (e.localName === "del" || e.localName === "tbl") continue;
      else walk(e, out);
    }
  };
  for (const p of children(tc, "p")) {
    const out: string[] = [];
    walk(p, out);
    paragraphs.push(out.join(""));
  }
  return paragraphs.join("\n");
}

/** Scans the first top-level table of a flat-OPC package (or a bare document part). */
export function scanTableOoxml(xml: string): PhysicalTable | null {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length) return null;
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  const table = body ? children(body, "tbl")[0] : undefined;
  if (!table) return null;
  const rows = children(table, "tr").map((tr) => {
    let col = Number(val(child(child(tr, "trPr"), "gridBefore")) ?? 0);
    return children(tr, "tc").map((tc, index): PhysicalCell => {
      const pr = child(tc, "tcPr");
      const colSpan = Math.max(1, Number(val(child(pr, "gridSpan")) ?? 1));
      const vMerge = child(pr, "vMerge");
      const hMerge = child(pr, "hMerge");
      const continuation = (!!vMerge && val(vMerge) !== "restart") || (!!hMerge && val(hMerge) !== "restart");
      const fill = child(pr, "shd")?.getAttributeNS(W, "fill") ?? null;
      const cell = {
        tc: index,
        col,
        colSpan,
        continuation,
        fill: fill && /^[0-9a-f]{6}$/i.test(fill) ? fill.toUpperCase() : null,
        text: cellText(tc),
      };
      col += colSpan;
      return cell;
    });
  });
  return { rows, paragraphs: table.getElementsByTagNameNS(W, "p").length };
}
