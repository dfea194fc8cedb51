import leven from "leven";

/** Dice coefficient of the character bigrams of two label keys, 0 (nothing shared) to 1 (equal). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  // the best possible score is bounded by the shorter string: skip the count when it is low
  if ((2 * Math.min(a.length, b.length) - 2) / (a.length + b.length - 2) < 0.5) return 0;
  const counts = new Map(bigrams(a));
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const gram = b.slice(i, i + 2);
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(gram, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

const known = new Map<string, ReadonlyMap<string, number>>();

/** Bigram counts of a string; the first argument of `similarity` is usually a template label. */
function bigrams(text: string): ReadonlyMap<string, number> {
  let counts = known.get(text);
  if (!counts) {
    const built = new Map<string, number>();
    for (let i = 0; i < text.length - 1; i++) {
      const gram = text.slice(i, i + 2);
      built.set(gram, (built.get(gram) ?? 0) + 1);
    }
    if (known.size >= 5000) known.clear();
    known.set(text, (counts = built));
  }
  return counts;
}

/**
 * Edit similarity of two label keys: 1 minus the Levenshtein distance over the longer length.
 * Unlike bigrams it stays high for a one-character slip in a short title (总休情况 ~ 总体情况: 0.75).
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - leven(a, b) / longer;
}
