/** Where the ASCII `word` next occurs in `data` at or after `from` (at least 0); -1 nowhere. */
export type WordIndexOf = (data: Uint8Array, word: string, from: number) => number;

/**
 * The host's own search, where it has one (node's Buffer.indexOf, set by the CLI): a native
 * search reads a report's document.xml two to three times as fast as the loops here, and runs at
 * that speed from the first part on, where a loop runs slowly until V8 has compiled it.
 */
let hostIndexOf: WordIndexOf | undefined;

/** Searches with `search` from now on (undefined: the loops here, as in the browser). */
export function useWordSearch(search: WordIndexOf | undefined): void {
  hostIndexOf = search;
}

/** Where the ASCII `word` next occurs in the bytes at or after `from`; -1 nowhere. */
export function indexOfWord(data: Uint8Array, word: string, from: number): number {
  const start = Math.max(0, from);
  return hostIndexOf ? hostIndexOf(data, word, start) : indexOfWordHere(data, word, start);
}

function indexOfWordHere(data: Uint8Array, word: string, from: number): number {
  // searched by a rare character of the word: "r" and "v" start thousands of names and values
  // in a part ("w:r", "w:val"); a capital, an "x" or a last letter far fewer
  const anchor = rareCharacter(word);
  const code = word.charCodeAt(anchor);
  for (let at = data.indexOf(code, from + anchor); at >= 0; at = data.indexOf(code, at + 1)) {
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
 * Whether bytes hold either of two short ASCII words: the host's search for each where it has
 * one, else one pass here (Horspool's search: the byte at the end of each window says how far
 * the window may move). In a report's document.xml that pass reads about a third of the bytes
 * once, where a search by each word's rare letter read every byte twice and stopped at some
 * 1,500 "h"s for "vanish".
 */
export function eitherWordSearch(one: string, other: string): (data: Uint8Array) => boolean {
  const here = eitherWordHere(one, other);
  return (data) =>
    hostIndexOf ? hostIndexOf(data, one, 0) >= 0 || hostIndexOf(data, other, 0) >= 0 : here(data);
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
