import { quoteParagraph, type ReportText, type TextParagraph } from "./report-text";

/** The paragraphs a clerk wrote as prose: not the section headings, not the signature. */
export function proseParagraphs(text: ReportText): readonly TextParagraph[] {
  return text.paragraphs.filter((p) => !p.heading && !p.signature);
}

/**
 * The paragraph as written, `width` characters either side of `text[from, to)`, with … where it
 * goes on: what a finding quotes so the clerk finds the place.
 */
export function around(p: TextParagraph, from: number, to: number, width = 8): string {
  const start = Math.max(0, from - width);
  const end = Math.min(p.text.length, to + width);
  return `${start > 0 ? "…" : ""}${quoteParagraph(p, start, end)}${end < p.text.length ? "…" : ""}`;
}

/** A Han character (the CJK blocks reports use). */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
