import type { Rule, RuleContext } from "../rule";
import type { SectionKey } from "../types";

/** Sections 二, 三 and 四 report their figures in the format's tables. */
const rule: Rule = {
  id: "table-missing",
  meta: {
    description: {
      zh: "第二、三、四部分应各有一张格式规定的统计表。",
      en: "Sections 2, 3 and 4 each contain the format's statistical table.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      missing: { zh: "未找到{table}。", en: "{table} was not found." },
      noTables: {
        zh: "未找到{table}：整份文档中没有一张 Word 表格。统计数据须按格式以表格填报，用文字或图片代替表格无法检查。",
        en: "{table} was not found: the document has no Word table at all. The figures must be given in the format's tables; text or pictures instead of tables cannot be checked.",
      },
      picture: {
        zh: "未找到{table}。第{numeral}部分中有 {pictures} 张图片，表格可能是以图片形式插入的，无法读取其中的数字；请改用 Word 表格。",
        en: "{table} was not found. Section {numeral} holds {pictures} picture(s): the table seems to have been inserted as a picture, whose figures cannot be read. Please use a Word table.",
      },
      textBoxes: {
        zh: "未找到{table}。第{numeral}部分中有 {textBoxes} 个文本框，表格可能被拆成了文本框（常见于由 PDF 转换来的文件），无法读取其中的数字；请改用 Word 表格。",
        en: "{table} was not found. Section {numeral} holds {textBoxes} text boxes: the table seems to have been broken into text boxes (as a PDF turned into Word often is), whose figures cannot be read. Please use a Word table.",
      },
    },
  },
  check(context) {
    const anyTable = context.snapshot.blocks.some((b) => b.kind === "table");
    for (const table of context.format.tables) {
      if (context.tables.has(table.key)) continue;
      const heading = context.sections.find((s) => s.key === table.section);
      const { pictures, textBoxes } = anchoredIn(context, table.section);
      const numeral = context.format.sections.find((s) => s.key === table.section)?.numeral ?? "";
      // a converted PDF draws a table's rules as shapes beside the text boxes of its cells
      const messageId =
        textBoxes > pictures ? "textBoxes" : pictures > 0 ? "picture" : anyTable ? "missing" : "noTables";
      context.report({
        messageId,
        section: table.section,
        table: table.key,
        ref: heading?.ref ?? null,
        data: {
          table: table.name,
          ...(messageId === "picture" && { pictures, numeral }),
          ...(messageId === "textBoxes" && { textBoxes, numeral }),
        },
      });
    }
  },
};
export default rule;

/**
 * The pictures and the text boxes with text in a section's body (from its heading to the next
 * heading); none when it is not found.
 */
function anchoredIn(context: RuleContext, key: SectionKey): { pictures: number; textBoxes: number } {
  const heading = context.sections.find((s) => s.key === key);
  if (!heading) return { pictures: 0, textBoxes: 0 };
  const next = Math.min(
    context.snapshot.blocks.length,
    ...context.sections.filter((s) => s.block > heading.block).map((s) => s.block),
  );
  let pictures = 0;
  let textBoxes = 0;
  for (let b = heading.block + 1; b < next; b++) {
    const block = context.snapshot.blocks[b];
    if (block.kind !== "paragraph") continue;
    pictures += block.pictures ?? 0;
    textBoxes += block.textBoxes ?? 0;
  }
  return { pictures, textBoxes };
}
