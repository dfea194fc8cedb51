import type { TableBinding } from "../../tables/binding";
import { cellId } from "../../tables/binding";

/** Table 2's rows that count documents: 规章 and 行政规范性文件 (2021 format). */
export const DOCUMENT_ROWS = ["regulations", "normative_docs"] as const;
/** Their three columns, in the table's order. */
export const DOCUMENT_COLUMNS = ["issued", "repealed", "in_force"] as const;

/** A document row's 本年制发, 本年废止 and 现行有效 counts; null unless all three are numbers. */
export function documentCounts(
  binding: TableBinding,
  row: string,
): { issued: number; repealed: number; inForce: number } | null {
  const [issued, repealed, inForce] = DOCUMENT_COLUMNS.map((column) => {
    const v = binding.cells.get(cellId(row, column))?.value;
    return v?.kind === "number" ? v.value : null;
  });
  return issued === null || repealed === null || inForce === null ? null : { issued, repealed, inForce };
}
