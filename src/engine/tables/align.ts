/** What leaving a template row unmatched costs: a row the document lacks. */
export const MISSING_ROW_COST = 2;

/**
 * Aligns document rows with template rows, keeping both in order: the best-scoring monotone
 * matching, where a document row may be extra (`skipRow`) and a template row may be missing.
 * O(n·m) for n document rows and m template rows, and m is fixed by the format.
 * @returns for each template row, the index of its document row or -1.
 */
export function alignRows(
  n: number,
  m: number,
  score: (docRow: number, templateRow: number) => number,
  skipRow: (docRow: number) => number,
): number[] {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const move = new Uint8Array((n + 1) * width); // 1 skip doc row, 2 skip template row, 3 match
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i * width + j];
      if (here === -Infinity) continue;
      if (i < n) relax(best, move, (i + 1) * width + j, here + skipRow(i), 1);
      if (j < m) relax(best, move, i * width + j + 1, here - MISSING_ROW_COST, 2);
      if (i < n && j < m) {
        const s = score(i, j);
        if (s > -Infinity) relax(best, move, (i + 1) * width + j + 1, here + s, 3);
      }
    }
  }
  const matched = new Array<number>(m).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = move[i * width + j];
    if (step === 3) matched[--j] = --i;
    else if (step === 2) j--;
    else i--;
  }
  return matched;
}

/**
 * Binds, out of order, template rows the ordered alignment left unmatched whose label exactly one
 * document row left over carries: a row written out of the format's order (（五）1 after （五）3,
 * （七）总计 after 四、结转) is still that row, not a missing one. `labelled(i)` is the template row
 * document row i names by its label, or -1. Updates `matched`; returns the template rows so bound.
 */
export function bindOutOfOrder(matched: number[], n: number, labelled: (docRow: number) => number): number[] {
  const used = new Set(matched);
  const candidates = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const j = labelled(i);
    if (used.has(i) || j < 0 || matched[j] >= 0) continue;
    const list = candidates.get(j);
    if (list) list.push(i);
    else candidates.set(j, [i]);
  }
  const moved: number[] = [];
  for (const [j, rows] of candidates) {
    if (rows.length !== 1) continue;
    matched[j] = rows[0];
    moved.push(j);
  }
  return moved.sort((a, b) => a - b);
}

function relax(best: Float64Array, move: Uint8Array, at: number, value: number, step: number): void {
  if (value > best[at]) {
    best[at] = value;
    move[at] = step;
  }
}

/**
 * Template rows left unmatched before the last matched one. A table cut short says nothing
 * about the rows after the cut, so they do not count when choosing between formats.
 */
export function missingBefore(matched: readonly number[]): number {
  const last = matched.reduce((at, doc, j) => (doc >= 0 ? j : at), -1);
  return matched.slice(0, last + 1).filter((doc) => doc < 0).length;
}
