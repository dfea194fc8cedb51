import type { Rule } from "../rule";
import { eachMatch } from "../_lib/each-match";

/** A block of instructions from the superior office, as in seed 004: "注意事项：1. 全区各级…". */
export const INSTRUCTIONS = /^(?:注意事项|填报说明|填写说明|编写说明|编报说明|填报要求)\s*[:：]?/;

/** What a clerk leaves behind from a template, in the order a paragraph is tested. */
const LEFTOVERS: readonly { readonly messageId: string; readonly re: RegExp; readonly needs?: RegExp }[] = [
  { messageId: "instructions", re: INSTRUCTIONS },
  // the format's own guidance for item （一）: "这一项报告本机关政府信息公开工作总体情况…"
  { messageId: "guidance", re: /这一项报告/ },
  // a bracketed request of any length, in any bracket: 【请填写：…】, （文字描述）, [此处填写]; or a
  // name to fill, closed right after: （单位名称）, 【机关名称】
  {
    messageId: "placeholder",
    re: /[【〔［[（(]\s*(?:请|填写|填报|输入|此处|在此|待填|待补充|文字描述|描述|名称|XX|××|[\u4e00-\u9fff]{1,4}名称(?=\s*[】〕］\]）)]))[^【】〔〕［］[\]（）()]{0,300}?[】〕］\]）)]/g,
  },
  // "20XX年", "X月X日", and "XX镇", "××局", "某某县", "××元": a mask followed by what it stands for. A
  // mask after a surname ("李××") is a published report hiding a name, not a placeholder.
  {
    messageId: "placeholder",
    re: /(?<![A-Za-z])(?:(?:19|20)(?:[Xx]{2}|×{2})|[Xx×]\s*月\s*[Xx×]\s*日|(?:[Xx]{2,}|×{2,})(?=镇|乡|街道|县|区|市|省|局|委|办|厅|单位|部门|公司|村|社区|年|月|日|号|件|条|元|万元|个|次|项|篇|份|起|宗|户|天|%|余)|^(?:[Xx]{2,}|×{2,})|某某(?=镇|乡|街道|县|区|市|省|局|委|办|厅|单位|部门|公司|村|社区))(?![A-Za-z])/g,
    // a character every form has: most paragraphs have none, and spare the pattern its many starts
    needs: /[Xx×某]/,
  },
  // a blank to write on: "公开政府信息____条", "＿＿件"; not a line drawn of underscores alone, nor
  // a name joined by them ("file__name")
  {
    messageId: "placeholder",
    re: /(?<![A-Za-z])(?:(?<=[^_\s])_{2,}|_{2,}(?=[^_\s]))(?![A-Za-z_])/g,
    needs: /__/,
  },
  // a date line never filled in: "年 月 日", "2023年 月 日"
  { messageId: "blankDate", re: /年\s*月\s*日/ },
];

/** Template text left in the report: instructions, the format's guidance, placeholders. */
const rule: Rule = {
  id: "template-leftover",
  meta: {
    description: {
      zh: "报告中不应留有模板或上级通知中的说明文字（如“注意事项”、格式原文“这一项报告…”），也不应留有“XX”“××”“20XX年”“（单位名称）”“【请填写】”“____”“年 月 日”等未填写的占位符。",
      en: "The report must not keep instructions from the template or a superior office, the format's guidance text, or unfilled placeholders (XX, ××, 20XX, （单位名称）, 【请填写】, ____, blank dates).",
    },
    severity: "warning",
    tags: ["text"],
    basis: "国办公开办函〔2021〕30号（四）明确责任：发布内容准确",
    messages: {
      instructions: {
        zh: "“{quote}”是模板或上级通知的说明文字，发布前应删除。",
        en: '"{quote}" is an instruction from the template or a superior office; delete it before publishing.',
      },
      guidance: {
        zh: "“{quote}”是年度报告格式中的填写说明原文，应改写为本机关的实际情况。",
        en: "\"{quote}\" is the format's own guidance text; replace it with the agency's own account.",
      },
      placeholder: {
        zh: "“{placeholder}”是未填写的占位符，应改为实际内容{around}。",
        en: '"{placeholder}" is a placeholder that was never filled in; write what it stands for{aroundEn}.',
      },
      blankDate: {
        zh: "日期“{quote}”没有填写具体的年月日。",
        en: 'The date "{quote}" was never filled in.',
      },
    },
  },
  check(context) {
    for (const p of context.text.paragraphs) {
      // instructions and guidance once per paragraph; every placeholder, each on its own
      const taken: [number, number][] = [];
      const report = (messageId: string, m: RegExpMatchArray & { index: number }): void => {
        if (taken.some(([a, b]) => m.index < b && a < m.index + m[0].length)) return;
        taken.push([m.index, m.index + m[0].length]);
        const text = p.raw.trim().length === p.text.length ? p.raw.trim() : p.text;
        const quote = quoteOf(text, m);
        // the placeholder itself as written, and the words around it when they say more
        const written = text.slice(m.index, m.index + m[0].length);
        const placeholder = written.length > 24 ? `${written.slice(0, 24)}…` : written;
        const around = quote !== placeholder;
        context.report({
          messageId,
          section: p.section,
          ref: p.ref,
          actual: m[0],
          data: {
            quote,
            paragraph: p.text,
            placeholder,
            // the words around the placeholder, for the message: not a place (data.where is one)
            around: around ? `（见“${quote}”）` : "",
            aroundEn: around ? ` (in "${quote}")` : "",
          },
        });
      };
      for (const { messageId, re, needs } of LEFTOVERS) {
        if (needs && !needs.test(p.text)) continue;
        if (re.global) {
          eachMatch(re, p.text, (m) => report(messageId, m));
          continue;
        }
        // a paragraph is one kind of text: the first of these that matches is the last tried
        const m = re.exec(p.text);
        if (m) {
          report(messageId, m);
          break;
        }
      }
    }
  },
};

/** The match with a few characters around it, so the clerk can find it in a long paragraph. */
function quoteOf(text: string, m: RegExpMatchArray & { index: number }): string {
  if (m[0].length >= 4 && m.index === 0) return text.length > 24 ? `${text.slice(0, 24)}…` : text;
  const from = Math.max(0, m.index - 6);
  const to = Math.min(text.length, m.index + m[0].length + 6);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

export default rule;
