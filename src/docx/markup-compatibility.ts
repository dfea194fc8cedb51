/**
 * Markup compatibility (ECMA-376 Part 3, §10.2): of an `mc:AlternateContent`, Word shows the
 * first `mc:Choice` whose `Requires` namespaces it understands, else the `mc:Fallback`. A choice
 * that requires a namespace Word does not know is never shown; read as if it were, its text
 * would be what no reader of the document sees (a figure hidden behind the one Word shows).
 */

/** The namespaces Word 2016 and later understand in a `Requires`, and WPS writes. */
const UNDERSTOOD: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://schemas.openxmlformats.org/officeDocument/2006/math",
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  "urn:schemas-microsoft-com:vml",
  "urn:schemas-microsoft-com:office:office",
  "urn:schemas-microsoft-com:office:word",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  "http://schemas.microsoft.com/office/word/2010/wordml",
  "http://schemas.microsoft.com/office/word/2012/wordml",
  "http://schemas.microsoft.com/office/word/2015/wordml/symex",
  "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  "http://schemas.microsoft.com/office/word/2018/wordml",
  "http://schemas.microsoft.com/office/word/2018/wordml/cex",
  "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
  "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
  "http://schemas.microsoft.com/office/drawing/2010/main",
  "http://schemas.microsoft.com/office/drawing/2014/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/ink",
  "http://schemas.microsoft.com/office/drawing/2017/model3d",
  "http://schemas.microsoft.com/office/drawing/2010/chartDrawing",
  "http://schemas.microsoft.com/office/drawing/2012/chart",
]);

/** What a choice that Word would not show is named in the reader's and the writer's trees. */
export const SKIPPED_CHOICE = "mc:SkippedChoice";

/**
 * Whether Word shows an `mc:Choice` with this `Requires` (prefixes, space-separated), each
 * prefix resolved where the choice stands (`uriOf`). An empty or absent `Requires` requires nothing.
 */
export function understoodChoice(
  requires: string | undefined,
  uriOf: (prefix: string) => string | undefined,
): boolean {
  for (const prefix of (requires ?? "").split(/\s+/)) {
    if (!prefix) continue;
    const uri = uriOf(prefix);
    if (uri === undefined || !UNDERSTOOD.has(uri)) return false;
  }
  return true;
}
