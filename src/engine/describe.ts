import type { TableTemplate } from "../template";
import { cellId } from "./tables/binding";
import type { CellKey } from "./types";

/** A row's name as a clerk reads it: its group and its label, "（三）不予公开 1.属于国家秘密". */
export function rowName(table: TableTemplate, row: string): string {
  const r = table.rows.find((t) => t.key === row);
  if (!r) return row;
  const group = r.group && !r.group.startsWith("三、") ? `${r.group} ` : "";
  return `${group}${r.label}`;
}

export function columnName(table: TableTemplate, column: string): string {
  const c = table.columns.find((t) => t.key === column);
  if (!c) return column;
  return c.group && table.key === "table3" ? `${c.group}·${c.label}` : c.label;
}

/** "表三 “（一）予以公开” 行 “自然人” 列" without the quotes' decoration: the cell's full name. */
export function cellName(table: TableTemplate, key: CellKey): string {
  // the templates are constant: a table's cell names are written once, however many findings
  let names = cellNames.get(table);
  if (!names) cellNames.set(table, (names = new Map()));
  const id = cellId(key.row, key.column);
  let name = names.get(id);
  if (name === undefined) {
    name = `${shortTableName(table)}“${rowName(table, key.row)}”·“${columnName(table, key.column)}”`;
    names.set(id, name);
  }
  return name;
}

const cellNames = new WeakMap<TableTemplate, Map<string, string>>();

/** "表三" from "表三（收到和处理政府信息公开申请情况）". */
export function shortTableName(table: TableTemplate): string {
  return table.name.replace(/（.*$/, "");
}
