/**
 * Calls `found` with each match of a global pattern, as `text.matchAll(re)` gives them, for a
 * pattern that cannot match empty text. matchAll copies the pattern at every call, and on a
 * paragraph the copy cost more than the search.
 */
export function eachMatch(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new Error(`eachMatch needs a global pattern: ${re.source}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found(m);
}
