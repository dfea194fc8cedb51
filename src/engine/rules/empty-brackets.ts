import { around, proseParagraphs } from "../narrative/prose";
import type { Rule } from "../rule";
import { eachMatch } from "../_lib/each-match";

// （）, ( ), 《》, 【 】: brackets with nothing but spaces between them (the text is half-width)
const EMPTY = /\(\s*\)|《\s*》|【\s*】|\[\s*\]/g;

/**
 * Brackets left empty where a website, a document number or a figure belonged: "网址为（）",
 * "依据《》". Assessors mark these as content left unfinished.
 */
const rule: Rule = {
  id: "empty-brackets",
  meta: {
    description: {
      zh: "正文中不应留有空括号“（）”“《》”“【】”：那里原本应填写网址、文号、名称或数字。",
      en: "No empty brackets （）, 《》 or 【】 in the text: a website, a document number, a title or a figure belonged there.",
    },
    severity: "warning",
    tags: ["text", "wording"],
    basis: "国办公开办函〔2021〕30号（四）明确责任：发布内容准确、全面",
    messages: {
      empty: {
        zh: "“{quote}”中有空括号“{brackets}”，应填上内容或删去括号。",
        en: 'The empty brackets "{brackets}" in "{quote}": fill them in or delete them.',
      },
    },
  },
  check(context) {
    for (const p of proseParagraphs(context.text)) {
      eachMatch(EMPTY, p.text, (m) => {
        // "f()" in an English run or code is not a blank left in Chinese text
        if (/[A-Za-z0-9_]/.test(p.text[m.index - 1] ?? "")) return;
        context.report({
          messageId: "empty",
          section: p.section,
          ref: p.ref,
          data: { brackets: shown(m[0]), quote: around(p, m.index, m.index + m[0].length, 10) },
        });
      });
    }
  },
};

/** The brackets as the clerk typed them, full-width. */
const shown = (brackets: string): string =>
  brackets.startsWith("(") ? "（）" : brackets.replace(/\s+/g, "");

export default rule;
