import { cellRule } from "./_lib/cell-rule";

/** "/", "-", "—", "无" (or "――", "－", "暂无", "没有"…) in a value cell: meant as none, but the format asks for a number. */
export default cellRule(
  "cell-placeholder",
  {
    description: {
      zh: "数值单元格中填写了“/”“-”“—”“无”“暂无”等符号或文字；格式要求填写数字，没有发生的事项应填 0。",
      en: "A value cell holds a mark such as /, -, — or 无; the format asks for a number (0 for none).",
    },
    severity: "warning",
    tags: ["cells"],
    basis: "国办公开办函〔2021〕30号 附表",
    fixable: "fix",
    messages: {
      placeholder: {
        zh: "{cell}填写了“{text}”，应填数字（没有则填 0）。",
        en: "{cell} holds “{text}”; write a number (0 for none).",
      },
    },
  },
  (cell) =>
    cell.value.kind === "placeholder"
      ? {
          messageId: "placeholder",
          expected: 0,
          actual: cell.value.text,
          fix: { op: "set-cell", at: cell.key, ref: cell.ref, from: cell.text, to: "0" },
        }
      : undefined,
);
