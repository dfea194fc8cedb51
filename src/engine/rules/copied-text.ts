import { similarity } from "../_lib/similarity";
import type { TextParagraph } from "../narrative/report-text";
import type { Rule } from "../rule";

/** Above this share of a section's text repeated from last year, reviewers deduct (宿迁: 50%). */
const THRESHOLD = 0.5;
/** Sections shorter than this, subheadings included, say too little to measure. */
const MIN_CHARS = 60;
/** Two sentences this alike (Dice of character pairs) are one sentence lightly edited. */
const ALIKE = 0.85;
/** A sentence as compared: numbers masked (years change every year), no spaces or punctuation. */
const comparable = (sentence: string): string =>
  sentence.replace(/\d+(?:\.\d+)?/g, "#").replace(/[^\p{L}\p{N}#]+/gu, "");

/**
 * A run-in subheading such as "(二)依申请公开" before the paragraph's first 。: the format's own
 * words, the same every year, so neither copied nor written.
 */
const RUN_IN_HEADING =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])\s*[^,，:：]{1,16}$/u;

const sentencesOf = (text: string): string[] =>
  text
    .split(/[。;!?]/)
    .map((s) => s.trim())
    .filter((s) => comparable(s).length >= 6 && !RUN_IN_HEADING.test(s));

/**
 * Text repeated from last year's report (内容雷同): per section, the share of this year's
 * sentences that equal, or nearly equal, a sentence anywhere in last year's report.
 */
const rule: Rule = {
  id: "copied-text",
  meta: {
    description: {
      zh: "各部分的文字不应大段照搬上年报告：一个部分中与上年报告相同或几乎相同的句子超过一半时提示。需要提供上年报告。",
      en: "Sections must not be copied from last year's report: warns when more than half of a section's text repeats last year's (needs last year's report).",
    },
    severity: "warning",
    tags: ["text", "previous-year"],
    basis: "国办公开办函〔2021〕30号（四）明确责任：内容雷同",
    messages: {
      copied: {
        zh: "第{numeral}部分有 {percent}% 的文字与上年报告相同或几乎相同（{count} 句），应按本年度实际情况撰写。",
        en: "{percent}% of section {numeral}'s text ({count} sentences) repeats last year's report; write it for this year.",
      },
    },
  },
  check(context) {
    const previous = context.previous;
    if (!previous) return;
    const last = Object.values(previous.sections).flatMap((ps) =>
      (ps ?? []).flatMap(sentencesOf).map(comparable),
    );
    if (!last.length) return;
    const exact = new Set(last);
    const copied = (sentence: string): boolean => {
      const key = comparable(sentence);
      return exact.has(key) || (key.length >= 12 && last.some((l) => similarity(l, key) >= ALIKE));
    };
    for (const [key, body] of context.text.sections) {
      if (body.reduce((n, p) => n + comparable(p.text).length, 0) < MIN_CHARS) continue;
      const sentences = body.flatMap((p) => sentencesOf(p.text).map((s) => ({ p, s })));
      const total = sentences.reduce((n, x) => n + comparable(x.s).length, 0);
      if (!total) continue;
      const repeated = sentences.filter((x) => copied(x.s));
      const share = repeated.reduce((n, x) => n + comparable(x.s).length, 0) / total;
      if (share <= THRESHOLD) continue;
      const first: TextParagraph = repeated[0].p;
      const percent = Math.round(share * 100);
      context.report({
        messageId: "copied",
        section: key,
        ref: first.ref,
        actual: percent,
        data: {
          numeral: context.format.sections.find((s) => s.key === key)?.numeral,
          percent,
          count: repeated.length,
          sentences: sentences.length,
          copied: repeated.map((x) => x.s),
          paragraphs: [...new Set(repeated.map((x) => x.p))].map((p) => p.ref),
        },
      });
    }
  },
};

export default rule;
