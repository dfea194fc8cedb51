import { shortTableName } from "../describe";
import type { Rule } from "../rule";

/**
 * One table per statistical part: a second copy (pasted twice, or an old version left below the
 * new one) leaves the reader to guess which figures are the report's. Both copies are checked.
 */
const rule: Rule = {
  id: "table-duplicate",
  meta: {
    description: {
      zh: "每张统计表只应出现一次；同一张表出现两份时，读者无法判断哪一份是本年度的数据。",
      en: "Each statistical table appears once; with two copies a reader cannot tell which figures are the report's.",
    },
    severity: "error",
    tags: ["tables"],
    basis: "国办公开办函〔2021〕30号 附表",
    messages: {
      duplicate: {
        zh: "{table}出现了 {count} 份，这是第 {index} 份。两份都已检查，请删去多余的一份。",
        en: "{table} appears {count} times; this is copy {index}. Each copy was checked; delete the extra one.",
      },
    },
  },
  check(context) {
    for (const binding of context.tables.values()) {
      const copies = binding.copies ?? [];
      const all = [binding, ...copies].sort((a, b) => a.block - b.block);
      for (const copy of copies)
        context.report({
          messageId: "duplicate",
          section: binding.table.section,
          table: binding.key,
          ref: copy.parts[0] ?? null,
          data: { table: shortTableName(binding.table), count: all.length, index: all.indexOf(copy) + 1 },
        });
    }
  },
};
export default rule;
