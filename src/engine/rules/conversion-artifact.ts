import type { TextParagraph } from "../narrative/report-text";
import type { Rule } from "../rule";

// Conversion tools leave pinyin after characters they could not map: 領(lǐng)導(dǎo) (seed 001).
const PINYIN_GLOSS =
  /[\u3400-\u9fff][(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*[)）]/gi;
// Text decoded with the wrong code page: U+FFFD, the classic 锟斤拷 / 烫烫烫 / 屯屯屯, UTF-8 read
// as Latin-1 ("æ”¿åºœ"), and UTF-8 read as GBK, whose commas and quotes turn into 锛 銆 鈥.
const MOJIBAKE =
  /\ufffd|锟斤拷|烫烫烫|屯屯屯|(?:[\u00e0-\u00ef][\u0080-\u02ff\u2010-\u203a]{2}){2,}|[锛銆鈥][^锛銆鈥]{0,12}[锛銆鈥]/;
/** The code units of the CJK blocks U+3400–U+9FFF, counted without an array of matches. */
function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) n++;
  }
  return n;
}

/** The characters of a paragraph that have a simplified form: the traditional ones. */
function traditionalCharacters(p: TextParagraph): string[] {
  // the report text simplified each paragraph once, for every rule
  const { unglossed: text, simplified } = p;
  if (simplified === text) return [];
  // OpenCC maps character by character here; a length change means a phrase, count it once
  if (simplified.length !== text.length) return [text];
  return [...text].filter((ch, i) => ch !== simplified[i]);
}

/**
 * Damage from converting the report between formats or scripts: pinyin glosses after
 * characters, text decoded with the wrong code page, traditional and simplified characters
 * mixed in one report. A report wholly in traditional characters is fine.
 */
const rule: Rule = {
  id: "conversion-artifact",
  meta: {
    description: {
      zh: "报告中不应有转换工具留下的痕迹：字后的拼音注音（如“領(lǐng)導(dǎo)”）、乱码，或同一份报告中繁体字与简体字混用。",
      en: "The report must not carry conversion damage: pinyin glosses after characters, mojibake, or traditional and simplified characters mixed in one report.",
    },
    severity: "warning",
    tags: ["text"],
    basis: "国办公开办函〔2021〕30号（四）明确责任：发布内容准确",
    messages: {
      pinyin: {
        zh: "报告中有 {count} 处拼音注音（如“{example}”），分布在 {paragraphs} 段中，应是繁简转换留下的，发布前应删除。",
        en: 'The report has {count} pinyin glosses (such as "{example}") in {paragraphs} paragraphs, left by a script conversion; delete them.',
      },
      mojibake: {
        zh: "这一段有乱码“{quote}”，可能是文字编码转换出错。",
        en: 'This paragraph holds garbled text "{quote}", probably from a wrong text encoding.',
      },
      traditional: {
        zh: "这一段夹有繁体字“{chars}”，而报告其余部分用简体字。",
        en: 'This paragraph has traditional characters "{chars}" in a report otherwise in simplified characters.',
      },
      simplified: {
        zh: "这一段用简体字，而报告其余部分用繁体字。",
        en: "This paragraph is in simplified characters in a report otherwise in traditional characters.",
      },
    },
  },
  check(context) {
    const { paragraphs } = context.text;
    // the report text stripped the same glosses: a paragraph it left as written has none
    const glossed = paragraphs
      .filter((p) => p.unglossed !== p.raw)
      .map((p) => ({ p, glosses: p.raw.match(PINYIN_GLOSS) ?? [] }))
      .filter((g) => g.glosses.length);
    if (glossed.length) {
      const [first] = glossed;
      context.report({
        messageId: "pinyin",
        section: first.p.section,
        ref: first.p.ref,
        actual: glossed.reduce((n, g) => n + g.glosses.length, 0),
        data: {
          count: glossed.reduce((n, g) => n + g.glosses.length, 0),
          paragraphs: glossed.length,
          example: first.glosses[0],
          refs: glossed.map((g) => g.p.ref),
        },
      });
    }
    for (const p of paragraphs) {
      const m = MOJIBAKE.exec(p.raw);
      if (m) context.report({ messageId: "mojibake", section: p.section, ref: p.ref, data: { quote: m[0] } });
    }
    mixedScript(context, paragraphs);
  },
};

function mixedScript(context: Parameters<Rule["check"]>[0], paragraphs: readonly TextParagraph[]): void {
  // OpenCC changed no paragraph: no traditional character, nothing mixed
  if (paragraphs.every((p) => p.simplified === p.unglossed)) return;
  const read = paragraphs.map((p) => ({
    p,
    chars: traditionalCharacters(p),
    han: hanCount(p.raw),
  }));
  const traditional = read.filter((r) => r.chars.length >= 2 || (r.chars.length === 1 && r.han < 20));
  const simplified = read.filter((r) => r.chars.length === 0 && r.han >= 8);
  if (traditional.length > simplified.length) {
    // a paragraph of 30 characters in traditional script almost always has one that differs
    for (const r of simplified)
      if (r.han >= 30)
        context.report({
          messageId: "simplified",
          section: r.p.section,
          ref: r.p.ref,
          data: { paragraph: r.p.text },
        });
    return;
  }
  for (const r of read) {
    if (!r.chars.length) continue;
    const chars = [...new Set(r.chars)].join("");
    context.report({
      messageId: "traditional",
      section: r.p.section,
      ref: r.p.ref,
      actual: chars,
      data: { chars },
    });
  }
}

export default rule;
