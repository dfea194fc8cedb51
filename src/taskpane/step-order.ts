/**
 * 上一个/下一个: the findings that have a place, in the order a reader meets them in the document
 * (block, then row, then cell), whatever order the list groups them in.
 */
import type { CheckResult, DocumentSnapshot, HostRef } from "../engine";
import { findingTarget } from "../word/plan-marks";

const position = (blocks: DocumentSnapshot["blocks"], ref: HostRef): number[] => {
  const key = typeof ref.p === "number" ? "p" : "t";
  const block = blocks.findIndex((b) => b.ref[key] === ref[key]);
  const at = (n: unknown) => (typeof n === "number" ? n : -1);
  return [block < 0 ? blocks.length : block, at(ref.tr), at(ref.tc)];
};

/** The indices of `indices` (findings of `result`) that have a place, in document order. */
export function stepOrder(
  result: CheckResult,
  snapshot: DocumentSnapshot,
  indices: readonly number[],
): number[] {
  const placed = indices.flatMap((index) => {
    const ref = findingTarget(result, index);
    return ref ? [{ index, at: position(snapshot.blocks, ref) }] : [];
  });
  placed.sort((a, b) => {
    for (let i = 0; i < a.at.length; i++) if (a.at[i] !== b.at[i]) return a.at[i] - b.at[i];
    return a.index - b.index;
  });
  return placed.map((p) => p.index);
}

/** The next (step 1) or previous (step -1) place after `current`, wrapping round. */
export function stepFrom(order: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (!order.length) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}
