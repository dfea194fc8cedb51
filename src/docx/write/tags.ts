import type { SectionKey, TableKey } from "../../engine/types";

/**
 * The tags of the content controls we put into a document, so a standard table or an inserted
 * section can be found again (after reopening, after edits). One encoder and one parser, shared
 * by src/docx (files) and src/word (Office.js): never build or split a tag anywhere else.
 */
export const TAG_PREFIX = "report-check";

export type ContentTag =
  | { readonly kind: "table"; readonly table: TableKey }
  | { readonly kind: "section"; readonly section: SectionKey };

/**
 * @example encodeTag({ kind: "table", table: "table3" }) //=> "report-check/table/table3"
 */
export function encodeTag(tag: ContentTag): string {
  return tag.kind === "table" ? `${TAG_PREFIX}/table/${tag.table}` : `${TAG_PREFIX}/section/${tag.section}`;
}

/** The tag's meaning, or null for a tag that is not ours (or names nothing we know). */
export function parseTag(tag: string | null | undefined): ContentTag | null {
  const m = /^report-check\/(table|section)\/([a-z0-9_]+)$/.exec(tag ?? "");
  if (!m) return null;
  if (m[1] === "table" && /^table[234]$/.test(m[2])) return { kind: "table", table: m[2] as TableKey };
  if (m[1] === "section" && /^s[1-6]$/.test(m[2])) return { kind: "section", section: m[2] as SectionKey };
  return null;
}
