import { fillingOf } from "../tables/filling";
import { cellRule } from "./_lib/cell-rule";

/**
 * A blank value cell: zero, or a figure someone forgot? The clerk must say (format-2021.md §5).
 * In a table left blank throughout, 0 is not a safe guess: such a table was never filled in, and
 * filling it with 0 would turn an unfilled report into one that passes. No fix is offered there.
 */
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
      unfilled: {
        zh: "{cell}为空白：整张表都没有填写，不能用 0 代填，请按本机关实际情况填写。",
        en: "{cell} is blank: the whole table was never filled in, so it is not filled with 0; enter the agency's own figures.",
      },
      totalsOnly: {
        zh: "{cell}为空白：表中只填了“总计”，各分项都没有填写，不能用 0 代填，请按实际情况逐项填写。",
        en: "{cell} is blank: only the table's totals were filled in, none of their parts, so it is not filled with 0; enter each part.",
      },
    },
  },
  (cell, _column, binding) => {
    if (cell.value.kind !== "blank") return undefined;
    const filling = fillingOf(binding);
    if (filling === "unfilled") return { messageId: "unfilled", expected: null, actual: "" };
    // 0 in every part would make the totals wrong, not the report right
    if (filling === "totalsOnly" && cell.key.column !== "total")
      return { messageId: "totalsOnly", expected: null, actual: "" };
    return {
      messageId: "blank",
      expected: 0,
      actual: "",
      fix: { op: "set-cell", at: cell.key, ref: cell.ref, from: cell.text, to: "0" },
    };
  },
);
