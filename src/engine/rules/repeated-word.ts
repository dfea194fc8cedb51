import { around, proseParagraphs } from "../narrative/prose";
import type { Rule } from "../rule";
import { eachMatch } from "../_lib/each-match";

// particles that never double in written Chinese; most others can (为了了解, 合并并, 现在在线)
const PARTICLE_TWICE = /([的被])\1/g;
/**
 * Two-character verbs that Chinese doubles on purpose to soften them (研究研究, 讨论讨论): the
 * reduplication of a verb, not a slip. Nouns (资金, 信息, 公开) do not double this way.
 */
const VERBS_DOUBLED = new Set(
  "研究 讨论 商量 学习 考虑 了解 休息 整理 检查 锻炼 打扫 收拾 活动 准备 练习 介绍 说明 比较 思考 交流 沟通 体验 尝试 宣传 打听 琢磨 调查 看望 帮助 表扬 批评 清理 梳理 反思 总结".split(
    " ",
  ),
);

/** "一天一天", "一步一步", "一件一件": a measure repeated on purpose. */
const ONE_BY_ONE = /^一[\u4e00-\u9fff]$/;

/**
 * A word typed twice by mistake, as assessors mark it down: 资金资金, 的的. Reduplication that
 * Chinese uses on purpose (人人, 常常, 一一, 看看, 研究研究, 实实在在, 一步一步, 不了了之)
 * is left alone.
 */
const rule: Rule = {
  id: "repeated-word",
  meta: {
    description: {
      zh: "正文中不应有误写重复的词语（如“资金资金”“的的”）；“人人”“常常”“研究研究”“实实在在”等有意的重叠不算。",
      en: "No word typed twice by mistake (资金资金, 的的); deliberate reduplication such as 人人, 常常, 研究研究 or 实实在在 is fine.",
    },
    severity: "warning",
    tags: ["text", "wording"],
    basis: "国办公开办函〔2021〕30号（四）明确责任：发布内容准确",
    messages: {
      repeated: {
        zh: "“{quote}”中“{word}”重复了，应删去一个。",
        en: 'In "{quote}", "{word}" is written twice; delete one.',
      },
    },
  },
  check(context) {
    for (const p of proseParagraphs(context.text)) {
      for (const { index, word } of repeats(p.text))
        context.report({
          messageId: "repeated",
          section: p.section,
          ref: p.ref,
          actual: word + word,
          expected: word,
          data: { word, quote: around(p, index, index + 2 * word.length) },
        });
    }
  },
};

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * A word of two to six Han characters written twice running (资金资金, 信息公开信息公开), as
 * `/([\u4e00-\u9fff]{2,6})\1/g` finds them: the longest word at the first place, then on after
 * the pair. A scan by character, as the pattern tried six lengths at every character of the prose.
 */
export function doubledWords(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  let runEnd = 0;
  for (let i = 0; i < text.length - 3;) {
    if (i >= runEnd) {
      if (!isHan(text.charCodeAt(i))) {
        runEnd = ++i;
        continue;
      }
      for (runEnd = i + 1; runEnd < text.length && isHan(text.charCodeAt(runEnd));) runEnd++;
    }
    const length = doubledAt(text, i, Math.min(6, (runEnd - i) >> 1));
    if (length) {
      found.push({ index: i, word: text.slice(i, i + length) });
      i += 2 * length;
    } else i++;
  }
  return found;
}

/** The longest length, from `longest` down to 2, whose word at `i` is written again right after it; 0 for none. */
function doubledAt(text: string, i: number, longest: number): number {
  for (let length = longest; length >= 2; length--) {
    let k = 0;
    while (k < length && text.charCodeAt(i + k) === text.charCodeAt(i + length + k)) k++;
    if (k === length) return length;
  }
  return 0;
}

/** The places where a word is doubled by mistake, in text order. */
export function repeats(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  for (const doubled of doubledWords(text)) {
    const word = doubled.word;
    if (VERBS_DOUBLED.has(word) || ONE_BY_ONE.test(word)) continue;
    // 哈哈哈哈, 人人人人: a doubled character doubled again
    if (word.length === 2 && word[0] === word[1]) continue;
    found.push(doubled);
  }
  eachMatch(PARTICLE_TWICE, text, (m) => {
    const i = m.index;
    // AABB reduplication: 的的确确 (the pair is one half of it)
    if (text[i + 2] !== undefined && text[i + 2] === text[i + 3]) return;
    if (i >= 2 && text[i - 2] === text[i - 1]) return;
    // 目的的, 有的的: a word that ends in 的, then the particle
    if (/^(?:目|有|端|标)的$/.test(text.slice(i - 1, i + 1))) return;
    if (found.some((f) => i >= f.index && i < f.index + 2 * f.word.length)) return;
    found.push({ index: i, word: m[1] });
  });
  return found.sort((a, b) => a.index - b.index);
}

export default rule;
