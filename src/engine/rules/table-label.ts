import { rowName, shortTableName } from "../describe";
import type { Rule } from "../rule";

/** The tables keep the format's labels: a row or column whose label is gone is a guess. */
const rule: Rule = {
  id: "table-label",
  meta: {
    description: {
      zh: "统计表的行、列标题应与格式规定一致，不应删除或改写。",
      en: "Table labels follow the format and are neither deleted nor rewritten.",
    },
    severity: "warning",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      missing: {
        zh: "{table}缺少标题“{expected}”（已按位置识别该{role}）。",
        en: "{table} lacks the label “{expected}” (the {roleEn} was recognised by its position).",
      },
      altered: {
        zh: "{table}中应为“{expected}”的位置写成了“{actual}”。",
        en: "{table} has “{actual}” where the label “{expected}” belongs.",
      },
      alteredInGroup: {
        zh: "{table}“{group}”下应为“{expected}”的位置写成了“{actual}”。",
        en: "{table} has “{actual}” under “{group}” where the label “{expected}” belongs.",
      },
      moved: {
        zh: "{table}“{expected}”这一行不在格式规定的位置（已按行标题识别），请按格式调整行的顺序。",
        en: "{table}'s row “{expected}” is out of the format's order (recognised by its label); put the rows in the format's order.",
      },
      nonstandard: {
        zh: "{table}的标题“{actual}”不规范，应为“{expected}”。",
        en: "{table}'s label “{actual}” is not standard; it should read “{expected}”.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      for (const issue of binding.labelIssues) {
        if (issue.status === "outdated") continue;
        const role = { row: "行", column: "列", group: "分组", header: "表头", title: "栏目" }[issue.role];
        const roleEn = { row: "row", column: "column", group: "group", header: "header", title: "block" }[
          issue.role
        ];
        // a header label of one group of several (表四's 结果维持 … under each group) is told by its group
        const inGroup = issue.role === "header" && issue.row !== undefined && issue.status === "altered";
        context.report({
          messageId: inGroup ? "alteredInGroup" : issue.status,
          section: binding.table.section,
          table: binding.key,
          row: issue.role === "row" ? issue.key : (issue.row ?? null),
          column: issue.role === "column" ? issue.key : null,
          expected: issue.expected,
          actual: issue.actual,
          ref: issue.ref,
          data: {
            table: shortTableName(binding.table),
            expected: issue.expected,
            actual: issue.actual,
            role,
            roleEn,
            label: issue.role,
            group: issue.row === undefined ? null : rowName(binding.table, issue.row),
          },
        });
      }
    }
  },
};
export default rule;
