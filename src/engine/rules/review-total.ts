import { holdsTotalsAlone } from "../tables/filling";
import { sumRule } from "./_lib/sum-rule";

/** R5: in table 四 each group's 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export default sumRule(
  "review-total",
  {
    description: {
      zh: "表四行政复议、未经复议直接起诉、复议后起诉三组中，“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。",
      en: "In table 4, each group's total equals maintained + corrected + other + pending.",
    },
    severity: "error",
    tags: ["table4", "totals"],
    basis: "R5",
    messages: {
      unequal: { zh: "{where}总计不符：{formula}", en: "{whereEn}: the total does not add up: {formulaEn}" },
      unequalWithBlanks: {
        zh: "{where}总计不符（含空白单元格，按 0 计算）：{formula}",
        en: "{whereEn}: the total does not add up (blank cells counted as 0): {formulaEn}",
      },
    },
  },
  holdsTotalsAlone,
);
