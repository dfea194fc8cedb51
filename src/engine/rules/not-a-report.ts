import type { Rule, RuleContext } from "../rule";
import type { DocumentSnapshot } from "../types";

/**
 * True when the document has something of an annual report: a section heading or a report
 * table. Without either, check() runs this rule alone, so a wrong file gets one finding that
 * says so instead of six section-missing and three table-missing errors.
 */
export function looksLikeReport(context: Pick<RuleContext, "sections" | "tables">): boolean {
  return context.sections.length > 0 || context.tables.size > 0;
}

interface Contents {
  readonly characters: number;
  readonly latin: number;
  readonly han: number;
  readonly tables: number;
  readonly pictures: number;
  readonly textBoxes: number;
}

/**
 * What the document holds: its visible characters (cells included), tables, pictures and the
 * text boxes with text.
 */
function contents(snapshot: DocumentSnapshot): Contents {
  let characters = 0;
  let latin = 0;
  let han = 0;
  let tables = 0;
  let pictures = 0;
  let textBoxes = 0;
  const count = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c <= 0x20 || c === 0x3000 || c === 0xa0) continue;
      characters++;
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
      else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    }
  };
  for (const block of snapshot.blocks) {
    if (block.kind === "paragraph") {
      count(`${block.listText ?? ""}${block.text}`);
      pictures += block.pictures ?? 0;
      textBoxes += block.textBoxes ?? 0;
    } else {
      tables++;
      for (const cell of block.cells) count(cell.text);
    }
  }
  return { characters, latin, han, tables, pictures, textBoxes };
}

/** Fewer visible characters than a title line: a document that is, for checking, empty. */
const ALMOST_NOTHING = 10;

/**
 * A file that is not an annual report at all: an empty document, a scan, a report in English,
 * another document chosen by mistake. Said once, and plainly.
 */
const rule: Rule = {
  id: "not-a-report",
  meta: {
    description: {
      zh: "文档中应能找到年度报告的部分标题或统计表；一样都没有的文件不是（或还不是）政府信息公开工作年度报告。",
      en: "The document must have a section heading or a statistical table of the report; a file with neither is not a disclosure annual report.",
    },
    severity: "error",
    tags: ["sections", "tables"],
    basis: "条例第五十条；国办公开办函〔2021〕30号",
    messages: {
      empty: {
        zh: "文档是空的：没有文字、表格或图片。请确认选择了年度报告文件。",
        en: "The document is empty: no text, tables or pictures. Make sure the annual report was chosen.",
      },
      textBoxes: {
        zh: "文字都在文本框里（{textBoxes} 个），正文几乎没有段落和表格：这通常是由 PDF 转换来的文件，段落和表格已被拆散，无法检查。请使用报告的 Word 原稿，或在 WPS、Word 中将 PDF 转换为可编辑的段落和表格后再检查。",
        en: "The text is all in text boxes ({textBoxes}), with almost no paragraphs or tables in the body: usually a PDF turned into Word, its paragraphs and tables broken apart, which cannot be checked. Please use the report's Word original, or convert the PDF in WPS or Word into editable paragraphs and tables first.",
      },
      scanned: {
        zh: "文档中只有图片（{pictures} 张），几乎没有文字，可能是扫描件或截图，无法检查。请使用报告的 Word 原稿（文字和表格可以编辑的文件）。",
        en: "The document holds only pictures ({pictures}) and almost no text: probably a scan or screenshots, which cannot be checked. Please use the report's Word original.",
      },
      english: {
        zh: "没有找到年度报告的任何部分标题或统计表。文档主要是英文；本工具检查按国办公开办函〔2021〕30号格式撰写的中文年度报告。",
        en: "No section heading or statistical table of the report was found. The document is mostly in English; this checker reads Chinese reports in the 2021 national format.",
      },
      other: {
        zh: "没有找到年度报告的任何部分标题（如“一、总体情况”）或统计表，这份文件看起来不是政府信息公开工作年度报告。请确认选择了正确的文件。",
        en: "No section heading (such as 一、总体情况) or statistical table of the report was found: this does not look like a government information disclosure annual report. Make sure the right file was chosen.",
      },
    },
  },
  check(context) {
    if (looksLikeReport(context)) return;
    const found = contents(context.snapshot);
    const data = {
      characters: found.characters,
      tables: found.tables,
      pictures: found.pictures,
      textBoxes: found.textBoxes,
    };
    // text boxes before pictures: a converted PDF draws its tables' lines as shapes beside them
    const messageId =
      found.characters < ALMOST_NOTHING
        ? found.textBoxes > 0
          ? "textBoxes"
          : found.pictures > 0
            ? "scanned"
            : found.characters === 0 && found.tables === 0
              ? "empty"
              : "other"
        : found.latin >= 50 && found.latin > 4 * found.han
          ? "english"
          : "other";
    context.report({ messageId, data });
  },
};
export default rule;
