import { toHalfWidth } from "../normalise";
import { MAX_DIGITS, parseCellValue, unitOutOfColumn } from "../values";
import { cellRule } from "./_lib/cell-rule";
import { isTemplateMask } from "../_lib/cell-marks";

/** Text where a figure belongs: no sum that includes it can be checked. */
export default cellRule(
  "cell-not-number",
  {
    description: {
      zh: "数值单元格中应只填写数字，不能留下模板中的“XX”“××”等占位符。",
      en: "A value cell must hold a number only, not a template placeholder such as XX or ××.",
    },
    severity: "error",
    tags: ["cells"],
    basis: "R6",
    messages: {
      text: { zh: "{cell}填写的“{text}”不是数字。", en: "{cell} holds “{text}”, which is not a number." },
      leftover: {
        zh: "{cell}填写的“{text}”是模板中没有填写的占位符，应填写实际数字（没有则填 0）。",
        en: "{cell} holds “{text}”, a template placeholder never filled in; write the figure (0 for none).",
      },
      wrongUnit: {
        zh: "{cell}填写的“{text}”带有单位“{unit}”，与本列（{columnUnit}）不符，未读取。",
        en: "{cell} holds “{text}” in {unit}, which is not the column's unit ({columnUnitEn}); it was not read.",
      },
      tooLong: {
        zh: "{cell}填写的数字有 {digits} 位，不是一个件数，请核对。",
        en: "{cell} holds a number of {digits} digits, which is not a count.",
      },
    },
  },
  (cell, column) => {
    if (cell.value.kind !== "text") return undefined;
    if (isTemplateMask(cell.text)) return { messageId: "leftover", actual: cell.value.text };
    const written = parseCellValue(cell.text);
    // "12件" or "17次" in a column of amounts: a count where money belongs
    const unit =
      written.kind === "number" && written.unit && unitOutOfColumn(written, column)
        ? written.unit
        : undefined;
    if (unit) {
      const [columnUnit, columnUnitEn] =
        column.kind === "amount"
          ? [column.unit ?? "金额", column.unit ? "10,000 yuan" : "an amount"]
          : ["件数", "a count"];
      return {
        messageId: "wrongUnit",
        actual: cell.value.text,
        data: { unit, columnUnit, columnUnitEn },
      };
    }
    const digits = longNumber(cell.value.text);
    return digits
      ? { messageId: "tooLong", actual: cell.value.text, data: { digits } }
      : { messageId: "text", actual: cell.value.text };
  },
);

/** The digit count of a number too long to be a count (MAX_DIGITS), or 0 for other text. */
function longNumber(text: string): number {
  const digits = toHalfWidth(text).replace(/[\s,.+\-件个项条]/g, "");
  return /^\d+$/.test(digits) && digits.length > MAX_DIGITS ? digits.length : 0;
}
