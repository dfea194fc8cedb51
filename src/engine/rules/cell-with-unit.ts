import { cellRule } from "./_lib/cell-rule";

/** "12件", "12（件）", "17次": the figure is read, but the unit belongs in the header, not the cell. */
export default cellRule(
  "cell-with-unit",
  {
    description: {
      zh: "数值单元格中只填数字，单位（件、万元等）已在表头中规定，不应写在格内。",
      en: "A value cell holds the figure only; its unit (件, 万元…) is given by the header.",
    },
    severity: "warning",
    tags: ["cells"],
    basis: "R6",
    fixable: "fix",
    messages: {
      unit: {
        zh: "{cell}填写的“{text}”带有单位“{unit}”，已按 {value} 读取；格内应只填数字。",
        en: "{cell} holds “{text}” with the unit “{unit}”; read as {value}. The cell should hold the number only.",
      },
      converted: {
        zh: "{cell}填写的“{text}”以“{unit}”为单位，本列单位为万元，已换算为 {value} 万元；格内应只填以万元计的数字。",
        en: "{cell} holds “{text}” in {unit}; the column is in 10,000 yuan, so it was read as {value}. The cell should hold the figure in 10,000 yuan only.",
      },
    },
  },
  (cell, column) =>
    cell.value.kind === "number" && cell.value.unit
      ? {
          messageId: column.unit === "万元" && cell.value.unit === "元" ? "converted" : "unit",
          actual: cell.text.trim(),
          expected: cell.value.value,
          data: { unit: cell.value.unit, value: cell.value.value },
          fix: { op: "set-cell", at: cell.key, ref: cell.ref, from: cell.text, to: String(cell.value.value) },
        }
      : undefined,
);
