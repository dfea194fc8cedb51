import { formats } from "../../template";
import { normaliseSimplified, stripPinyinGlosses, toSimplified } from "../normalise";
import { onlyFilledCell, type SectionMatch } from "../sections";
import { PAGE_CHROME } from "./page-chrome";
import type { DocumentSnapshot, HostRef, SectionKey } from "../types";

/** One top-level paragraph of the report, placed in its section. */
export interface TextParagraph {
  /** Index of the paragraph's block in the snapshot. */
  readonly block: number;
  /** The section the paragraph sits in; null before the first section heading. */
  readonly section: SectionKey | null;
  /** True for a section heading. */
  readonly heading: boolean;
  /** True for the closing lines: the agency's name and the date under the report. */
  readonly signature: boolean;
  /**
   * True for a table's row typed as text: three figures or more apart by tabs or wide spaces
   * ("一、本年新收政府信息公开申请数量\t5\t0\t…", a table pasted from a PDF), or a line that
   * opens with a piece of a numbered row label ("2.其他法律行政法", a PDF's table pasted line
   * by line). Its numbering is the table's labels, not an item of the part.
   */
  readonly tableRow: boolean;
  /** As written: Word's generated numbering, then the text. */
  readonly raw: string;
  /** As compared: simplified, half-width, pinyin glosses removed, spaces collapsed. */
  readonly text: string;
  /** As written without pinyin glosses, then in simplified characters: OpenCC runs once a paragraph. */
  readonly unglossed: string;
  readonly simplified: string;
  readonly ref: HostRef;
}

/** The report's body text, read once per check for every rule that reads prose. */
export interface ReportText {
  /** Every non-empty top-level paragraph, in document order. */
  readonly paragraphs: readonly TextParagraph[];
  /** The body of each section found: its paragraphs after the heading, signature excluded. */
  readonly sections: ReadonlyMap<SectionKey, readonly TextParagraph[]>;
  /** Sections whose body holds a table (by the table's position in the document). */
  readonly tables: ReadonlyMap<SectionKey, number>;
}

// "2023年1月12日", "二〇二三年一月十二日": a date line under the report
const DATE_LINE =
  /^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;

/**
 * Splits the body text by section. A paragraph belongs to the last section heading above it;
 * the closing date line and the short line right above it (the agency) are the signature.
 * @example readReportText(snapshot, sections).sections.get("s5") //=> the paragraphs of 五
 */
export function readReportText(snapshot: DocumentSnapshot, sections: readonly SectionMatch[]): ReportText {
  const headings = [...sections].sort((a, b) => a.block - b.block);
  const sectionAt = (block: number): SectionKey | null => {
    let found: SectionKey | null = null;
    for (const h of headings) if (h.block <= block) found = h.key;
    return found;
  };
  // a heading may span two blocks (its numeral in a paragraph of its own) or be a one-cell table
  const headingBlocks = new Set(headings.flatMap((h) => (h.end > h.block ? [h.block, h.end] : [h.block])));
  // a heading run into its section's text: the text after the title is the section's
  const runIn = new Map(headings.flatMap((h) => (h.textFrom !== undefined ? [[h.block, h.textFrom]] : [])));
  const paragraphs: TextParagraph[] = [];
  const tables = new Map<SectionKey, number>();
  snapshot.blocks.forEach((b, block) => {
    if (b.kind === "table") {
      // a heading set in a box is no table; a table whose title row is the heading is the section's
      if (headingBlocks.has(block) && onlyFilledCell(b)) return;
      const section = sectionAt(block);
      if (section) tables.set(section, (tables.get(section) ?? 0) + 1);
      return;
    }
    const from = runIn.get(block);
    const raw = `${b.listText ?? ""}${from === undefined ? b.text : b.text.slice(0, from)}`;
    if (!raw.trim()) return;
    const section = sectionAt(block);
    paragraphs.push(textParagraph(block, section, headingBlocks.has(block), raw, b.ref));
    if (from !== undefined) paragraphs.push(textParagraph(block, section, false, b.text.slice(from), b.ref));
  });
  markSignature(paragraphs, snapshot);
  const bodies = new Map<SectionKey, TextParagraph[]>(headings.map((h) => [h.key, []]));
  for (const p of paragraphs) if (p.section && !p.heading && !p.signature) bodies.get(p.section)?.push(p);
  return { paragraphs, sections: bodies, tables };
}

function textParagraph(
  block: number,
  section: SectionKey | null,
  heading: boolean,
  raw: string,
  ref: HostRef,
): TextParagraph {
  const unglossed = stripPinyinGlosses(raw);
  const simplified = toSimplified(unglossed);
  const text = normaliseSimplified(simplified);
  return {
    block,
    section,
    heading,
    signature: false,
    tableRow: typedTableRow(raw) || opensWithRowLabel(text),
    raw,
    text,
    unglossed,
    simplified,
    ref,
  };
}

function markSignature(paragraphs: TextParagraph[], snapshot: DocumentSnapshot): void {
  const lastTable = snapshot.blocks.reduce((n, b, i) => (b.kind === "table" ? i : n), -1);
  // a web page's sharing and footer lines follow the signature: they are not the report's end
  let end = paragraphs.length;
  while (end > 0 && !paragraphs[end - 1].heading && PAGE_CHROME.test(paragraphs[end - 1].text)) end--;
  for (let i = end - 1; i >= Math.max(0, end - 4); i--) {
    const p = paragraphs[i];
    // spaces aside: a date set out as "2 0 2 4 年 1 月 1 5 日" to line up with the name above
    if (p.block < lastTable || p.heading || !DATE_LINE.test(p.text.replace(/ /g, ""))) continue;
    paragraphs[i] = { ...p, signature: true };
    const above = paragraphs[i - 1];
    if (above && !above.heading && above.text.length <= 30 && !/[。；，]/.test(above.text))
      paragraphs[i - 1] = { ...above, signature: true };
    return;
  }
}

/**
 * Part of a paragraph as written, for quoting it to the clerk: `text[from, to)` mapped back to
 * the raw text when normalising kept every character in place (the usual case), else as
 * normalised.
 */
export function quoteParagraph(p: TextParagraph, from: number, to: number): string {
  const raw = p.raw.trim();
  const source = raw.length === p.text.length ? raw : p.text;
  return source.slice(Math.max(0, from), Math.min(source.length, to));
}

/** Fields apart by tabs, ideographic spaces or two spaces and more. */
const FIELDS = /[\t\u3000]+| {2,}/;
const FIGURE = /^\s*\d+(?:\.\d+)?\s*$/;

/** Whether a paragraph is a table's row typed as text (see TextParagraph.tableRow). */
function typedTableRow(raw: string): boolean {
  if (!FIELDS.test(raw)) return false;
  let figures = 0;
  for (const field of raw.split(FIELDS)) if (FIGURE.test(field) && ++figures >= 3) return true;
  return false;
}

// "1.", "（四）", "三、": the numbering a table's row labels open with
const NUMBERED = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}、)/;

/** The tables' numbered row and group labels in every format, as paragraphs' text is compared. */
const ROW_LABELS = [
  ...new Set(
    formats.flatMap((f) => f.tables.flatMap((t) => t.rows.flatMap((r) => [r.label, r.group ?? ""]))),
  ),
]
  .map(normaliseSimplified)
  .filter((label) => NUMBERED.test(label));

/**
 * Whether a line opens with a numbered row label or the start of one, as a table's label cell
 * wrapped over lines reads when pasted line by line: "（四）无 2.没有现成信息需", "5.属于三类内部事".
 */
function opensWithRowLabel(text: string): boolean {
  const first = text.split(" ", 1)[0];
  const numbering = NUMBERED.exec(first);
  // the words after the number must be the label's: "（一） 主动公开" is not "（一）予以公开"
  return (
    numbering !== null && first.length > numbering[0].length && ROW_LABELS.some((l) => l.startsWith(first))
  );
}
