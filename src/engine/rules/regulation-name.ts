import { regulations } from "../../template";
import { around, proseParagraphs } from "../narrative/prose";
import type { Rule } from "../rule";
import { eachMatch } from "../_lib/each-match";

const CITED = /《([^《》]{2,60})》/g;

/** A name reduced to its characters: no brackets, spaces or punctuation. */
const keyOf = (name: string): string => name.replace(/[^\p{L}\p{N}]+/gu, "");

const OFFICIAL = regulations.map((r) => ({ ...r, key: keyOf(r.name) }));

/** The characters of `long` left over when `short` is read out of it in order; null when it cannot be. */
function leftOver(short: string, long: string): string | null {
  let i = 0;
  let rest = "";
  for (const ch of long) {
    if (ch === short[i]) i++;
    else rest += ch;
  }
  return i === short.length ? rest : null;
}

// words that make another document of the name: 《关于…的实施意见》, 《…条例实施细则》
const ANOTHER_DOCUMENT = /实施|细则|若干|暂行|补充|试行|修订|释义|解读|办法|规定|意见|通知|省|市|县|区/;

/** Characters that differ between two names of one length. */
function substitutions(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * The official name a cited name misquotes: the same name with one to three characters left
 * out (《中华人民共和国信息公开条例》), one or two added, or one changed (条列 for 条例). A name
 * that is official itself, or further from every official one, is left alone: other laws are
 * not in the list, and the short forms everyone uses (《政府信息公开条例》) drop far more.
 */
export function misquoted(cited: string): (typeof OFFICIAL)[number] | null {
  const key = keyOf(cited);
  if (key.length < 6 || OFFICIAL.some((r) => r.key === key)) return null;
  return (
    OFFICIAL.find((r) => {
      const d = r.key.length - key.length;
      if (d >= 1 && d <= 3) return leftOver(key, r.key) !== null;
      if (d <= -1 && d >= -2) {
        const added = leftOver(r.key, key);
        return added !== null && !ANOTHER_DOCUMENT.test(added);
      }
      return d === 0 && key.length >= 10 && substitutions(key, r.key) === 1;
    }) ?? null
  );
}

/** The names of laws and notices a report cites must be the official ones. */
const rule: Rule = {
  id: "regulation-name",
  meta: {
    description: {
      zh: "正文引用的法规和文件名称应与正式名称一致，如《中华人民共和国政府信息公开条例》不能写成《中华人民共和国信息公开条例》。",
      en: "Laws and notices must be cited by their exact official names, e.g. 《中华人民共和国政府信息公开条例》, not 《中华人民共和国信息公开条例》.",
    },
    severity: "warning",
    tags: ["text", "wording"],
    basis: "GB/T 9704—2012 党政机关公文格式；各法规的正式名称",
    messages: {
      misquoted: {
        zh: "“{quote}”中引用的《{cited}》与正式名称《{official}》不一致。",
        en: 'The title cited in "{quote}", 《{cited}》, differs from the official name 《{official}》.',
      },
    },
  },
  check(context) {
    for (const p of proseParagraphs(context.text)) {
      eachMatch(CITED, p.text, (m) => {
        const official = misquoted(m[1]);
        if (!official) return;
        context.report({
          messageId: "misquoted",
          section: p.section,
          ref: p.ref,
          actual: m[1],
          expected: official.name,
          data: { cited: m[1], official: official.name, quote: around(p, m.index, m.index + m[0].length, 6) },
        });
      });
    }
  },
};

export default rule;
