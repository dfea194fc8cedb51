import { quoteParagraph, type TextParagraph } from "../narrative/report-text";
import type { Rule, RuleContext } from "../rule";
import type { SectionKey } from "../types";
import { INSTRUCTIONS } from "./template-leftover";

// "二、依申请公开情况": the numbering of the six parts themselves
const TOP = /^([一二三四五六七八九十]{1,3})\s*[、.．](?!\d)/;
/** The styles a part's sub-items open with. */
const STYLES = [
  { id: "paren", re: /^[(（][一二三四五六七八九十]{1,3}[)）]/, zh: "（一）" },
  { id: "arabic", re: /^\d{1,2}\s*[、.．](?!\d)/, zh: "1." },
] as const;
type Style = (typeof STYLES)[number];

const NUMERALS = "一二三四五六七八九十";
// a part's own heading that the section finder did not take (an unusual wording): not an item
const PART_TITLE = /总体情况$|主动公开政府信息|收到和处理|行政复议|存在的?主要问题|其他需要报告/;

/**
 * The outline of the report: the six parts are numbered 一、 to 六、, the items within a part
 * （一）（二）…. Assessors mark down sub-items numbered like parts (总体情况's five topics as
 * 一、二、…), and a report whose parts number their items in two systems.
 */
const rule: Rule = {
  id: "outline-numbering",
  meta: {
    description: {
      zh: "一级编号“一、二、……”只用于六个部分的标题；部分内的分项（如总体情况的主动公开、依申请公开等五个方面）应编为“（一）（二）……”，全文的分项编号应统一。",
      en: "一、二、… number only the six parts; the items within a part (such as the five topics of 总体情况) are （一）（二）…, in one numbering system throughout.",
    },
    severity: "warning",
    tags: ["text", "sections"],
    basis: "GB/T 9704—2012 7.3.3 结构层次序数；国办公开办函〔2021〕30号",
    messages: {
      topLevel: {
        zh: "第{section}部分中的“{quote}”用了部分标题的一级编号“{found}”；部分内的分项应编为“{expected}”。",
        en: 'In part {section}, "{quote}" is numbered "{found}" like a part; items within a part are numbered "{expected}".',
      },
      mixed: {
        zh: "第{section}部分的分项编为“{found}”，而第{others}部分编为“{expected}”；全文分项编号应统一。",
        en: 'Part {section} numbers its items "{found}", while part(s) {others} use "{expected}": use one system throughout.',
      },
    },
  },
  check(context) {
    const styles: { section: SectionKey; style: Style; p: TextParagraph }[] = [];
    for (const [section, body] of context.text.sections) {
      reportTopLevel(context, section, body);
      const first = firstStyle(body);
      if (first) styles.push({ section, ...first });
    }
    reportMixed(context, styles);
  },
};

/** A short line on its own whose title is one of a part's: a heading, not an item. */
const isPartHeading = (text: string): boolean =>
  text.length <= 40 && !/[。;；]/.test(text) && PART_TITLE.test(text);

function numeral(section: SectionKey): string {
  return NUMERALS[Number(section.slice(1)) - 1];
}

function reportTopLevel(context: RuleContext, section: SectionKey, body: readonly TextParagraph[]): void {
  for (const p of body) {
    // a table's row typed as text is numbered by the table's labels, not as the part's item
    if (p.tableRow) continue;
    const m = TOP.exec(p.text);
    if (!m || isPartHeading(p.text)) continue;
    context.report({
      messageId: "topLevel",
      section,
      ref: p.ref,
      actual: m[0],
      expected: `（${m[1]}）`,
      data: {
        section: numeral(section),
        found: m[0],
        expected: `（${m[1]}）`,
        quote: quoteParagraph(p, 0, 16) + (p.text.length > 16 ? "…" : ""),
      },
    });
  }
}

/** The style a part's first numbered item opens with; a superior's instructions left below are not the part's. */
function firstStyle(body: readonly TextParagraph[]): { style: Style; p: TextParagraph } | null {
  for (const p of body) {
    if (INSTRUCTIONS.test(p.text)) return null;
    if (p.tableRow) continue;
    const style = STYLES.find((s) => s.re.test(p.text));
    if (style) return { style, p };
  }
  return null;
}

/** Parts whose items open in the less used style, against the style most parts use. */
function reportMixed(
  context: RuleContext,
  styles: readonly { section: SectionKey; style: Style; p: TextParagraph }[],
): void {
  const count = (id: string) => styles.filter((s) => s.style.id === id).length;
  const used = STYLES.filter((s) => count(s.id) > 0);
  if (used.length < 2) return;
  // the usual one wins; on a tie, the format's own （一）
  const main = used.reduce((a, b) => (count(b.id) > count(a.id) ? b : a));
  const others = styles.filter((s) => s.style.id === main.id).map((s) => numeral(s.section));
  for (const s of styles.filter((x) => x.style.id !== main.id))
    context.report({
      messageId: "mixed",
      section: s.section,
      ref: s.p.ref,
      actual: s.style.zh,
      expected: main.zh,
      data: { section: numeral(s.section), found: s.style.zh, expected: main.zh, others: others.join("、") },
    });
}

export default rule;
