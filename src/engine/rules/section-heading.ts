import type { Rule, RuleContext } from "../rule";
import type { SectionMatch } from "../sections";
import type { Fix } from "../types";
import { isLaterLine } from "../lines";

/** Section headings are numbered 一、 … 六、 and use the format's titles. */
const rule: Rule = {
  id: "section-heading",
  meta: {
    description: {
      zh: "各部分标题应使用“一、”至“六、”的编号和格式规定的标题。",
      en: "Section headings are numbered 一、 to 六、 and use the titles of the format.",
    },
    severity: "warning",
    tags: ["sections"],
    basis: "国办公开办函〔2021〕30号",
    fixable: "fix",
    messages: {
      numbering: {
        zh: "第{numeral}部分标题的编号“{actual}”不规范，应为“{expected}”。",
        en: "Section {numeral}'s heading is numbered “{actual}”; it should be “{expected}”.",
      },
      unnumbered: {
        zh: "第{numeral}部分标题缺少编号，应以“{expected}”开头。",
        en: "Section {numeral}'s heading has no number; it should start with “{expected}”.",
      },
      listNumbering: {
        zh: "第{numeral}部分标题的自动编号显示为“{actual}”，应为“{expected}”（请在“开始 > 编号”中改为“一、二、三”样式）。",
        en: "Section {numeral}'s automatic numbering shows “{actual}”; it should be “{expected}” (change the numbering format).",
      },
      doubled: {
        zh: "第{numeral}部分标题“{actual}”的编号重复了：自动编号之后又输入了编号，请删去输入的“{typed}”。",
        en: "Section {numeral}'s heading “{actual}” is numbered twice: a typed “{typed}” follows the automatic number; delete the typed one.",
      },
      title: {
        zh: "第{numeral}部分标题“{actual}”与格式规定的“{title}”不一致。",
        en: "Section {numeral}'s heading “{actual}” differs from the format's “{title}”.",
      },
    },
  },
  check(context) {
    for (const s of context.sections) {
      const template = context.format.sections.find((t) => t.key === s.key)!;
      const expected = `${template.numeral}、`;
      const data = { numeral: template.numeral, title: template.title, expected };
      // "一 、": a space conversion left inside the official numbering is no other numbering
      const standard = new RegExp(`^${template.numeral}\\s*[、.．]$`).test(s.prefix);
      const typed = s.listNumbering ? TYPED_NUMBER.exec(s.heading.slice(s.prefix.length).trimStart()) : null;
      if (typed)
        context.report({
          messageId: "doubled",
          section: s.key,
          expected,
          actual: s.heading,
          ref: s.ref,
          data: { ...data, actual: s.heading, typed: typed[0].trim() },
        });
      // a heading known only by being close to its title: the title is what to fix
      else if (s.title === "similar") reportTitle(context, s, data);
      else if (!standard) {
        const messageId = !s.prefix ? "unnumbered" : s.listNumbering ? "listNumbering" : "numbering";
        context.report({
          messageId,
          section: s.key,
          expected,
          actual: s.prefix,
          ref: s.ref,
          data: { ...data, actual: s.prefix },
          fix: prefixFix(s.prefix, s.listNumbering, expected, s.ref),
        });
      } else if (s.title === "keywords") reportTitle(context, s, data);
    }
  },
};
export default rule;

/** A number typed at the start of a heading's text: "一、", "（一）", "1." */
const TYPED_NUMBER = /^(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）]|\d+\s*[、.．])/;

function reportTitle(
  context: RuleContext,
  s: SectionMatch,
  data: { numeral: string; title: string; expected: string },
): void {
  context.report({
    messageId: "title",
    section: s.key,
    expected: data.title,
    actual: s.heading,
    ref: s.ref,
    data: { ...data, actual: s.heading },
  });
}

/** Typed numbering can be replaced; automatic numbering is Word's and is left to the clerk. */
function prefixFix(
  prefix: string,
  listNumbering: boolean,
  expected: string,
  ref: Fix["ref"],
): Fix | undefined {
  // a heading in a table cell has no paragraph of its own to rewrite, one after a line break
  // does not start its paragraph
  if (!prefix || listNumbering || typeof ref.p !== "number" || isLaterLine(ref)) return undefined;
  return { op: "set-paragraph-prefix", ref, from: prefix, to: expected };
}
