import type { ColumnTemplate, RowTemplate, TableTemplate } from "./types";
import { uniform } from "./uniform";

const columns: readonly ColumnTemplate[] = [
  { key: "maintain", label: "结果维持", short: "结果维持", kind: "count" },
  { key: "correct", label: "结果纠正", short: "结果纠正", kind: "count" },
  {
    key: "other",
    label: "其他结果",
    short: "其他结果",
    kind: "count",
    variants: [{ text: "其它结果", status: "accepted" }],
  },
  { key: "pending", label: "尚未审结", short: "尚未审结", kind: "count" },
  {
    key: "total",
    label: "总计",
    short: "总计",
    kind: "count",
    variants: [{ text: "合计", status: "nonstandard" }],
  },
];
const columnKeys = columns.map((c) => c.key);

/** The three groups of table 四, left to right; each is one logical row of five values. */
const rows: readonly RowTemplate[] = [
  { key: "review", label: "行政复议", short: "行政复议", columns: columnKeys },
  {
    key: "lit_direct",
    label: "未经复议直接起诉",
    short: "未经复议直接起诉",
    group: "行政诉讼",
    columns: columnKeys,
  },
  {
    key: "lit_after_review",
    label: "复议后起诉",
    short: "复议后起诉",
    group: "行政诉讼",
    columns: columnKeys,
  },
];

/** Table 四, identical in 2019 and 2021 (format-2021.md §4). */
export const table4: TableTemplate = uniform({
  key: "table4",
  section: "s4",
  name: "表四（政府信息公开行政复议、行政诉讼情况）",
  layout: "wide",
  rows,
  columns,
  headers: [{ key: "litigation", label: "行政诉讼" }],
  sums: [
    {
      rule: "review-total",
      basis: "R5",
      along: "row",
      each: rows.map((r) => r.key),
      total: "total",
      parts: ["maintain", "correct", "other", "pending"],
    },
  ],
});
