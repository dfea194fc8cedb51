import { sumRule } from "./_lib/sum-rule";

/** R2: in table 三 the （七）总计 row equals the sum of the results （一）–（六） in every column. */
export default sumRule("grand-total", {
  description: {
    zh: "表三“（七）总计”应等于（一）至（六）各项办理结果之和，每一列都要成立。",
    en: "In table 3, row (7) Total equals the sum of the results (1)–(6), in every column.",
  },
  severity: "error",
  tags: ["table3", "totals"],
  basis: "R2",
  messages: {
    unequal: {
      zh: "{where}“（七）总计”与各项办理结果之和不符：{formula}",
      en: "{whereEn}: (7) Total differs from the sum of results: {formulaEn}",
    },
    unequalWithBlanks: {
      zh: "{where}“（七）总计”与各项办理结果之和不符（含空白单元格，按 0 计算）：{formula}",
      en: "{whereEn}: (7) Total differs from the sum of results (blank cells counted as 0): {formulaEn}",
    },
  },
});
