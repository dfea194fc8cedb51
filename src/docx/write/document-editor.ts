/**
 * Changes to document.xml as splices of its text (see xml-tree.ts): shade a cell, put a comment
 * range around paragraphs, replace a cell's text, replace the numbering at a paragraph's start.
 * Each change touches only the elements it must, so the rest of the file stays as Word wrote it.
 */
import { RUN_WRAPPERS } from "../paragraph-text";
import { escapeText } from "./xml-text";
import { cellParagraphs, mapDocument, unwrapped, type DocumentMap } from "./document-map";
import {
  applySplices,
  attr,
  child,
  innerText,
  parseTree,
  XmlEditError,
  withoutElements,
  type Splice,
  type XmlNode,
} from "./xml-tree";

const W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** `w:tcPr` children in schema order; Word rejects a file with them out of order. */
const TCPR_ORDER = [
  "w:cnfStyle",
  "w:tcW",
  "w:gridSpan",
  "w:hMerge",
  "w:vMerge",
  "w:tcBorders",
  "w:shd",
  "w:noWrap",
  "w:tcMar",
  "w:textDirection",
  "w:tcFitText",
  "w:vAlign",
  "w:hideMark",
  "w:headers",
  "w:cellIns",
  "w:cellDel",
  "w:cellMerge",
  "w:tcPrChange",
];

/** Paragraph content that marks a place rather than holding text; kept when a cell's text is replaced. */
const MARKERS = new Set([
  "w:bookmarkStart",
  "w:bookmarkEnd",
  "w:commentRangeStart",
  "w:commentRangeEnd",
  "w:permStart",
  "w:permEnd",
  "w:proofErr",
]);

const COMMENT_MARKS = new Set(["w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"]);

/** A piece of a paragraph's visible text; `node` is the `w:t` it comes from, absent for tabs and breaks. */
interface TextPiece {
  readonly node?: XmlNode;
  readonly text: string;
}

export class DocumentEditor {
  readonly map: DocumentMap;
  private readonly tree: XmlNode;
  private readonly splices: Splice[] = [];
  /** Per paragraph (by start offset): what to insert at its start (after `w:pPr`) and end. */
  private readonly around = new Map<XmlNode, { before: string[]; after: string[] }>();
  private readonly touched = new Set<XmlNode>();

  /** Throws XmlEditError for a part that cannot be edited safely. */
  constructor(private readonly xml: string) {
    this.tree = parseTree(xml);
    const prefix = Object.entries(this.tree.attrs).find(
      ([k, v]) => k.startsWith("xmlns:") && v === W_MAIN,
    )?.[0];
    // we write "w:" elements: the part must bind that prefix to WordprocessingML (Strict files do not)
    if (prefix !== "xmlns:w") throw new XmlEditError("WordprocessingML is not bound to the w prefix");
    const map = mapDocument(this.tree);
    if (!map) throw new XmlEditError("no w:body");
    this.map = map;
  }

  /** Shades a cell (`fill` "RRGGBB"), replacing its own shading. */
  shadeCell(tc: XmlNode, fill: string): void {
    this.claim(tc);
    const shd = `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
    const tcPr = child(tc, "w:tcPr");
    if (!tcPr) {
      this.splices.push({ from: tc.openEnd, to: tc.openEnd, text: `<w:tcPr>${shd}</w:tcPr>` });
      return;
    }
    const own = child(tcPr, "w:shd");
    if (own) {
      this.splices.push({ from: own.start, to: own.end, text: shd });
      return;
    }
    if (tcPr.selfClosing) {
      this.splices.push({ from: tcPr.start, to: tcPr.end, text: `<w:tcPr>${shd}</w:tcPr>` });
      return;
    }
    const rank = TCPR_ORDER.indexOf("w:shd");
    const next = tcPr.children.find((c) => TCPR_ORDER.indexOf(c.name) > rank);
    const at = next ? next.start : tcPr.closeStart;
    this.splices.push({ from: at, to: at, text: shd });
  }

  /** Puts `before` at the start of a paragraph's content (after `w:pPr`) and `after` at its end. */
  wrapParagraphs(first: XmlNode, last: XmlNode, before: string, after: string): void {
    this.entry(first).before.push(before);
    this.entry(last).after.unshift(after);
  }

  /** The cell's text as the reader sees it (paragraphs joined with "\n"). */
  cellText(tc: XmlNode): string {
    return cellParagraphs(tc)
      .map((p) =>
        this.paragraphPieces(p)
          .map((piece) => piece.text)
          .join(""),
      )
      .join("\n");
  }

  /** A paragraph's visible text. */
  paragraphText(p: XmlNode): string {
    return this.paragraphPieces(p)
      .map((piece) => piece.text)
      .join("");
  }

  /**
   * Replaces a cell's text: the first paragraph keeps its properties and gets one run (with the
   * format of its first run) holding `text`; other paragraphs go, unless they hold bookmarks or
   * comment ranges, which are kept. Refuses (XmlEditError) a cell with a nested table.
   */
  setCellText(tc: XmlNode, text: string): void {
    this.claim(tc);
    if (child(tc, "w:tbl")) throw new XmlEditError("the cell holds a table");
    const paragraphs = cellParagraphs(tc);
    const [first, ...rest] = paragraphs;
    if (!first) throw new XmlEditError("the cell has no paragraph");
    const pPr = child(first, "w:pPr");
    const rPr = this.firstRunProps(first) ?? markProps(this.xml, pPr);
    const run = `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
    const kept = (p: XmlNode) =>
      p.children.filter((c) => MARKERS.has(c.name)).map((c) => this.xml.slice(c.start, c.end));
    const open = first.selfClosing ? `<${first.raw}>` : this.xml.slice(first.start, first.openEnd);
    this.splices.push({
      from: first.start,
      to: first.end,
      text: `${open}${pPr ? this.xml.slice(pPr.start, pPr.end) : ""}${run}${kept(first).join("")}</${first.raw}>`,
    });
    for (const p of rest) {
      const markers = kept(p);
      this.splices.push({
        from: p.start,
        to: p.end,
        text: markers.length ? `<w:p>${markers.join("")}</w:p>` : "",
      });
    }
  }

  /**
   * Replaces the text `from` where a paragraph's text starts (after spaces and markdown marks)
   * with `to`. Returns false, changing nothing, when the paragraph does not start so.
   */
  replacePrefix(p: XmlNode, from: string, to: string): boolean {
    const pieces = this.paragraphPieces(p);
    const text = pieces.map((piece) => piece.text).join("");
    const lead = /^[\s#*]*/.exec(text)![0].length;
    if (!text.startsWith(from, lead) || from === "") return false;
    const planned: Splice[] = [];
    let offset = 0;
    let remaining = from.length;
    for (const piece of pieces) {
      const start = offset;
      offset += piece.text.length;
      if (offset <= lead || remaining === 0) continue;
      const cut = Math.max(0, lead - start);
      const take = Math.min(remaining, piece.text.length - cut);
      if (!piece.node) return false; // numbering that runs over a tab or break is not a typed prefix
      remaining -= take;
      const kept = piece.text.slice(0, cut) + (planned.length ? "" : to) + piece.text.slice(cut + take);
      const node = piece.node;
      planned.push({
        from: node.start,
        to: node.end,
        text: `<${node.raw} xml:space="preserve">${escapeText(kept)}</${node.raw}>`,
      });
    }
    this.claim(p);
    this.splices.push(...planned);
    return true;
  }

  /**
   * The element to insert next to or remove for a body-level block: the content control or
   * custom XML around it when that wraps this block alone, else the block itself.
   */
  outermost(block: XmlNode): XmlNode {
    const wrapper = this.map.body.children.find((c) => c.start <= block.start && c.end >= block.end);
    if (!wrapper || wrapper === block) return block;
    const inside = unwrapped([wrapper], new Set(["w:p", "w:tbl"]));
    return inside.length === 1 && inside[0] === block ? wrapper : block;
  }

  /** Inserts block content before or after a body-level block. */
  insertBlocks(block: XmlNode, where: "before" | "after", xml: string): void {
    const target = this.outermost(block);
    const at = where === "before" ? target.start : target.end;
    this.splices.push({ from: at, to: at, text: xml });
  }

  /** Inserts block content at the end of the body, before its final section properties. */
  appendBlocks(xml: string): void {
    const sectPr = child(this.map.body, "w:sectPr");
    const at = sectPr ? sectPr.start : this.map.body.closeStart;
    this.splices.push({ from: at, to: at, text: xml });
  }

  /** Removes a body-level block (with a wrapper that holds it alone). */
  removeBlock(block: XmlNode): void {
    const target = this.outermost(block);
    this.claim(target);
    this.splices.push({ from: target.start, to: target.end, text: "" });
  }

  /** The XML of an element as written. */
  source(node: XmlNode): string {
    return this.xml.slice(node.start, node.end);
  }

  /** The edited part. */
  result(): string {
    const splices = [...this.splices];
    for (const [p, { before, after }] of this.around) {
      if (p.selfClosing) {
        splices.push({
          from: p.start,
          to: p.end,
          text: `<${p.raw}>${before.join("")}${after.join("")}</${p.raw}>`,
        });
        continue;
      }
      const pPr = child(p, "w:pPr");
      const start = pPr ? pPr.end : p.openEnd;
      if (before.length) splices.push({ from: start, to: start, text: before.join("") });
      if (after.length) splices.push({ from: p.closeStart, to: p.closeStart, text: after.join("") });
    }
    return applySplices(this.xml, splices);
  }

  private entry(p: XmlNode) {
    let entry = this.around.get(p);
    if (!entry) this.around.set(p, (entry = { before: [], after: [] }));
    return entry;
  }

  /** One structural change per element: a second one would overlap the first. */
  private claim(node: XmlNode): void {
    if (this.touched.has(node)) throw new XmlEditError("the element was already changed");
    this.touched.add(node);
  }

  /** The ids of the comments the part marks (ranges and references), for a new comment's id. */
  commentIds(): number[] {
    const ids: number[] = [];
    const pending: XmlNode[] = [this.tree];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (COMMENT_MARKS.has(node.name)) ids.push(Number(attr(node, "w:id")));
      for (const c of node.children) pending.push(c);
    }
    return ids.filter(Number.isSafeInteger);
  }

  /** The `w:rPr` of the paragraph's first run with text, as written. */
  private firstRunProps(p: XmlNode): string | undefined {
    const piece = this.paragraphPieces(p).find((x) => x.node);
    const run = piece?.node && this.runOf(p, piece.node);
    const rPr = run && child(run, "w:rPr");
    return rPr ? this.xml.slice(rPr.start, rPr.end) : undefined;
  }

  private runOf(root: XmlNode, target: XmlNode): XmlNode | undefined {
    for (const c of root.children) {
      if (c.start > target.start || c.end < target.end) continue;
      if (c.name === "w:r") return c;
      return this.runOf(c, target);
    }
    return undefined;
  }

  /** The visible text of a paragraph piece by piece, as paragraph-text.ts reads it. */
  private paragraphPieces(p: XmlNode): TextPiece[] {
    const pieces: TextPiece[] = [];
    const fields: boolean[] = [];
    let inCode = 0;
    const inline = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        if (node.name === "w:r") run(node.children);
        else if (RUN_WRAPPERS.has(node.name)) inline(node.children);
        else if (node.name === "w:sdt") inline(child(node, "w:sdtContent")?.children ?? []);
      }
    };
    const run = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        const visible = inCode === 0;
        if (node.name === "w:t" && visible) pieces.push({ node, text: innerText(this.xml, node) });
        else if ((node.name === "w:tab" || node.name === "w:ptab") && visible) pieces.push({ text: "\t" });
        else if ((node.name === "w:br" || node.name === "w:cr") && visible) pieces.push({ text: "\n" });
        else if (node.name === "w:noBreakHyphen" && visible) pieces.push({ text: "-" });
        else if (node.name === "w:fldChar") {
          const type = Object.entries(node.attrs).find(([k]) => k.endsWith("fldCharType"))?.[1];
          const last = fields.length - 1;
          if (type === "begin") {
            fields.push(false);
            inCode++;
          } else if (type === "separate" && last >= 0 && !fields[last]) {
            fields[last] = true;
            inCode--;
          } else if (type === "end" && last >= 0) {
            if (!fields.pop()) inCode--;
          }
        }
      }
    };
    inline(p.children);
    return pieces;
  }
}

const MARK_REVISIONS = new Set(["w:ins", "w:del", "w:moveFrom", "w:moveTo"]);

/** The paragraph mark's run format (`w:pPr/w:rPr`) as a run's `w:rPr`, or "". */
function markProps(xml: string, pPr: XmlNode | undefined): string {
  const rPr = child(pPr, "w:rPr");
  if (!rPr) return "";
  // a paragraph mark's rPr may record its own tracked insertion, which a run's may not
  return withoutElements(xml, rPr, MARK_REVISIONS);
}
