/**
 * What to do with the paragraph that ends an insertion (pure). Word may leave one after the
 * content: the empty paragraph an insertion starts from stays after a table, "Replace" adds one
 * (office-js-docs#874), a new paragraph continues the anchor's list. It is ours (everything
 * between the place and what follows it is), so an empty one is removed where a paragraph
 * follows anyway, and one that took a list number is taken out of the list.
 */

/** What follows the place of an insertion. */
export type FollowedBy = "paragraph" | "table" | "nothing";

export type TrailingAction = "delete" | "detach" | "none";

/** The paragraph that ends the inserted content, as read back. */
export interface TrailingParagraph {
  readonly text: string;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
}

export function trailingAction(last: TrailingParagraph, followedBy: FollowedBy): TrailingAction {
  // the content ends with its table's last cell: nothing was left after it
  if (last.tableNestingLevel > 0) return "none";
  // a table after it or the document's end needs a paragraph there: keep it, out of any list
  if (last.text.trim() === "" && followedBy === "paragraph") return "delete";
  return last.isListItem ? "detach" : "none";
}
