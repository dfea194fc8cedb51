import type { ColumnTemplate, RowTemplate, SumTemplate, TableTemplate } from "./types";
import { uniform } from "./uniform";

/** Table 三's columns, identical in 2019 and 2021 (format-2021.md §3.1). */
export const table3Columns: readonly ColumnTemplate[] = [
  { key: "natural", label: "自然人", short: "自然人", kind: "count" },
  { key: "commercial", label: "商业企业", group: "法人或其他组织", short: "商业企业", kind: "count" },
  { key: "research", label: "科研机构", group: "法人或其他组织", short: "科研机构", kind: "count" },
  { key: "social", label: "社会公益组织", group: "法人或其他组织", short: "社会公益组织", kind: "count" },
  { key: "legal", label: "法律服务机构", group: "法人或其他组织", short: "法律服务机构", kind: "count" },
  {
    key: "other_org",
    label: "其他",
    variants: [{ text: "其它", status: "accepted" }],
    group: "法人或其他组织",
    short: "其他",
    kind: "count",
  },
  {
    key: "total",
    label: "总计",
    variants: [{ text: "合计", status: "nonstandard" }],
    short: "总计",
    kind: "count",
  },
];

const columnKeys = table3Columns.map((c) => c.key);
const RESULTS = "三、本年度办理结果";

function row(
  key: string,
  label: string,
  short: string,
  group?: string,
  extra?: Partial<RowTemplate>,
): RowTemplate {
  return { key, label, short, columns: columnKeys, ...(group ? { group } : {}), ...extra };
}

/** Rows 一 and 二 and the start of 三, shared by both formats. */
export const table3Head: readonly RowTemplate[] = [
  row("new_received", "一、本年新收政府信息公开申请数量", "一"),
  row("carried_over", "二、上年结转政府信息公开申请数量", "二"),
  row("r1_open", "（一）予以公开", "（一）", RESULTS),
  row("r2_partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）", RESULTS, {
    variants: [{ text: "（二）部分公开", status: "nonstandard" }],
  }),
  row("r3_1", "1.属于国家秘密", "（三）1", "（三）不予公开"),
  row("r3_2", "2.其他法律行政法规禁止公开", "（三）2", "（三）不予公开"),
  row("r3_3", "3.危及“三安全一稳定”", "（三）3", "（三）不予公开"),
  row("r3_4", "4.保护第三方合法权益", "（三）4", "（三）不予公开"),
  row("r3_5", "5.属于三类内部事务信息", "（三）5", "（三）不予公开"),
  row("r3_6", "6.属于四类过程性信息", "（三）6", "（三）不予公开"),
  row("r3_7", "7.属于行政执法案卷", "（三）7", "（三）不予公开"),
  row("r3_8", "8.属于行政查询事项", "（三）8", "（三）不予公开"),
  row("r4_1", "1.本机关不掌握相关政府信息", "（四）1", "（四）无法提供"),
  row("r4_2", "2.没有现成信息需要另行制作", "（四）2", "（四）无法提供"),
  row("r4_3", "3.补正后申请内容仍不明确", "（四）3", "（四）无法提供"),
  row("r5_1", "1.信访举报投诉类申请", "（五）1", "（五）不予处理"),
  row("r5_2", "2.重复申请", "（五）2", "（五）不予处理"),
  row("r5_3", "3.要求提供公开出版物", "（五）3", "（五）不予处理"),
  row("r5_4", "4.无正当理由大量反复申请", "（五）4", "（五）不予处理"),
  row("r5_5", "5.要求行政机关确认或重新出具已获取信息", "（五）5", "（五）不予处理"),
];

/** The last two rows, shared by both formats. */
export const table3Tail: readonly RowTemplate[] = [
  row("r7_total", "（七）总计", "三（七）", RESULTS),
  row("carried_forward", "四、结转下年度继续办理", "四"),
];

export const table3Headers = [
  {
    key: "note",
    label: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  },
  { key: "applicants", label: "申请人情况" },
  { key: "organisations", label: "法人或其他组织" },
  { key: "results", label: RESULTS },
] as const;

/** The sums of table 三 (format-2021.md §5), for a given list of rows. */
export function table3Sums(rows: readonly RowTemplate[]): readonly SumTemplate[] {
  const keys = rows.map((r) => r.key);
  const results = keys.slice(keys.indexOf("r1_open"), keys.indexOf("r7_total"));
  return [
    {
      rule: "row-total",
      basis: "R3",
      along: "row",
      each: keys,
      total: "total",
      parts: columnKeys.filter((c) => c !== "total"),
    },
    {
      rule: "grand-total",
      basis: "R2",
      along: "column",
      each: columnKeys,
      left: ["r7_total"],
      right: results,
      at: "r7_total",
    },
    {
      rule: "balance",
      basis: "R1",
      along: "column",
      each: columnKeys,
      left: ["new_received", "carried_over"],
      right: ["r7_total", "carried_forward"],
      at: "carried_forward",
    },
  ];
}

/** Builds table 三 for a format from its rows of （六）其他处理. */
export function table3(otherRows: readonly RowTemplate[]): TableTemplate {
  const rows = [...table3Head, ...otherRows, ...table3Tail];
  return uniform({
    key: "table3",
    section: "s3",
    name: "表三（收到和处理政府信息公开申请情况）",
    layout: "matrix",
    rows,
    columns: table3Columns,
    headers: table3Headers,
    sums: table3Sums(rows),
  });
}

export { row as table3Row };
