import { getTable } from "../../template";
import { shortTableName } from "../describe";
import type { Rule } from "../rule";

/** Reports on 2021 and later use the 2021 format, not the 2019 trial one (format-2021.md §7). */
const rule: Rule = {
  id: "outdated-format",
  meta: {
    description: {
      zh: "2021 年及以后的年度报告应使用国办公开办函〔2021〕30号格式，而不是 2019 年试行格式。",
      en: "Reports on 2021 and later use the 2021 format, not the 2019 trial format.",
    },
    severity: "warning",
    tags: ["tables", "format"],
    basis: "国办公开办函〔2021〕30号",
    messages: {
      table: {
        zh: "{table}使用的是 2019 年试行格式，{year}年度报告应使用 2021 年版格式。",
        en: "{table} follows the 2019 trial format; a report on {year} uses the 2021 format.",
      },
      label: {
        zh: "{table}中的“{actual}”是 2019 年试行格式的写法，2021 年版格式为“{expected}”。",
        en: "{table}'s “{actual}” is the 2019 trial wording; the 2021 format reads “{expected}”.",
      },
    },
  },
  check(context) {
    if (context.format.id !== "2021") return;
    for (const binding of context.tables.values()) {
      const table = shortTableName(binding.table);
      if (binding.format.id !== "2021") {
        if (getTable(binding.format, binding.key).layout === "wide") continue; // table 四 is the same in both
        context.report({
          messageId: "table",
          section: binding.table.section,
          table: binding.key,
          ref: binding.parts[0] ?? null,
          data: { table, year: context.year ?? "2021 年以后" },
        });
        continue;
      }
      for (const issue of binding.labelIssues) {
        if (issue.status !== "outdated") continue;
        context.report({
          messageId: "label",
          section: binding.table.section,
          table: binding.key,
          row: issue.role === "row" ? issue.key : (issue.row ?? null),
          column: issue.role === "column" ? issue.key : null,
          expected: issue.expected,
          actual: issue.actual,
          ref: issue.ref,
          data: { table, expected: issue.expected, actual: issue.actual },
        });
      }
    }
  },
};
export default rule;
