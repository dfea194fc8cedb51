import type { CellKey, SectionKey } from "../../engine/types";
import { sectionBoilerplate, type FormatTemplate } from "../../template";
import { FONTS, paragraph, run, SIZES } from "./ooxml";
import { STYLE_IDS } from "./package";
import { standardTable } from "./standard-table";

/** How to write the paragraphs of a section: its heading and its body text, as OOXML. */
export interface ParagraphWriter {
  heading(text: string): string;
  body(text: string): string;
}

/** Paragraphs in the report template's own styles (heading 1, Normal). */
export const templateWriter: ParagraphWriter = {
  heading: (text) => paragraph(run(text), { style: STYLE_IDS.heading1, keepNext: true, firstLineChars: 2 }),
  body: (text) => paragraph(run(text)),
};

/**
 * Paragraphs with direct 公文 formatting and no style, for documents whose styles we do not know
 * (黑体 三号 headings, 仿宋 三号 text with a two-character indent, 28 pt lines).
 */
export const directWriter: ParagraphWriter = {
  heading: (text) =>
    paragraph(run(text, { font: FONTS.heading, size: SIZES.body }), {
      keepNext: true,
      lineExact: 560,
      firstLineChars: 2,
      mark: { font: FONTS.heading, size: SIZES.body },
    }),
  body: (text) =>
    paragraph(run(text, { font: FONTS.body, size: SIZES.body }), {
      lineExact: 560,
      firstLineChars: 2,
      align: "both",
      mark: { font: FONTS.body, size: SIZES.body },
    }),
};

/** The heading of a section as the format writes it, e.g. "四、政府信息公开行政复议、行政诉讼情况". */
export function sectionHeading(format: FormatTemplate, key: SectionKey): string {
  const section = format.sections.find((s) => s.key === key)!;
  return `${section.numeral}、${section.title}`;
}

/**
 * One section of a blank report as OOXML: its heading, its boilerplate with 【请填写】
 * placeholders and, for 二/三/四, its zero-filled standard table followed by an empty paragraph
 * (a table needs a paragraph after it, and two tables with nothing between would join).
 */
export function sectionBlocks(format: FormatTemplate, key: SectionKey, options: SectionOptions = {}): string {
  const writer = options.writer ?? templateWriter;
  const table = format.tables.find((t) => t.section === key);
  const value = options.value;
  return [
    options.heading === null ? "" : writer.heading(options.heading ?? sectionHeading(format, key)),
    ...sectionBoilerplate[key].map((text) => writer.body(text)),
    ...(table
      ? [
          standardTable(
            table,
            value ? { value: (row, column) => value({ table: table.key, row, column }) } : {},
          ),
          ...(options.endWithTable ? [] : [emptyParagraph()]),
        ]
      : []),
  ].join("");
}

export interface SectionOptions {
  /** How to write headings and body text; the report template's styles by default. */
  readonly writer?: ParagraphWriter;
  /** The heading text; the format's numbered title by default; null for none (the body alone). */
  readonly heading?: string | null;
  /** No empty paragraph after the table: where it goes, a paragraph follows anyway (Word insertions). */
  readonly endWithTable?: boolean;
  /** A value cell's text; undefined writes 0. */
  readonly value?: (cell: CellKey) => string | undefined;
}

/** An empty paragraph without indent, as after a table. */
export const emptyParagraph = (): string => paragraph("", { firstLineChars: 0 });

export interface ReportTemplateOptions {
  /** The format; the one `year` calls for by default. */
  readonly format?: FormatTemplate;
  /** A value cell's text; undefined writes 0. */
  readonly value?: (cell: CellKey) => string | undefined;
}
