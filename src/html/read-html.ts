/**
 * Reads a report saved from a government website (.html) into a snapshot: paragraphs and
 * tables in document order, tables on their true grid (rowspan, colspan). Parsing is parse5's,
 * the WHATWG algorithm browsers use, so broken markup reads as a browser shows it.
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { DocumentSnapshot, SnapshotBlock, SnapshotCell, SnapshotTable } from "../engine";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A page larger than this is not a report: refused before parsing. */
const MAX_BYTES = 20 * 1024 * 1024;
/** Spans beyond these are damage, not layout (the HTML standard caps colspan at 1000). */
const MAX_COLSPAN = 100;
const MAX_ROWSPAN = 500;

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "iframe",
  "object",
  "svg",
  "select",
  "button",
]);
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "center",
  "form",
  "fieldset",
  "address",
  "figure",
  "figcaption",
  "hr",
  "body",
  "html",
  "tbody",
  "thead",
  "tfoot",
  "caption",
]);

export class HtmlError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/**
 * The text of a saved page: a BOM, else the charset its <meta> declares, else UTF-8, else
 * GB18030 (a superset of the GBK and GB2312 many government sites still serve).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared))
    return new TextDecoder("gb18030").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

const isElement = (n: Node): n is Element => "tagName" in n;
const tag = (n: Node): string => (isElement(n) ? n.tagName : "");
const children = (n: Node): readonly Node[] => ("childNodes" in n ? n.childNodes : []);
const attribute = (e: Element, name: string): string | undefined =>
  e.attrs.find((a) => a.name === name)?.value;
const span = (e: Element, name: string, max: number): number => {
  const n = Number.parseInt(attribute(e, name) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/** The text of a node as one line: runs of whitespace (and &nbsp;) collapse to one space. */
function inlineText(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  if (SKIPPED.has(tag(n))) return "";
  if (tag(n) === "br") return "\n";
  return children(n).map(inlineText).join("");
}

const clean = (text: string): string =>
  text
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");

/** A table that holds another table is the page's layout, not a report's table: its cells are read as blocks. */
const holdsTable = (e: Element): boolean =>
  children(e).some((c) => tag(c) === "table" || (isElement(c) && holdsTable(c)));

class Reader {
  readonly blocks: SnapshotBlock[] = [];
  private line = "";
  private tables = 0;

  walk(n: Node): void {
    if (n.nodeName === "#text") {
      this.line += (n as DefaultTreeAdapterMap["textNode"]).value;
      return;
    }
    const name = tag(n);
    if (SKIPPED.has(name) || n.nodeName === "#comment") return;
    if (name === "br") return this.flush();
    if (name === "table" && !holdsTable(n as Element)) {
      this.flush();
      this.blocks.push(this.table(n as Element));
      return;
    }
    const block = BLOCKS.has(name) || ["table", "tr", "td", "th"].includes(name);
    if (block) this.flush();
    for (const c of children(n)) this.walk(c);
    if (block) this.flush();
  }

  flush(): void {
    const text = clean(this.line).replace(/\n/g, " ");
    this.line = "";
    if (text) this.blocks.push({ kind: "paragraph", text, ref: { p: this.blocks.length } });
  }

  /** The HTML table algorithm, simplified: each cell takes the next free grid position of its row. */
  table(e: Element): SnapshotTable {
    const t = this.tables++;
    const rows = rowsOf(e);
    const taken: boolean[][] = [];
    const cells: SnapshotCell[] = [];
    let colCount = 0;
    rows.forEach((tr, r) => {
      let col = 0;
      let tc = 0;
      for (const td of children(tr).filter((c): c is Element => ["td", "th"].includes(tag(c)))) {
        while (taken[r]?.[col]) col++;
        const rowSpan = Math.min(span(td, "rowspan", MAX_ROWSPAN), rows.length - r);
        const colSpan = span(td, "colspan", MAX_COLSPAN);
        for (let y = r; y < r + rowSpan; y++)
          for (let x = col; x < col + colSpan; x++) (taken[y] ??= [])[x] = true;
        cells.push({
          row: r,
          col,
          rowSpan,
          colSpan,
          text: clean(inlineText(td)),
          ref: { t, tr: r, tc: tc++ },
        });
        col += colSpan;
        colCount = Math.max(colCount, col);
      }
    });
    return { kind: "table", rowCount: rows.length, colCount, cells, ref: { t } };
  }
}

/** A table's rows, in thead, tbody, tfoot or directly under it; nested tables' rows are theirs. */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    for (const c of children(n)) {
      if (tag(c) === "tr") out.push(c as Element);
      else if (["thead", "tbody", "tfoot"].includes(tag(c))) visit(c);
    }
  };
  visit(table);
  return out;
}

/**
 * A saved web page as a snapshot. A page with no text is refused with a Chinese message.
 * @example readHtml(readFileSync("2023年报.html")).blocks.length
 */
export function readHtml(bytes: Uint8Array): DocumentSnapshot {
  if (bytes.length > MAX_BYTES)
    throw new HtmlError(
      "网页文件超过 20 MB，不是一份年度报告。",
      "The page is over 20 MB: not an annual report.",
    );
  const reader = new Reader();
  reader.walk(parse(decodeHtml(bytes)));
  reader.flush();
  if (!reader.blocks.length) throw new HtmlError("网页中没有任何文字。", "The page has no text.");
  return { blocks: reader.blocks };
}

/** Whether the bytes look like an HTML page rather than a .docx (a zip) or anything else. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1")
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^\xef\xbb\xbf/, "")
    .trimStart();
  return /^<(?:!doctype\s+html|html|head|body|meta|title|!--|div|p|table)\b/i.test(head);
}
