import { cellRule } from "./_lib/cell-rule";

/** R6: counts are whole numbers; only 本年收费金额（万元） may have decimals. */
export default cellRule(
  "cell-not-integer",
  {
    description: {
      zh: "件数必须是整数；只有“本年收费金额（单位：万元）”可以有小数。",
      en: "Counts must be whole numbers; only the fee amount (10,000 yuan) may have decimals.",
    },
    severity: "error",
    tags: ["cells"],
    basis: "R6",
    messages: {
      fraction: { zh: "{cell}应为整数，填写的是 {text}。", en: "{cell} must be a whole number, not {text}." },
    },
  },
  (cell, column) =>
    cell.value.kind === "number" && !Number.isInteger(cell.value.value) && column.kind !== "amount"
      ? { messageId: "fraction", actual: cell.value.value }
      : undefined,
);
