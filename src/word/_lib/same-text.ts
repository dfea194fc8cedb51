/**
 * Compares cell text as Word and the OOXML give it: whitespace, Word's end-of-cell mark (BEL),
 * manual line breaks and zero-width characters do not count.
 */
// eslint-disable-next-line no-control-regex -- \u0007 is Word's end-of-cell mark in Table.values
const IGNORED = /[\s\u0007\u200b\ufeff]/g;

export const sameText = (a: string, b: string): boolean => a.replace(IGNORED, "") === b.replace(IGNORED, "");
