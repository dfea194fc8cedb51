import { suspectNote } from "../../engine/diagnose/suspect-report";
import type { CheckResult, Finding, HostRef } from "../../engine/types";
import { MARK_COLORS, planMarks } from "../../word/plan-marks";
import { DocxError } from "../errors";
import { cellAt, cellParagraphs, tableAt, type DocumentMap } from "./document-map";
import { DocumentEditor } from "./document-editor";
import { EditablePackage } from "./editable-package";
import { escapeAttr, escapeText } from "./xml-text";
import { attr, child, children, parseTree, XmlEditError, type XmlNode } from "./xml-tree";

/** What to put on a copy of a report: cells to shade and comments to attach. */
export interface Annotation {
  /** Cells (`{ t, tr, tc }`) and their fill, "RRGGBB". A vertically merged cell is shaded whole. */
  readonly shade: readonly { readonly ref: HostRef; readonly fill: string }[];
  /** Comments on a cell, a paragraph (`{ p }`) or a table (`{ t }`, on its first cell). */
  readonly comments: readonly { readonly ref: HostRef; readonly text: string }[];
}

export interface AnnotateOptions {
  /** The comments' author; "年报校验" by default. */
  readonly author?: string;
  readonly initials?: string;
  /** The comments' date, ISO 8601; now by default. */
  readonly date?: string;
}

export interface AnnotateOutcome {
  readonly bytes: Uint8Array;
  /** Physical cells shaded. */
  readonly shaded: number;
  readonly comments: number;
  /** Shading or comments whose place was not found (nested tables). */
  readonly unplaced: number;
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

/**
 * The annotation of a check: each offending cell shaded by severity, the cells that took part
 * lighter (the pane's colours), and one comment per finding at its place — its cell or
 * paragraph, else its table, else the heading of the section where it belongs, else the first
 * paragraph.
 */
export function annotationOf(result: CheckResult): Annotation {
  const shade = planMarks(result).map((m) => ({ ref: m.ref, fill: hex(MARK_COLORS[m.level]) }));
  const comments = result.findings.map((f) => ({ ref: placeOf(result, f), text: commentText(f) }));
  return { shade, comments };
}

/**
 * A comment as the unit reads it: the message, then the most likely wrong cell and its value
 * where a sum names one (as the text output's "→" line). No rule id: the clerk has no use for it.
 */
export function commentText(f: Pick<Finding, "message" | "data">): string {
  const note = suspectNote(f, "zh");
  if (!note) return f.message;
  return `${f.message}${/[。！？]$/.test(f.message) ? "" : "。"}${note}`;
}

function placeOf(result: CheckResult, finding: Finding): HostRef {
  if (finding.ref) return finding.ref;
  const table = finding.table && result.tables.find((t) => t.key === finding.table)?.parts[0];
  if (table) return table;
  const found = result.sections.filter((s) => s.found && s.ref);
  if (finding.section) {
    const own = found.find((s) => s.key === finding.section);
    const next = found.find((s) => s.key > finding.section!);
    const place = own ?? next ?? found[found.length - 1];
    if (place?.ref) return place.ref;
  }
  return { p: 0 };
}

/**
 * A copy of a .docx with cells shaded and Word comments attached (author 年报校验). The input
 * is not changed. Throws DocxError when the file cannot be read or edited safely.
 */
export function annotateDocx(
  bytes: Uint8Array,
  annotation: Annotation,
  options: AnnotateOptions = {},
): AnnotateOutcome {
  const pkg = new EditablePackage(bytes);
  const main = pkg.mainPart;
  let editor: DocumentEditor;
  try {
    editor = new DocumentEditor(pkg.text(main)!);
  } catch (error) {
    throw new DocxError("corrupt", error);
  }
  const map = editor.map;
  let unplaced = 0;
  let shaded = 0;
  const done = new Set<XmlNode>();
  for (const { ref, fill } of annotation.shade) {
    const cells = mergedExtent(map, ref);
    if (!cells.length) unplaced++;
    for (const tc of cells) {
      if (done.has(tc)) continue;
      done.add(tc);
      editor.shadeCell(tc, fill);
      shaded++;
    }
  }

  const comments = new CommentsPart(pkg, main, editor.commentIds());
  let placed = 0;
  const date = options.date ?? new Date().toISOString().replace(/\.\d+Z$/, "Z");
  for (const { ref, text } of annotation.comments) {
    const range = paragraphsOf(map, ref);
    if (!range) {
      unplaced++;
      continue;
    }
    const id = comments.add(text, options.author ?? "年报校验", options.initials ?? "校验", date);
    editor.wrapParagraphs(
      range[0],
      range[1],
      `<w:commentRangeStart w:id="${id}"/>`,
      `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
    );
    placed++;
  }
  try {
    pkg.setText(main, editor.result());
  } catch (error) {
    if (error instanceof XmlEditError) throw new DocxError("corrupt", error);
    throw error;
  }
  if (placed) comments.save();
  return { bytes: pkg.bytes(), shaded, comments: placed, unplaced };
}

/** The first and last paragraph a comment on `ref` spans. */
function paragraphsOf(map: DocumentMap, ref: HostRef): [XmlNode, XmlNode] | null {
  if (typeof ref.p === "number") {
    const p = map.paragraphs[ref.p];
    return p ? [p, p] : null;
  }
  const tc = typeof ref.tr === "number" ? cellAt(map, ref) : tableAt(map, ref)?.rows[0]?.cells[0];
  const paragraphs = tc ? cellParagraphs(tc) : [];
  return paragraphs.length ? [paragraphs[0], paragraphs[paragraphs.length - 1]] : null;
}

/** The cell and, below it, the `w:vMerge` continuation cells that make one merged cell with it. */
function mergedExtent(map: DocumentMap, ref: HostRef): XmlNode[] {
  const origin = cellAt(map, ref);
  const table = tableAt(map, ref);
  if (!origin || !table) return [];
  const col = gridColumn(table.rows[ref.tr as number], origin);
  const out = [origin];
  for (let r = (ref.tr as number) + 1; r < table.rows.length; r++) {
    const below = table.rows[r].cells.find((tc) => gridColumn(table.rows[r], tc) === col);
    const vMerge = child(child(below, "w:tcPr"), "w:vMerge");
    if (!below || !vMerge || (attr(vMerge, "w:val") ?? "continue") !== "continue") break;
    out.push(below);
  }
  return out;
}

function gridColumn(row: { node: XmlNode; cells: readonly XmlNode[] }, cell: XmlNode): number {
  let col = Number(attr(child(child(row.node, "w:trPr"), "w:gridBefore"), "w:val") ?? 0) || 0;
  for (const tc of row.cells) {
    if (tc === cell) return col;
    col += Math.max(1, Number(attr(child(child(tc, "w:tcPr"), "w:gridSpan"), "w:val") ?? 1) || 1);
  }
  return -1;
}

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The document's comments part, created (with its relationship and content type) when absent. */
class CommentsPart {
  private readonly name: string;
  private readonly existing: string | undefined;
  private readonly added: string[] = [];
  private next: number;

  /** `marked`: the ids of the comments the main part marks. */
  constructor(
    private readonly pkg: EditablePackage,
    private readonly main: string,
    marked: readonly number[],
  ) {
    this.name = this.findPart() ?? this.freeName();
    this.existing = pkg.text(this.name);
    let next = 0;
    for (const id of [...marked, ...this.existingIds()]) if (id >= next) next = id + 1;
    this.next = next;
  }

  /** The ids of the comments already in the part; a part that cannot be parsed is not edited. */
  private existingIds(): number[] {
    if (this.existing === undefined) return [];
    try {
      return children(parseTree(this.existing), "w:comment")
        .map((c) => Number(attr(c, "w:id")))
        .filter(Number.isSafeInteger);
    } catch (error) {
      if (error instanceof XmlEditError) throw new DocxError("corrupt", error);
      throw error;
    }
  }

  add(text: string, author: string, initials: string, date: string): number {
    const id = this.next++;
    const paragraphs = text
      .split("\n")
      .map(
        (line, i) =>
          `<w:p>${i === 0 ? "<w:r><w:annotationRef/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escapeText(line)}</w:t></w:r></w:p>`,
      );
    this.added.push(
      `<w:comment w:id="${id}" w:author="${escapeAttr(author)}" w:date="${escapeAttr(date)}" w:initials="${escapeAttr(initials)}">${paragraphs.join("")}</w:comment>`,
    );
    return id;
  }

  save(): void {
    if (this.existing !== undefined) {
      const close = this.existing.lastIndexOf("</w:comments>");
      if (close < 0) throw new DocxError("corrupt", new Error("comments part without </w:comments>"));
      this.pkg.setText(
        this.name,
        this.existing.slice(0, close) + this.added.join("") + this.existing.slice(close),
      );
      return;
    }
    this.pkg.setText(
      this.name,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${this.added.join("")}</w:comments>`,
    );
    this.addRelationship();
    this.addContentType();
  }

  /**
   * A name for a new comments part beside the main part: "comments.xml", unless a part of that
   * name is there without the main part pointing to it (Word never shows its comments, and they
   * are not ours to bring back), then "comments1.xml" and on.
   */
  private freeName(): string {
    const folder = this.main.slice(0, this.main.lastIndexOf("/") + 1);
    let name = `${folder}comments.xml`;
    for (let n = 1; this.pkg.text(name) !== undefined; n++) name = `${folder}comments${n}.xml`;
    return name;
  }

  /** The comments part the main part's relationships name ("/word/comments.xml"). */
  private findPart(): string | undefined {
    return this.pkg.related(this.main, COMMENTS_REL);
  }

  private addRelationship(): void {
    const name = EditablePackage.relsOf(this.main);
    const rels =
      this.pkg.text(name) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let id = "rIdReportCheckComments";
    while (rels.includes(`Id="${id}"`)) id += "1";
    const folder = this.main.slice(0, this.main.lastIndexOf("/") + 1);
    const target = this.name.startsWith(folder) ? this.name.slice(folder.length) : this.name;
    const rel = `<Relationship Id="${id}" Type="${COMMENTS_REL}" Target="${target}"/>`;
    const close = rels.lastIndexOf("</Relationships>");
    this.pkg.setText(
      name,
      close >= 0
        ? rels.slice(0, close) + rel + rels.slice(close)
        : rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`),
    );
  }

  private addContentType(): void {
    this.pkg.declareType(this.name, COMMENTS_TYPE);
  }
}
