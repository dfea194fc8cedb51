import { cellRule } from "./_lib/cell-rule";

/** R6: counts and amounts are never negative (only the 2019 format's 本年增/减 may be). */
export default cellRule(
  "cell-negative",
  {
    description: { zh: "件数和金额不能为负数。", en: "Counts and amounts cannot be negative." },
    severity: "error",
    tags: ["cells"],
    basis: "R6",
    messages: { negative: { zh: "{cell}为负数（{text}）。", en: "{cell} is negative ({text})." } },
  },
  (cell, column) =>
    cell.value.kind === "number" && cell.value.value < 0 && column.kind !== "signed-count"
      ? { messageId: "negative", actual: cell.value.value }
      : undefined,
);
