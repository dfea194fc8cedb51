/** Where `byte` next occurs in a part's bytes at or after `from` (at least 0); -1 nowhere. */
export type ByteIndexOf = (byte: number, from: number) => number;

/**
 * The host's own search for a byte, where it has one (node's Buffer.indexOf, set by the CLI):
 * memchr, where a typed array's indexOf reads byte by byte. `view` makes one over a part's bytes.
 * A word is searched by its rarest letter (see rareCharacter): node's own search for a word of
 * six letters stops at each of its first letter, "v" and "r" of the thousands of `w:val` and
 * `w:r` in a part, and looking for "vanish" and "rStyle" in a Word-markup report's document.xml
 * took 164 µs that way, 44 µs by "h" and "S" (40 µs and 17 µs in a LibreOffice copy's).
 */
let hostByteSearch: ((data: Uint8Array) => ByteIndexOf) | undefined;

/** Searches bytes with `view` from now on (undefined: a typed array's indexOf, as in the browser). */
export function useByteSearch(view: ((data: Uint8Array) => ByteIndexOf) | undefined): void {
  hostByteSearch = view;
}

/** The search for a byte in `data`: the host's, else the typed array's own. */
const byteSearch = (data: Uint8Array): ByteIndexOf =>
  hostByteSearch ? hostByteSearch(data) : (byte, from) => data.indexOf(byte, from);

/** Where the ASCII `word` next occurs in the bytes at or after `from`; -1 nowhere. */
export function indexOfWord(data: Uint8Array, word: string, from: number): number {
  return indexOfWordBy(byteSearch(data), data, word, Math.max(0, from));
}

function indexOfWordBy(find: ByteIndexOf, data: Uint8Array, word: string, from: number): number {
  // searched by a rare character of the word: "r" and "v" start thousands of names and values
  // in a part ("w:r", "w:val"); a capital, an "x" or a last letter far fewer
  const anchor = rareCharacter(word);
  const code = word.charCodeAt(anchor);
  for (let at = find(code, from + anchor); at >= 0; at = find(code, at + 1)) {
    let i = 0;
    while (i < word.length && data[at - anchor + i] === word.charCodeAt(i)) i++;
    if (i === word.length) return at - anchor;
  }
  return -1;
}

/** The index of the word's first capital letter, else of its "x", else of its last character. */
function rareCharacter(word: string): number {
  const capital = word.search(/[A-Z]/);
  if (capital >= 0) return capital;
  const x = word.indexOf("x");
  return x >= 0 ? x : word.length - 1;
}

/**
 * Whether bytes hold either of two short ASCII words: each searched by its rare letter where
 * the host searches bytes, else one pass here (Horspool's search: the byte at the end of each
 * window says how far the window may move). In a report's document.xml that pass reads about a
 * third of the bytes once, where a typed array's search by each word's rare letter read every
 * byte twice and stopped at some 1,500 "h"s for "vanish".
 */
export function eitherWordSearch(one: string, other: string): (data: Uint8Array) => boolean {
  const here = eitherWordHere(one, other);
  return (data) => {
    if (!hostByteSearch) return here(data);
    const find = hostByteSearch(data);
    return indexOfWordBy(find, data, one, 0) >= 0 || indexOfWordBy(find, data, other, 0) >= 0;
  };
}

function eitherWordHere(one: string, other: string): (data: Uint8Array) => boolean {
  const first = asciiBytes(one);
  const second = asciiBytes(other);
  // the window is as long as the shorter word; the longer is checked whole where it starts
  const span = Math.min(first.length, second.length);
  const skip = skipTable([first, second], span);
  const firstEnd = first[span - 1];
  const secondEnd = second[span - 1];
  return (data) => {
    for (let end = span - 1; end < data.length; end += skip[data[end]]) {
      const last = data[end];
      const start = end - span + 1;
      if (last === firstEnd && startsAt(data, first, start)) return true;
      if (last === secondEnd && startsAt(data, second, start)) return true;
    }
    return false;
  };
}

function asciiBytes(word: string): Uint8Array {
  return Uint8Array.from(word, (letter) => letter.charCodeAt(0));
}

/**
 * How far a window may move given its last byte: to the nearest place where that byte is in
 * either word's first `span` bytes (its last excepted), else past it whole. Capped at 255 so
 * the table fits in bytes; a shorter move is never wrong.
 */
function skipTable(words: readonly Uint8Array[], span: number): Uint8Array {
  const skip = new Uint8Array(256).fill(Math.min(span, 255));
  for (const word of words) {
    for (let i = 0; i < span - 1; i++) skip[word[i]] = Math.min(skip[word[i]], span - 1 - i);
  }
  return skip;
}

function startsAt(data: Uint8Array, word: Uint8Array, start: number): boolean {
  let i = word.length - 1;
  while (i >= 0 && data[start + i] === word[i]) i--;
  return i < 0;
}
