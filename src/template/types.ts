import type { FormatId, SectionKey, TableKey } from "../engine/types";

/**
 * How a written label relates to the official one.
 * - `accepted`: a form real reports use that the checker does not report;
 * - `nonstandard`: recognised, reported as a non-standard label (`table-label`);
 * - `outdated`: the 2019 trial format's wording (`outdated-format`).
 */
export type VariantStatus = "accepted" | "nonstandard" | "outdated";

export interface LabelVariant {
  readonly text: string;
  readonly status: VariantStatus;
}

/** One of the six report sections. */
export interface SectionTemplate {
  readonly key: SectionKey;
  /** The Chinese numeral of the heading, "一" … "六". */
  readonly numeral: string;
  readonly title: string;
  /** Other titles real reports use for this section; all accepted. */
  readonly variants: readonly string[];
  /** Words every heading of this section contains, for headings that follow no listed form. */
  readonly keywords: readonly (readonly string[])[];
}

/** What a value cell may hold. */
export type ValueKind = "count" | "amount" | "signed-count";

export interface ColumnTemplate {
  readonly key: string;
  readonly label: string;
  readonly variants?: readonly LabelVariant[];
  /** The header above the label, e.g. 法人或其他组织 over 商业企业. */
  readonly group?: string;
  /** Short name used in formulas, e.g. "自然人". */
  readonly short: string;
  readonly kind: ValueKind;
  /** The unit the header states for an amount ("万元"); a figure in another money unit is converted. */
  readonly unit?: "万元";
}

export interface RowTemplate {
  readonly key: string;
  readonly label: string;
  readonly variants?: readonly LabelVariant[];
  /** The merged label to the row's left, e.g. （三）不予公开 for r3_1. */
  readonly group?: string;
  /** Short name used in formulas, e.g. "三（七）". */
  readonly short: string;
  /** Keys of the row's value columns, left to right. */
  readonly columns: readonly string[];
}

/** A header block of table2: a title row and a header row above its data rows. */
export interface BlockTemplate {
  readonly title: string;
  readonly titleVariants?: readonly LabelVariant[];
  readonly rows: readonly string[];
}

/**
 * A sum relation, as data. `each` names the keys the relation is repeated over (row keys when
 * it runs along a row, column keys when it runs down a column); `total` and `parts` are the
 * other coordinate. The equation is `sum(left) = sum(right)`; the finding sits on `at`.
 */
export type SumTemplate =
  | {
      readonly rule: string;
      /** Basis in format-2021.md §5 (R1, R2, R3, R5). */
      readonly basis: string;
      readonly along: "row";
      readonly each: readonly string[];
      readonly total: string;
      readonly parts: readonly string[];
    }
  | {
      readonly rule: string;
      readonly basis: string;
      readonly along: "column";
      readonly each: readonly string[];
      readonly left: readonly string[];
      readonly right: readonly string[];
      /** The row whose cell carries the finding. */
      readonly at: string;
    };

/**
 * How a table's value cells are laid out, which decides how a document table is bound to it:
 * - `blocks`: row labels on the left, a few values to their right, in header blocks (table2);
 * - `matrix`: row labels on the left, one value per column header (table3);
 * - `wide`: one row of values under a multi-level header (table4).
 */
export type TableLayout = "blocks" | "matrix" | "wide";

export interface TableTemplate {
  readonly key: TableKey;
  readonly section: SectionKey;
  /** The table's name in messages, e.g. 表三（收到和处理政府信息公开申请情况）. */
  readonly name: string;
  readonly layout: TableLayout;
  readonly rows: readonly RowTemplate[];
  readonly columns: readonly ColumnTemplate[];
  /** table2 only. */
  readonly blocks?: readonly BlockTemplate[];
  /** Header texts that are neither row nor column labels (the 勾稽 note, group headers). */
  readonly headers: readonly {
    readonly key: string;
    readonly label: string;
    readonly variants?: readonly LabelVariant[];
  }[];
  readonly sums: readonly SumTemplate[];
}

export interface FormatTemplate {
  readonly id: FormatId;
  readonly name: string;
  readonly notice: string;
  /** First report year the format applies to. */
  readonly fromYear: number;
  readonly sections: readonly SectionTemplate[];
  readonly tables: readonly TableTemplate[];
}
