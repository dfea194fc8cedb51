/**
 * Word's `paragraph.outlineLevel` as the reader's level (0–8), or undefined for body text. The
 * docs are silent on its numbering beyond desktop Word (audit §2.3): desktop gives 1–9 for
 * headings and 10 for body text; a Word numbering as `w:outlineLvl` does would give 0–8 and 9. A
 * report always has body text, so the document's own values show which: a 0, or 9s and no 10.
 */
export function outlineLevelsOf(reported: readonly number[]): (level: number) => number | undefined {
  const fromZero = reported.includes(0) || (reported.includes(9) && !reported.includes(10));
  return fromZero
    ? (level) => (level >= 0 && level <= 8 ? level : undefined)
    : (level) => (level >= 1 && level <= 9 ? level - 1 : undefined);
}
