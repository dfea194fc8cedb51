import type { Rule } from "../rule";

/** 条例 Art. 50 and the notice: "不能遗漏" — all six sections must be there. */
const rule: Rule = {
  id: "section-missing",
  meta: {
    description: {
      zh: "年度报告应包含格式规定的全部六个部分。",
      en: "The report must contain all six sections of the format.",
    },
    severity: "error",
    tags: ["sections"],
    basis: "条例第五十条；国办公开办函〔2021〕30号“不能遗漏”",
    messages: {
      missing: { zh: "缺少第{numeral}部分“{title}”。", en: "Section {numeral} “{title}” is missing." },
      inTextBox: {
        zh: "缺少第{numeral}部分“{title}”。文档中有 {textBoxes} 个写有文字的文本框，其中的文字没有检查；如果这一部分写在文本框里（由 PDF 转换的文件常这样），请把它移到正文中。",
        en: "Section {numeral} “{title}” is missing. The document has {textBoxes} text boxes with text, which is not checked; if the section is in one (as in files converted from PDF), move it into the body.",
      },
    },
  },
  check(context) {
    // text boxes' paragraphs are not read (Word's body.paragraphs has none of them): a heading
    // set in one is missed, and the finding says where it may be
    let textBoxes = 0;
    for (const b of context.snapshot.blocks) if (b.kind === "paragraph") textBoxes += b.textBoxes ?? 0;
    for (const section of context.format.sections) {
      if (context.sections.some((s) => s.key === section.key)) continue;
      context.report({
        messageId: textBoxes ? "inTextBox" : "missing",
        section: section.key,
        expected: `${section.numeral}、${section.title}`,
        data: { numeral: section.numeral, title: section.title, textBoxes },
      });
    }
  },
};
export default rule;
