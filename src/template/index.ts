/** The official formats as data. Rules, bindings and standard tables are derived from them. */
import type { FormatId, TableKey } from "../engine/types";
import { format2019 } from "./format-2019";
import { format2021 } from "./format-2021";
import type { FormatTemplate, TableTemplate } from "./types";

export * from "./types";
export { equationsOf } from "./equations";
export type { Equation } from "./equations";
export { format2019, format2021 };

/** Every known format, the current one first. */
export const formats: readonly FormatTemplate[] = [format2021, format2019];

export function getFormat(id: FormatId): FormatTemplate {
  return id === "2019" ? format2019 : format2021;
}

export function getTable(format: FormatTemplate, key: TableKey): TableTemplate {
  const table = format.tables.find((t) => t.key === key);
  if (!table) throw new Error(`format ${format.id} has no ${key}`);
  return table;
}

/** The format a report on `year` should use. */
export function formatForYear(year: number): FormatId {
  return year >= format2021.fromYear ? "2021" : "2019";
}
export { officialGrid } from "./grid";
export * from "./boilerplate";
export type { GridCell, OfficialGrid } from "./grid";
export { regulations } from "./regulations";
export type { Regulation } from "./regulations";
