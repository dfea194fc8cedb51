import type { SectionTemplate } from "../template";
import { editSimilarity } from "./_lib/similarity";
import { labelKey, normaliseText } from "./normalise";
import type {
  DocumentSnapshot,
  HostRef,
  SectionKey,
  SnapshotCell,
  SnapshotParagraph,
  SnapshotTable,
} from "./types";

/** A section heading found in the document. */
export interface SectionMatch {
  readonly key: SectionKey;
  /** Index of the heading's block in the snapshot. */
  readonly block: number;
  /** The heading as the reader sees it, generated numbering included. */
  readonly heading: string;
  /** The numbering in front of the title as written ("二、", "2、", "（二）", "" for none). */
  readonly prefix: string;
  /** The number the prefix gives, 1–6, or null. */
  readonly number: number | null;
  /** True when the numbering is Word's automatic list numbering, not typed text. */
  readonly listNumbering: boolean;
  /**
   * How the title matched: the official title, a listed variant, only its key words, or only
   * by being close to the title (a slip or drifted wording) where its number or place says so.
   */
  readonly title: "exact" | "variant" | "keywords" | "similar";
  readonly ref: HostRef;
  /** Index of the heading's last block: the title's, when the numeral stands in a paragraph of its own. */
  readonly end: number;
  /**
   * Where the section's text starts in the heading's own paragraph, for a heading run into its
   * text ("六、其他需要报告的事项：本机关无其他需要报告的事项。"); absent when the paragraph is the title alone.
   */
  readonly textFrom?: number;
}

const NUMERALS = "一二三四五六";
// "二、", "二．", "（二）", "(2)", "2、", "2.", "第二部分": the numbering forms headings use.
// Conversion from PDF or web pages leaves spaces inside the numbering: "一 、", "( 一 )".
const PREFIX =
  /^(第[一二三四五六]部分|[(（]\s*[一二三四五六1-6１-６]\s*[)）]|[一二三四五六](?:\s*[、.．,，:：]|\s)|[1-6１-６](?:\s*[、.．,，]|\s))\s*/;
// A line of a table of contents: the title, then a leader (dots, a tab, spaces) and a page number.
const TOC_LINE = /(?:\.{2,}|…+|·{2,}|\t|\s)\s*\d{1,3}\s*$/;
const TOC_STYLE = /^(toc|目录)\s*\d/i;
/** A table of contents lists at least this many sections, one right after the other. */
const TOC_RUN = 3;

interface Candidate extends SectionMatch {
  readonly score: number;
  /** The length of the title's key, when the heading's key starts with it and runs on. */
  readonly titleLength?: number;
}

/**
 * Finds the six section headings in any of the forms real reports use: "二、", "2、", "（二）",
 * markdown "## 二、", automatic numbering, traditional characters, spaces inside the title.
 * @returns the sections found, in template order; a section not found is absent.
 */
export function findSections(
  snapshot: DocumentSnapshot,
  sections: readonly SectionTemplate[],
): SectionMatch[] {
  const titles = titleKeys(sections);
  const found: Candidate[] = [];
  for (const line of headingLines(snapshot)) {
    const parts = splitHeading(line.paragraph);
    if (!parts.rest || parts.rest.length > 200) continue;
    // the heading's key once, not once for each of the six titles
    const key = labelKey(withoutEndColon(parts.rest));
    if (!key) continue;
    const candidate = bestTitle(line, parts, key, titles);
    if (candidate) found.push(candidate);
  }
  const best = new Map<SectionKey, Candidate>();
  for (const candidate of withoutContents(found, snapshot)) {
    const current = best.get(candidate.key);
    if (!current || candidate.score > current.score) best.set(candidate.key, candidate);
  }
  dropOutOfPlace(best, sections);
  return sections.flatMap((s) => {
    const found = best.get(s.key);
    if (!found) return [];
    const { score, titleLength, ...match } = found;
    const textFrom = titleLength ? runInText(snapshot, found, titleLength) : undefined;
    const paragraph = snapshot.blocks[found.block];
    if (textFrom === undefined || paragraph.kind !== "paragraph") return [match];
    // the heading is its title, not the text it runs into
    const title = `${paragraph.listText ?? ""}${paragraph.text.slice(0, textFrom)}`.trim();
    return [{ ...match, heading: title.replace(TITLE_END, ""), textFrom }];
  });
}

/** Punctuation and spaces between a run-in title and its text: "：", "。", "，". */
const BETWEEN = String.raw`[\s。．.，,：:；;、]+`;
const AFTER_TITLE = new RegExp(`^${BETWEEN}`);
const TITLE_END = new RegExp(`${BETWEEN}$`);

/**
 * Where the text after a heading's title starts in its paragraph: the shortest start of the
 * paragraph whose title's key is as long as the title's (a title is short, so few are tried),
 * then the punctuation after it. Undefined when nothing but punctuation follows.
 */
function runInText(snapshot: DocumentSnapshot, match: Candidate, titleLength: number): number | undefined {
  const paragraph = snapshot.blocks[match.block];
  if (match.end !== match.block || paragraph?.kind !== "paragraph") return undefined;
  const text = paragraph.text;
  for (let to = 1; to <= text.length; to++) {
    const rest = splitHeading({ ...paragraph, text: text.slice(0, to) }).rest;
    if (labelKey(rest).length < titleLength) continue;
    const from = to + (AFTER_TITLE.exec(text.slice(to))?.[0].length ?? 0);
    return from < text.length ? from : undefined;
  }
  return undefined;
}

/**
 * The title without a colon at its end ("五、存在的主要问题及改进情况："), as /[:：]\s*$/ removes it,
 * without that pattern, which tries every position.
 */
export function withoutEndColon(title: string): string {
  const trimmed = title.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  // cut whether or not it is kept: a branch not yet taken when TurboFan compiles findSections
  // would throw that code away at the first colon
  const cut = trimmed.slice(0, -1);
  return last === 0x3a || last === 0xff1a ? cut : title;
}

/** The title a line matches best, the first of equal scores; a loop, as it runs for every line. */
function bestTitle(
  line: HeadingLine,
  parts: ReturnType<typeof splitHeading>,
  key: string,
  titles: readonly TitleKeys[],
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const t of titles) {
    const candidate = matchHeading(line, parts, key, t);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

/** A section's title and its variants as label keys. */
interface TitleKeys {
  readonly section: SectionTemplate;
  /** The section's number, 1–6, from its numeral. */
  readonly number: number;
  readonly exact: string;
  readonly variants: readonly string[];
  /** The title's key, then its variants': what a heading is measured against. */
  readonly all: readonly string[];
}

/** The sections' title keys; the templates are constant, so each list is keyed once. */
function titleKeys(sections: readonly SectionTemplate[]): readonly TitleKeys[] {
  let keys = keysOf.get(sections);
  if (!keys) {
    keys = sections.map((section) => {
      const exact = labelKey(section.title);
      const variants = section.variants.map(labelKey);
      const number = NUMERALS.indexOf(section.numeral) + 1;
      return { section, number, exact, variants, all: [exact, ...variants] };
    });
    keysOf.set(sections, keys);
  }
  return keys;
}

const keysOf = new WeakMap<readonly SectionTemplate[], readonly TitleKeys[]>();

/** A paragraph that may be a heading, and the blocks it spans. */
interface HeadingLine {
  readonly paragraph: SnapshotParagraph;
  readonly block: number;
  readonly end: number;
}

// a numeral on its own, as conversion leaves a heading's number: "一、", "（一）", "一"
const LONE_NUMERAL = new RegExp(`^(?:${PREFIX.source.slice(1)}|[一二三四五六])\\s*$`);

/**
 * The lines that may be headings: every paragraph but the lines of a table of contents; a
 * numeral standing in a paragraph of its own, joined with the paragraph under it; and the text
 * of a table of a single cell, a heading set in a box.
 */
function headingLines(snapshot: DocumentSnapshot): HeadingLine[] {
  const lines: HeadingLine[] = [];
  snapshot.blocks.forEach((block, i) => {
    if (block.kind === "table") {
      const filled = onlyFilledCell(block) ?? titleRow(block);
      const text = filled?.text.trim() ?? "";
      if (filled && !text.includes("\n") && !block.cells.some((c) => c.tables?.length))
        lines.push({ paragraph: { kind: "paragraph", text, ref: filled.ref }, block: i, end: i });
      return;
    }
    if ((endsWithDigit(block.text) && TOC_LINE.test(block.text)) || TOC_STYLE.test(block.style ?? "")) return;
    lines.push({ paragraph: block, block: i, end: i });
    const next = snapshot.blocks[i + 1];
    const numeral = `${block.listText ?? ""}${block.text}`.trim();
    if (numeral && LONE_NUMERAL.test(numeral) && next?.kind === "paragraph" && next.text.trim())
      lines.push({
        // "一" and "总体情况" need a space between them to be read as a numbering and a title
        paragraph: {
          ...block,
          text: `${block.text.trim()}${/[、.．,，:：)）]$/.test(numeral) ? "" : " "}${next.text}`,
        },
        block: i,
        end: i + 1,
      });
  });
  return lines;
}

/**
 * Whether the text's last character, trailing spaces aside, is a digit: a line of a table of
 * contents ends with its page number. Spares most lines a pattern that tries every position.
 */
function endsWithDigit(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last >= 48 && last <= 57;
}

/**
 * The cell of a table's first row when it is the row's only cell, across the whole table: a web
 * page turned into Word may carry a part's heading as its table's title row ("二、主动公开政府信
 * 息情况" above 表二's "第二十条第（一）项"). Only a candidate: it counts when it reads as a heading.
 */
function titleRow(table: SnapshotTable): SnapshotCell | undefined {
  let found: SnapshotCell | undefined;
  for (const cell of table.cells) {
    if (cell.row !== 0) continue;
    if (found) return undefined;
    found = cell;
  }
  return found && found.col === 0 && found.colSpan >= table.colCount && table.rowCount > 1
    ? found
    : undefined;
}

/** The one cell of a table with text, when exactly one has: stops at the second. */
export function onlyFilledCell(table: SnapshotTable): SnapshotCell | undefined {
  let found: SnapshotCell | undefined;
  for (const cell of table.cells) {
    if (!cell.text.trim()) continue;
    if (found) return undefined;
    found = cell;
  }
  return found;
}

/**
 * Heading candidates without those of a table of contents: a run of headings of at least
 * TOC_RUN sections one right after the other, in order, with nothing but blank lines between
 * them, lists the sections when the headings come again below it; it is none of them.
 */
function withoutContents(found: readonly Candidate[], snapshot: DocumentSnapshot): Candidate[] {
  const sorted = [...found].sort((a, b) => a.block - b.block);
  const runs: Candidate[][] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // a list runs in the sections' order: a heading that starts again (the real 一 right under
    // the list's 六) is not part of it
    const joins =
      last && c.key > last.key && onlyBlankBetween(snapshot, Math.max(...run.map((r) => r.end)), c.block);
    if (joins) run.push(c);
    else runs.push([c]);
  }
  // where each section's last candidate is: a run's headings come again below it when one does
  // (a look at every candidate for every run was quadratic in a file of heading-like lines)
  const lastBlock = new Map<SectionKey, number>();
  for (const c of sorted) lastBlock.set(c.key, c.block);
  return runs.flatMap((run) => {
    const keys = new Set(run.map((c) => c.key));
    const end = Math.max(...run.map((c) => c.end));
    const again = [...keys].some((key) => lastBlock.get(key)! > end);
    return keys.size >= TOC_RUN && again ? [] : run;
  });
}

function onlyBlankBetween(snapshot: DocumentSnapshot, from: number, to: number): boolean {
  for (let b = from + 1; b < to; b++) {
    const block = snapshot.blocks[b];
    if (block.kind === "table" || `${block.listText ?? ""}${block.text}`.trim()) return false;
  }
  return true;
}

const MARKDOWN = /[#*]/;

/** Spaces and the invisible characters a web editor leaves (zero-width space, BOM, word joiner) before a heading. */
const LEADING_BLANK = /^[\s\u200b-\u200d\u2060\ufeff]+/;

/** Splits a heading's numbering, as written, from its title. */
export function splitHeading(paragraph: SnapshotParagraph): {
  prefix: string;
  number: number | null;
  parenthesised: boolean;
  rest: string;
  fromList: boolean;
} {
  const list = (paragraph.listText ?? "").trim();
  // a heading is short; a long paragraph is body text (numbered paragraphs included), unless it
  // starts "二、": a heading run into its text (matchHeading's limits on length let through only
  // "二、" and the official title there). A test of its first character spares the others the rest
  if (paragraph.text.length > 200 && !list && !NUMERALS.includes(paragraph.text.trimStart().charAt(0)))
    return { prefix: "", number: null, parenthesised: false, rest: "", fromList: false };
  // markdown's "## " and "**", which most lines have not
  const text = (
    MARKDOWN.test(paragraph.text)
      ? paragraph.text.replace(/^\s*#+\s*/, "").replace(/\*\*/g, "")
      : paragraph.text
  ).replace(LEADING_BLANK, "");
  const whole = `${list}${text}`;
  const m = PREFIX.exec(whole);
  const prefix = m ? m[1].trim() : "";
  const digit = prefix && normaliseText(prefix).match(/[一二三四五六1-6]/)?.[0];
  const number = digit ? (/\d/.test(digit) ? Number(digit) : NUMERALS.indexOf(digit) + 1) : null;
  return {
    prefix,
    number,
    parenthesised: /^[(（]/.test(prefix),
    // a title is short: the start of the paragraph is enough, and spares converting long text
    rest: normaliseText((m ? whole.slice(m[0].length) : whole).slice(0, 80)),
    fromList: list !== "" && m !== null && m[0].trim().length <= list.length,
  };
}

function matchHeading(
  { paragraph: p, block, end }: HeadingLine,
  { prefix, number, parenthesised, fromList }: ReturnType<typeof splitHeading>,
  key: string,
  keys: TitleKeys,
): Candidate | undefined {
  const { section, exact, variants, all } = keys;
  const numbered = number === keys.number;
  const styled = p.outlineLevel !== undefined;
  let title: SectionMatch["title"] | undefined;
  let score = 0;
  let titleLength: number | undefined;
  const variant =
    key === exact ? undefined : variants.find((v) => key === v || (numbered && key.startsWith(v)));
  if (key === exact || (numbered && key.startsWith(exact))) {
    [title, score] = ["exact", 6];
    if (key !== exact) titleLength = exact.length;
  } else if (variant !== undefined) {
    [title, score] = ["variant", 5];
    if (key !== variant) titleLength = variant.length;
  } else if (
    (numbered || styled) &&
    key.length <= exact.length + 10 &&
    section.keywords.some((words) => words.every((w) => key.includes(w)))
  )
    [title, score] = ["keywords", 3];
  if (!title) {
    // a numbered heading close to its title; an unnumbered one must be closer, and in its place
    const needed = numbered && !parenthesised ? NUMBERED_CLOSE : UNNUMBERED_CLOSE;
    if (titleCloseness(key, all, needed) >= needed) [title, score] = ["similar", 2];
    else return undefined;
  }
  // "（一）" numbers subsections; as a section number it counts for less than "一、"
  score += numbered ? (parenthesised ? 1 : 3) : number !== null ? -1 : 0;
  if (styled) score += 1;
  if (!prefix && !styled) score -= 2;
  return {
    key: section.key,
    block,
    end,
    heading: `${p.listText ?? ""}${p.text}`.trim(),
    prefix,
    number,
    listNumbering: fromList,
    title,
    ref: p.ref,
    score,
    ...(titleLength !== undefined ? { titleLength } : {}),
  };
}

/**
 * How close a heading's key is to a title or its variants, 0–1; a longer heading is compared
 * by its start too ("…情况统计如下").
 */
export function titleCloseness(key: string, titles: readonly string[], atLeast = 0): number {
  let best = 0;
  for (const t of titles) {
    if (Math.abs(key.length - t.length) > t.length) continue;
    if (atLeast > 0 && sharedShare(key, t) < atLeast) continue;
    // the distance is at least the lengths' difference: a key much longer than the title is
    // compared by its start alone, with no distance over its whole length; a key no longer than
    // that start is compared once
    const whole =
      Math.min(key.length, t.length) / Math.max(key.length, t.length) < atLeast ? 0 : editSimilarity(key, t);
    const start = key.length > t.length + 1 ? editSimilarity(key.slice(0, t.length + 1), t) : whole;
    best = Math.max(best, whole, start);
  }
  return best;
}

/**
 * The share of a title's characters found anywhere in the key: a bound on both edit similarities
 * above, since every character an edit keeps is one they share (the distance is at least the
 * longer length less the characters kept). Most lines share few with a title: no distance is
 * worth computing for them.
 */
function sharedShare(key: string, title: string): number {
  markUnits(key);
  let shared = 0;
  for (let i = 0; i < title.length; i++) if (marks[title.charCodeAt(i)] === stamp) shared++;
  return shared / title.length;
}

/**
 * Marks the key's code units with a fresh stamp: a line is compared with every title in turn,
 * and a lookup in the marks is cheaper than searching the key for each character of a title.
 */
function markUnits(key: string): void {
  if (key === markedKey) return;
  markedKey = key;
  if (++stamp === 0xffffffff) {
    marks.fill(0);
    stamp = 1;
  }
  for (let i = 0; i < key.length; i++) marks[key.charCodeAt(i)] = stamp;
}

const marks = new Uint32Array(0x10000);
let stamp = 0;
let markedKey: string | undefined;

// Measured on the six titles and their variants (test/engine/sections.test.ts): two different
// sections' titles are at most 0.44 alike; one slip in the shortest (总体情况) leaves 0.75.
export const NUMBERED_CLOSE = 0.6;
export const UNNUMBERED_CLOSE = 0.75;

/**
 * A heading bound only by closeness must sit in its place: after the heading of the section
 * before it and before the one after it, among the headings bound by their words.
 */
function dropOutOfPlace(best: Map<SectionKey, Candidate>, sections: readonly SectionTemplate[]): void {
  const firm = sections.map((s) => best.get(s.key)).map((c) => (c && c.title !== "similar" ? c : undefined));
  sections.forEach((s, i) => {
    const c = best.get(s.key);
    if (!c || c.title !== "similar") return;
    const before = firm.slice(0, i).reduce((at, f) => (f ? Math.max(at, f.block) : at), -1);
    const after = firm.slice(i + 1).reduce((at, f) => (f ? Math.min(at, f.block) : at), Infinity);
    if (c.block <= before || c.block >= after) best.delete(s.key);
  });
}
