import { cellRule } from "./_lib/cell-rule";

/** A blank value cell: zero, or a figure someone forgot? The clerk must say (format-2021.md §5). */
export default cellRule(
  "cell-blank",
  {
    description: {
      zh: "表格中的数值单元格不应留空；没有发生的事项应填 0。",
      en: "A value cell should not be left blank; write 0 when there is nothing to report.",
    },
    severity: "warning",
    tags: ["cells"],
    basis: "国办公开办函〔2021〕30号 附表",
    fixable: "fix",
    messages: {
      blank: {
        zh: "{cell}为空白，没有数据时应填 0。",
        en: "{cell} is blank; write 0 when there is nothing to report.",
      },
    },
  },
  (cell) =>
    cell.value.kind === "blank"
      ? {
          messageId: "blank",
          expected: 0,
          actual: "",
          fix: { op: "set-cell", at: cell.key, ref: cell.ref, from: cell.text, to: "0" },
        }
      : undefined,
);
