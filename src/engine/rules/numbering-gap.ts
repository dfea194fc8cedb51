import { chineseNumber } from "../narrative/numbers";
import type { TextParagraph } from "../narrative/report-text";
import type { Rule, RuleContext } from "../rule";
import { eachMatch } from "../_lib/each-match";

/** The numbering levels a section's paragraphs open with: （一）, then 1., then （1）. */
const LEVELS = [
  { re: /^\s*[(（]([一二三四五六七八九十]{1,3})[)）]/, show: (n: number) => `（${numeral(n)}）` },
  { re: /^\s*(\d{1,2})\s*[.、．](?!\d)/, show: (n: number) => `${n}.` },
  { re: /^\s*[(（](\d{1,2})[)）]/, show: (n: number) => `（${n}）` },
] as const;

// "一是…；二是…": the numeral follows the start of the text or a punctuation mark, so that
// 唯一是, 统一是 or 第一是 are not read as items
const ITEM = /(?:^|[。;:,!?、)）\s])([一二三四五六七八九十]{1,2})是/g;

// a numeral closing a line, as ITEM would read it were the 是 on the same line
const BROKEN_ITEM = /(?:^|[。;:,!?、)）\s])[一二三四五六七八九十]{1,2}$/;

// "（一）存在的主要问题一是…": 一是 right after a numbered heading's words, without punctuation
const AFTER_HEADING =
  /^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.、．])[^。;:,!?、()（）\d]{2,20}?(?<![唯统第同之逐单])一是/;

const NUMERALS = "一二三四五六七八九十";
function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  return n < 20
    ? `十${NUMERALS[n - 11]}`
    : `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ""}`;
}

/**
 * Numbered items that skip or go back: 一是…二是…四是, （二） with no （一） before it, 1. then 3.
 * Counted within each section; a new list may start again at 一 or 1; a （一） item starts the
 * 1. and （1） lists below it afresh.
 */
const rule: Rule = {
  id: "numbering-gap",
  meta: {
    description: {
      zh: "各部分中的编号应连续：“一是、二是、三是”不能跳号，“（二）”之前应有“（一）”，“1.”“2.”依次排列。",
      en: "Numbered items within a section must not skip or go back: 一是, 二是, 三是 …; （二） needs a （一） before it; 1., 2. in order.",
    },
    severity: "warning",
    tags: ["text"],
    basis: "公文格式：层次序数依次编排（GB/T 9704—2012 7.3.3）",
    messages: {
      gap: {
        zh: "“{found}”之前缺少“{missing}”，编号不连续。",
        en: 'No "{missing}" before "{found}": the numbering skips.',
      },
      order: {
        zh: "“{found}”排在“{previous}”之后，编号顺序不对。",
        en: '"{found}" comes after "{previous}": the numbering goes back.',
      },
    },
  },
  check(context) {
    for (const body of context.text.sections.values()) checkSection(context, body);
  },
};

function checkSection(context: RuleContext, body: readonly TextParagraph[]): void {
  const last: (number | null)[] = LEVELS.map(() => null);
  let item: number | null = null;
  const report = (p: TextParagraph, previous: number | null, found: number, show: (n: number) => string) => {
    const expected = (previous ?? 0) + 1;
    const data =
      found > expected
        ? { found: show(found), missing: show(expected), previous: previous === null ? null : show(previous) }
        : { found: show(found), previous: show(previous ?? found) };
    context.report({
      messageId: found > expected ? "gap" : "order",
      section: p.section,
      ref: p.ref,
      expected: show(expected),
      actual: show(found),
      data,
    });
  };
  // "…；二" ending one line and "是…" opening the next: a PDF's text pasted line by line
  let carried = "";
  for (const p of body) {
    // a table's row typed as text is numbered by the table's labels
    if (p.tableRow) continue;
    const text = p.text.startsWith("是") ? carried + p.text : p.text;
    carried = BROKEN_ITEM.exec(p.text)?.[0] ?? "";
    const level = LEVELS.findIndex((l) => l.re.test(p.text));
    if (level >= 0) {
      const m = LEVELS[level].re.exec(p.text)!;
      const n = level === 0 ? chineseNumber(m[1]) : Number(m[1]);
      if (n !== null) {
        // a list may start again at one; anything else continues the one before
        if (n !== 1 && n !== (last[level] ?? 0) + 1) report(p, last[level], n, LEVELS[level].show);
        last[level] = n;
        for (let deeper = level + 1; deeper < last.length; deeper++) last[deeper] = null;
        if (level === 0) item = null;
      }
    }
    // 一是, 二是…: most paragraphs have no numeral before a 是, and neither pattern need run
    if (!holdsItem(text)) continue;
    if (p.text.includes("一是") && AFTER_HEADING.test(p.text)) item = 1;
    eachMatch(ITEM, text, (m) => {
      const n = chineseNumber(m[1]);
      if (n === null) return;
      if (n !== 1 && n !== (item ?? 0) + 1) report(p, item, n, (k) => `${numeral(k)}是`);
      item = n;
    });
  }
}

/** Whether a numeral stands right before a 是, as in every item ITEM and AFTER_HEADING find. */
export function holdsItem(text: string): boolean {
  for (let at = text.indexOf("是", 1); at !== -1; at = text.indexOf("是", at + 1))
    if (NUMERALS.includes(text[at - 1])) return true;
  return false;
}

export default rule;
