import { HAN, proseParagraphs } from "../narrative/prose";
import { stripPinyinGlosses } from "../normalise";
import type { Rule } from "../rule";
import { eachMatch } from "../_lib/each-match";

// half-width marks and their full-width forms
const FULL: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
  ".": "。",
};
const MARKS = /[,;:?!().]/g;

/**
 * Whether the half-width mark at `i` of `raw` punctuates Chinese: it follows a Han character
 * (an opening bracket: precedes one). Numbers (1.5, 1,200, 9:00), dates (2023.1.5), URLs,
 * e-mail addresses and English runs have ASCII on the side that counts and are left alone; a
 * full stop also needs no letter or digit after it (www.gov.cn).
 */
function inChinese(raw: string, i: number): boolean {
  const mark = raw[i];
  const before = raw[i - 1] ?? "";
  const after = raw[i + 1] ?? "";
  if (mark === "(") return HAN.test(after) && !/[A-Za-z0-9]/.test(before);
  if (!HAN.test(before)) return false;
  if (mark === ".") return !/[A-Za-z0-9]/.test(after);
  return true;
}

/** The paragraph as the clerk sees it, without a converter's pinyin glosses ("領(lǐng)導"): their brackets are conversion-artifact's. */
const written = (raw: string): string => stripPinyinGlosses(raw).trim();

/**
 * Half-width punctuation in Chinese sentences (",", ";", "(一)"): the national standard for
 * punctuation (GB/T 15834) uses the full-width forms. One finding per section, at its first
 * paragraph with such marks, counting them all.
 */
const rule: Rule = {
  id: "punctuation",
  meta: {
    description: {
      zh: "中文句子中应使用全角标点（，；：？！（）。），不应使用半角标点；数字、日期、网址和英文中的半角符号不算。",
      en: "Chinese sentences take full-width punctuation (，；：（）。), not half-width; marks inside numbers, dates, URLs and English are fine.",
    },
    severity: "info",
    tags: ["text", "wording"],
    basis: "GB/T 15834—2011《标点符号用法》",
    messages: {
      halfWidth: {
        zh: "本部分有 {count} 处中文句子使用了半角标点，如“{quote}”中的“{mark}”应为“{full}”。",
        en: 'This section has {count} half-width punctuation marks in Chinese sentences, e.g. "{mark}" in "{quote}" should be "{full}".',
      },
    },
  },
  check(context) {
    const bySection = new Map<
      string,
      { first: { p: (typeof paragraphs)[number]; i: number }; count: number }
    >();
    const paragraphs = proseParagraphs(context.text);
    for (const p of paragraphs) {
      const raw = written(p.raw);
      eachMatch(MARKS, raw, (m) => {
        if (!inChinese(raw, m.index)) return;
        const key = p.section ?? "head";
        const seen = bySection.get(key);
        if (seen) seen.count++;
        else bySection.set(key, { first: { p, i: m.index }, count: 1 });
      });
    }
    for (const { first, count } of bySection.values()) {
      const { p, i } = first;
      const raw = written(p.raw);
      const mark = raw[i];
      context.report({
        messageId: "halfWidth",
        section: p.section,
        ref: p.ref,
        actual: mark,
        expected: FULL[mark],
        data: { count, mark, full: FULL[mark], quote: raw.slice(Math.max(0, i - 8), i + 6) },
      });
    }
  },
};

export default rule;
