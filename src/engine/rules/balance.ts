import { sumRule } from "./_lib/sum-rule";

/** R1, the 勾稽 note of table 三: 第一项加第二项之和，等于第三项加第四项之和, per column. */
export default sumRule("balance", {
  description: {
    zh: "表三每一列：一（本年新收）+ 二（上年结转）= 三（七）总计 + 四（结转下年度继续办理），即表头注明的勾稽关系。",
    en: "In every column of table 3: new + carried over = (7) total + carried forward (the note in the table's header).",
  },
  severity: "error",
  tags: ["table3", "totals"],
  basis: "R1",
  messages: {
    unequal: {
      zh: "{where}不满足勾稽关系：{formula}",
      en: "{whereEn}: new + carried over ≠ total + carried forward: {formulaEn}",
    },
    unequalWithBlanks: {
      zh: "{where}不满足勾稽关系（含空白单元格，按 0 计算）：{formula}",
      en: "{whereEn}: new + carried over ≠ total + carried forward (blank cells counted as 0): {formulaEn}",
    },
  },
});
