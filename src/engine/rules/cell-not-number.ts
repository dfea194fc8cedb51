import { cellRule } from "./_lib/cell-rule";

/** Text where a figure belongs: no sum that includes it can be checked. */
export default cellRule(
  "cell-not-number",
  {
    description: {
      zh: "数值单元格中应只填写数字。",
      en: "A value cell must hold a number only.",
    },
    severity: "error",
    tags: ["cells"],
    basis: "R6",
    messages: {
      text: { zh: "{cell}填写的“{text}”不是数字。", en: "{cell} holds “{text}”, which is not a number." },
    },
  },
  (cell) => (cell.value.kind === "text" ? { messageId: "text", actual: cell.value.text } : undefined),
);
