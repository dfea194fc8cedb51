import { holdsTotalsAlone } from "../tables/filling";
import { sumRule } from "./_lib/sum-rule";

/** R3: in table 三 every row's 总计 equals the sum of the six applicant columns. */
export default sumRule(
  "row-total",
  {
    description: {
      zh: "表三每一行的“总计”应等于自然人与五类法人或其他组织之和。",
      en: "In table 3, each row's total equals the sum of its six applicant columns.",
    },
    severity: "error",
    tags: ["table3", "totals"],
    basis: "R3",
    messages: {
      unequal: { zh: "{where}合计不符：{formula}", en: "{whereEn}: the total does not add up: {formulaEn}" },
      unequalWithBlanks: {
        zh: "{where}合计不符（含空白单元格，按 0 计算）：{formula}",
        en: "{whereEn}: the total does not add up (blank cells counted as 0): {formulaEn}",
      },
    },
  },
  holdsTotalsAlone,
);
