/** Where a finding sits, in the words of the report: "表三“总计”列", "第五部分"… */
import type { Finding, SectionKey, TableKey } from "../engine";
import { format2021 } from "../template";

const SECTION_TITLES = new Map<SectionKey, string>(
  format2021.sections.map((s) => [s.key, `${s.numeral}、${s.title}`]),
);
const TABLE_NAMES = new Map<TableKey, string>(format2021.tables.map((t) => [t.key, t.name]));

export const sectionTitle = (key: SectionKey): string => SECTION_TITLES.get(key) ?? key;
export const tableName = (key: TableKey): string => TABLE_NAMES.get(key) ?? key;

/**
 * The finding's place: the sum or cell it names (`data.where`, `data.cell`), else its table,
 * section or the whole report. A quote from the text is not a place: a template leftover is
 * placed by its section, its words stay in the message.
 */
export function placeOf(f: Finding): string {
  const { where, cell } = f.data as { where?: unknown; cell?: unknown };
  if (typeof where === "string" && where) return where;
  if (typeof cell === "string" && cell) return cell;
  if (f.table) return tableName(f.table);
  if (f.section) return sectionTitle(f.section);
  // a paragraph outside the six sections: the title, the lead-in or the signature
  if (typeof f.ref?.p === "number") return "标题或各部分之外的文字";
  return "全文";
}
