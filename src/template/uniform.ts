import type { ColumnTemplate, RowTemplate, TableTemplate } from "./types";

/**
 * The table with every row, every column and the table itself written out with all their
 * fields, an absent one undefined. The data writes only the fields each needs, which gave the
 * rows and the columns several shapes each: the binders and rules that read them on every
 * check then saw several hidden classes where one keeps their reads monomorphic.
 */
export function uniform(table: TableTemplate): TableTemplate {
  return {
    key: table.key,
    section: table.section,
    name: table.name,
    layout: table.layout,
    rows: table.rows.map(uniformRow),
    columns: table.columns.map(uniformColumn),
    blocks: table.blocks,
    headers: table.headers,
    sums: table.sums,
  };
}

function uniformRow(row: RowTemplate): RowTemplate {
  return {
    key: row.key,
    label: row.label,
    variants: row.variants,
    group: row.group,
    short: row.short,
    columns: row.columns,
  };
}

function uniformColumn(column: ColumnTemplate): ColumnTemplate {
  return {
    key: column.key,
    label: column.label,
    variants: column.variants,
    group: column.group,
    short: column.short,
    kind: column.kind,
    unit: column.unit,
  };
}
