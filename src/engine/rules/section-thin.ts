import { proseParagraphs } from "../narrative/prose";
import type { Rule } from "../rule";

// "无", "无。", "暂无", "无存在问题": saying there is nothing, in under a dozen characters
const NOTHING = /^(?:暂)?(?:无|没有)[^。]{0,10}[。.]?$/;
// words that name a shortcoming
const PROBLEMS = /问题|不足|短板|差距|薄弱|有待|不够|欠缺|不高|不强|滞后|不到位|不及时|不规范/;
// "有待进一步加强" names a problem, not a measure: such phrases are set aside before looking
const STILL_TO_DO = /(?:有待|亟待|需要|仍需|还需|需)[^，,。；;]*/g;
// what the body will do about it
const MEASURES =
  /改进|整改|措施|下一步|今后|将(?:进一步|继续|持续|着力|切实|不断|全面|深入|严格|认真)?(?:加强|加大|强化|完善|提升|提高|推进|落实|规范|优化|健全)|加强|加大|强化|完善|提升|提高|健全|优化/;

/**
 * Characters that carry content: letters and digits, no punctuation or spaces (UTF-16 units, as
 * the text's length counts them). Han characters and ASCII are told at a glance; the rest by the
 * Unicode classes.
 */
function contentLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) length++;
    else if (c < 0x80) length += (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
    else {
      const point = String.fromCodePoint(text.codePointAt(i)!);
      if (CONTENT.test(point)) length += point.length;
      i += point.length - 1;
    }
  }
  return length;
}

const CONTENT = /^[\p{L}\p{N}]$/u;

/**
 * 五、存在的主要问题及改进情况 with substance (条例第五十条第五项): not just 无, not a line or
 * two, and problems with the measures taken or planned against them.
 */
const rule: Rule = {
  id: "section-thin",
  meta: {
    description: {
      zh: "第五部分“存在的主要问题及改进情况”应如实写明问题和改进措施：不能只写“无”“暂无”，不能过于简短，列出问题的也要写明改进措施。",
      en: "Section 5 (main problems and improvements) must state the problems and the measures against them: not just 无, not a line or two, and no problems without measures.",
    },
    severity: "warning",
    tags: ["text", "sections"],
    basis: "条例第五十条第五项",
    messages: {
      onlyNone: {
        zh: "第五部分只写了“{text}”；年度报告应如实写明存在的主要问题及改进情况。",
        en: 'Section 5 only says "{text}"; the report must state its main problems and the improvements made.',
      },
      short: {
        zh: "第五部分只有 {length} 个字（少于 {minChars} 个字），过于简短；应具体写明存在的主要问题和改进情况。",
        en: "Section 5 has only {length} characters (fewer than {minChars}): state the main problems and the improvements in substance.",
      },
      noMeasures: {
        zh: "第五部分列出了存在的问题，但没有写改进措施或改进情况。",
        en: "Section 5 lists problems but no measures taken or planned against them.",
      },
    },
    options: {
      minChars: {
        default: 60,
        description: {
          zh: "第五部分正文（不计标点和空格）少于这个字数时提示过于简短",
          en: "Section 5 shorter than this many characters (punctuation and spaces aside) is too short",
        },
      },
    },
  },
  check(context) {
    const section = context.sections.find((s) => s.key === "s5");
    const body = context.text.sections.get("s5");
    // no section, or nothing under its heading (section-missing / section-empty), or a table
    if (!section || !body?.length || context.text.tables.has("s5")) return;
    const prose = proseParagraphs(context.text).filter((p) => p.section === "s5");
    const text = prose.map((p) => p.text).join("");
    const at = { section: "s5" as const, ref: section.ref };
    if (NOTHING.test(text)) {
      context.report({ ...at, messageId: "onlyNone", actual: text, data: { text } });
      return;
    }
    const length = contentLength(text);
    const { minChars } = context.options;
    if (length < minChars) {
      context.report({
        ...at,
        messageId: "short",
        actual: length,
        expected: minChars,
        data: { length, minChars },
      });
      return;
    }
    if (PROBLEMS.test(text) && !MEASURES.test(text.replace(STILL_TO_DO, "")))
      context.report({ ...at, messageId: "noMeasures" });
  },
};

export default rule;
