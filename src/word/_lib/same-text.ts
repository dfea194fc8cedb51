/**
 * Compares cell text as Word and the OOXML give it: whitespace, Word's end-of-cell mark (BEL),
 * manual line breaks and zero-width characters do not count, nor do the marks Word keeps in a
 * range's text for what is anchored there and the OOXML reader reads as no text:
 * - U+0005, a comment's reference mark (office-js#2114 on Windows, "by design"; #2258 on Mac):
 *   the add-in's own 批注 sit in exactly the cells it shaded, and a reviewer's may sit anywhere;
 * - U+0001 an inline picture or object, U+0002 a footnote or endnote reference, U+0008 a floating
 *   shape's anchor, U+0013/U+0014/U+0015 a field's begin, separator and end (its result stays);
 * - U+001F and U+00AD, an optional (soft) hyphen, shown only at a line's end.
 */
// eslint-disable-next-line no-control-regex -- these control characters are Word's marks in its text
const IGNORED = /[\s\u0001\u0002\u0005\u0007\u0008\u0013-\u0015\u001f\u00ad\u200b\ufeff]/g;

/** The text without what `sameText` does not count. */
export const bareText = (text: string): string => text.replace(IGNORED, "");

export const sameText = (a: string, b: string): boolean => bareText(a) === bareText(b);
