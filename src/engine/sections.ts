import type { SectionTemplate } from "../template";
import { editSimilarity } from "./_lib/similarity";
import { labelKey, normaliseText } from "./normalise";
import type { DocumentSnapshot, HostRef, SectionKey, SnapshotParagraph } from "./types";

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
}

const NUMERALS = "一二三四五六";
// "二、", "二．", "（二）", "(2)", "2、", "2.", "第二部分": the numbering forms headings use.
const PREFIX =
  /^(第[一二三四五六]部分|[(（][一二三四五六1-6１-６][)）]|[一二三四五六](?:[、.．,，:：]|\s)|[1-6１-６](?:[、.．,，]|\s))\s*/;

interface Candidate extends SectionMatch {
  readonly score: number;
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
  const titles = sections.map((s) => ({
    section: s,
    exact: labelKey(s.title),
    variants: s.variants.map(labelKey),
  }));
  const best = new Map<SectionKey, Candidate>();
  snapshot.blocks.forEach((block, i) => {
    if (block.kind !== "paragraph") return;
    const parts = splitHeading(block);
    if (!parts.rest || parts.rest.length > 200) return;
    // the heading's key once, not once for each of the six titles
    const key = labelKey(parts.rest.replace(/[:：]\s*$/, ""));
    if (!key) return;
    const candidate = titles
      .map((t) => matchHeading(block, parts, key, i, t.section, t.exact, t.variants))
      .reduce<Candidate | undefined>((a, b) => (b && (!a || b.score > a.score) ? b : a), undefined);
    if (!candidate) return;
    const current = best.get(candidate.key);
    if (!current || candidate.score > current.score) best.set(candidate.key, candidate);
  });
  dropOutOfPlace(best, sections);
  return sections.flatMap((s) => {
    const found = best.get(s.key);
    if (!found) return [];
    const { score: _score, ...match } = found;
    void _score;
    return [match];
  });
}

/** Splits a heading's numbering, as written, from its title. */
export function splitHeading(paragraph: SnapshotParagraph): {
  prefix: string;
  number: number | null;
  parenthesised: boolean;
  rest: string;
  fromList: boolean;
} {
  const list = (paragraph.listText ?? "").trim();
  // a heading is short; a long paragraph is body text (numbered paragraphs included)
  if (paragraph.text.length > 200)
    return { prefix: "", number: null, parenthesised: false, rest: "", fromList: false };
  const text = paragraph.text
    .replace(/^\s*#+\s*/, "")
    .replace(/\*\*/g, "")
    .trimStart();
  const whole = `${list}${text}`;
  const m = PREFIX.exec(whole);
  const prefix = m ? m[1].trim() : "";
  const digit = normaliseText(prefix).match(/[一二三四五六1-6]/)?.[0];
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
  p: SnapshotParagraph,
  { prefix, number, parenthesised, fromList }: ReturnType<typeof splitHeading>,
  key: string,
  block: number,
  section: SectionTemplate,
  exact: string,
  variants: readonly string[],
): Candidate | undefined {
  const numbered = number === NUMERALS.indexOf(section.numeral) + 1;
  const styled = p.outlineLevel !== undefined;
  let title: SectionMatch["title"] | undefined;
  let score = 0;
  if (key === exact || (numbered && key.startsWith(exact))) [title, score] = ["exact", 6];
  else if (variants.some((v) => key === v || (numbered && key.startsWith(v))))
    [title, score] = ["variant", 5];
  else if (
    (numbered || styled) &&
    key.length <= exact.length + 10 &&
    section.keywords.some((words) => words.every((w) => key.includes(w)))
  )
    [title, score] = ["keywords", 3];
  if (!title) {
    const close = titleCloseness(key, [exact, ...variants]);
    // a numbered heading close to its title; an unnumbered one must be closer, and in its place
    if (close >= (numbered && !parenthesised ? NUMBERED_CLOSE : UNNUMBERED_CLOSE))
      [title, score] = ["similar", 2];
    else return undefined;
  }
  // "（一）" numbers subsections; as a section number it counts for less than "一、"
  score += numbered ? (parenthesised ? 1 : 3) : number !== null ? -1 : 0;
  if (styled) score += 1;
  if (!prefix && !styled) score -= 2;
  return {
    key: section.key,
    block,
    heading: `${p.listText ?? ""}${p.text}`.trim(),
    prefix,
    number,
    listNumbering: fromList,
    title,
    ref: p.ref,
    score,
  };
}

/**
 * How close a heading's key is to a title or its variants, 0–1; a longer heading is compared
 * by its start too ("…情况统计如下").
 */
export function titleCloseness(key: string, titles: readonly string[]): number {
  let best = 0;
  for (const t of titles) {
    if (Math.abs(key.length - t.length) > t.length) continue;
    best = Math.max(best, editSimilarity(key, t), editSimilarity(key.slice(0, t.length + 1), t));
  }
  return best;
}

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
