/**
 * Small builders for the WordprocessingML we write. Elements come out in the order the schema
 * requires (Word refuses a file whose properties are out of order).
 */
import { escapeAttr, escapeText } from "./xml-text";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Fonts of 公文 practice (GB/T 9704): 方正小标宋 titles, 黑体 headings, 仿宋 text, 宋体 tables. */
export const FONTS = {
  title: "方正小标宋简体",
  heading: "黑体",
  body: "仿宋_GB2312",
  table: "宋体",
  latin: "Times New Roman",
} as const;

/** Font sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt. */
export const SIZES = { title: 44, body: 32, table: 21 } as const;

export interface RunFormat {
  /** East Asian font; Latin text uses Times New Roman. */
  readonly font?: string;
  /** Half-points. */
  readonly size?: number;
  readonly bold?: boolean;
}

/** `w:rPr` for the format, or "" when it sets nothing. */
export function runProps(format: RunFormat = {}): string {
  const parts: string[] = [];
  if (format.font)
    parts.push(
      `<w:rFonts w:ascii="${FONTS.latin}" w:hAnsi="${FONTS.latin}" w:eastAsia="${escapeAttr(format.font)}" w:cs="${FONTS.latin}"/>`,
    );
  if (format.bold) parts.push("<w:b/><w:bCs/>");
  if (format.size) parts.push(`<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>`);
  return parts.length ? `<w:rPr>${parts.join("")}</w:rPr>` : "";
}

/** One run of text; line breaks in `text` become `w:br`. */
export function run(text: string, format: RunFormat = {}): string {
  const pieces = text
    .split("\n")
    .map((line) => (line ? `<w:t xml:space="preserve">${escapeText(line)}</w:t>` : ""));
  return `<w:r>${runProps(format)}${pieces.join("<w:br/>")}</w:r>`;
}

export interface ParagraphFormat {
  readonly style?: string;
  readonly keepNext?: boolean;
  /** Line spacing in twips, exact; single spacing when absent. */
  readonly lineExact?: number;
  /** Space before and after, in twips (0 by default). */
  readonly before?: number;
  readonly after?: number;
  /** First-line indent in characters (2 for body text); 0 removes an indent the style may have. */
  readonly firstLineChars?: number;
  readonly align?: "left" | "center" | "right" | "both";
  /** Format of the paragraph mark (what Word gives text typed at the end). */
  readonly mark?: RunFormat;
}

/** `w:pPr` for the format. */
export function paragraphProps(format: ParagraphFormat = {}): string {
  const parts: string[] = [];
  if (format.style) parts.push(`<w:pStyle w:val="${escapeAttr(format.style)}"/>`);
  if (format.keepNext) parts.push("<w:keepNext/>");
  const spacing = [
    `w:before="${format.before ?? 0}"`,
    `w:after="${format.after ?? 0}"`,
    format.lineExact ? `w:line="${format.lineExact}" w:lineRule="exact"` : `w:line="240" w:lineRule="auto"`,
  ];
  parts.push(`<w:spacing ${spacing.join(" ")}/>`);
  if (format.firstLineChars !== undefined) {
    const chars = format.firstLineChars;
    // a character is the font size wide: 2 characters of 三号 are 640 twips
    const twips = Math.round(chars * ((format.mark?.size ?? SIZES.body) / 2) * 20);
    parts.push(`<w:ind w:firstLineChars="${chars * 100}" w:firstLine="${twips}"/>`);
  }
  if (format.align) parts.push(`<w:jc w:val="${format.align}"/>`);
  parts.push(runProps(format.mark));
  return `<w:pPr>${parts.join("")}</w:pPr>`;
}

/** A paragraph holding the given runs (already built). */
export function paragraph(runs: string, format: ParagraphFormat = {}): string {
  return `<w:p>${paragraphProps(format)}${runs}</w:p>`;
}
