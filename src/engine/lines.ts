import type { DocumentSnapshot, HostRef, SnapshotBlock, SnapshotParagraph } from "./types";

/**
 * A manual line break (Shift+Enter, a web page's <br> pasted into Word): "\n" from the .docx
 * reader, "\v" or "\r" from Word's own paragraph text, the Unicode line and paragraph separators.
 */
const LINE_BREAK = /[\n\v\r\u2028\u2029]/;
const LINE_BREAKS = new RegExp(`${LINE_BREAK.source}+`);

/**
 * The snapshot with each line of a paragraph as a paragraph of its own, as the engine reads a
 * report. Text pasted from a web page or a PDF often keeps a whole section, headings and all, in
 * one paragraph broken by manual line breaks: read as one paragraph, its headings were not
 * headings and its sections were reported missing. The first line keeps the paragraph's own
 * ref and everything the host counted; each later line gets the ref with `line` (1, 2, …), so
 * a finding still leads to its paragraph while nothing is written at a paragraph's start on a
 * later line's behalf. Blank later lines are left out. The snapshot itself when no paragraph
 * holds a break.
 */
export function linesAsParagraphs(snapshot: DocumentSnapshot): DocumentSnapshot {
  if (!snapshot.blocks.some((b) => b.kind === "paragraph" && LINE_BREAK.test(b.text))) return snapshot;
  const blocks: SnapshotBlock[] = [];
  for (const block of snapshot.blocks) {
    if (block.kind === "paragraph" && LINE_BREAK.test(block.text)) blocks.push(...lines(block));
    else blocks.push(block);
  }
  return { ...snapshot, blocks };
}

function lines(paragraph: SnapshotParagraph): SnapshotParagraph[] {
  const [first, ...rest] = paragraph.text.split(LINE_BREAKS);
  const later = rest.flatMap((text, i): SnapshotParagraph[] =>
    text.trim()
      ? [
          {
            kind: "paragraph",
            text,
            ...(paragraph.style !== undefined ? { style: paragraph.style } : {}),
            ...(paragraph.outlineLevel !== undefined ? { outlineLevel: paragraph.outlineLevel } : {}),
            ref: { ...paragraph.ref, line: i + 1 },
          },
        ]
      : [],
  );
  return [{ ...paragraph, text: first }, ...later];
}

/** Whether a ref points at a later line of a paragraph (see linesAsParagraphs), not at its start. */
export const isLaterLine = (ref: HostRef): boolean => ref.line !== undefined;
