/**
 * A sum finding as a formula with both sides and the difference, the way tie-out tools show it:
 * "一(60) + 二(0) = 60，三（七）(61) + 四(0) = 61，差 1". Reads `data.terms`, `leftSum`,
 * `rightSum` and `diff`, which the engine fills for every sum rule.
 */
import type { Strings } from "./strings";

export interface FormulaTerm {
  readonly label: string;
  /** null, or `blank: true`, for a blank or placeholder cell counted as 0. */
  readonly value: number | null;
  readonly blank?: boolean;
}

interface SumData {
  readonly terms?: { readonly left?: readonly FormulaTerm[]; readonly right?: readonly FormulaTerm[] };
  readonly leftSum?: number;
  readonly rightSum?: number;
  readonly diff?: number;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const isBlank = (t: FormulaTerm) => t.blank === true || t.value === null;
const total = (terms: readonly FormulaTerm[]) => terms.reduce((n, t) => n + (t.value ?? 0), 0);

/** The formula text, or null when the finding is not a sum. */
export function formulaOf(data: Readonly<Record<string, unknown>>, s: Strings, zh: boolean): string | null {
  const { terms, leftSum, rightSum, diff } = data as SumData;
  if (!terms?.left?.length || !terms.right?.length) return null;
  const side = (list: readonly FormulaTerm[], sum: number) => {
    // a long sum names only its non-zero and blank terms, or it would not fit the pane
    const shown = list.length > 4 ? list.filter((t) => isBlank(t) || t.value !== 0) : list;
    const rest = list.length - shown.length;
    const parts = shown.map((t) => `${t.label}(${isBlank(t) ? s.blank : t.value})`);
    if (rest) parts.push(`${s.others(rest)}(0)`);
    return list.length > 1 ? `${parts.join(" + ")} = ${round(sum)}` : parts.join("");
  };
  const left = leftSum ?? total(terms.left);
  const right = rightSum ?? total(terms.right);
  const difference = round(Math.abs(diff ?? left - right));
  const sep = zh ? "，" : ", ";
  return [side(terms.left, left), side(terms.right, right), `${s.difference} ${difference}`].join(sep);
}
