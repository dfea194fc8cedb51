import { sections } from "./sections";
import { table3, table3Row } from "./table3";
import { table4 } from "./table4";
import type { FormatTemplate, TableTemplate } from "./types";
import { uniform } from "./uniform";

const OTHER = "（六）其他处理";

const table2: TableTemplate = uniform({
  key: "table2",
  section: "s2",
  name: "表二（主动公开政府信息情况）",
  layout: "blocks",
  rows: [
    {
      key: "regulations",
      label: "规章",
      short: "规章",
      columns: ["issued", "repealed", "in_force"],
    },
    {
      key: "normative_docs",
      label: "行政规范性文件",
      short: "行政规范性文件",
      columns: ["issued", "repealed", "in_force"],
      variants: [{ text: "规范性文件", status: "outdated" }],
    },
    { key: "licensing", label: "行政许可", short: "行政许可", columns: ["decisions"] },
    { key: "penalty", label: "行政处罚", short: "行政处罚", columns: ["decisions"] },
    { key: "coercion", label: "行政强制", short: "行政强制", columns: ["decisions"] },
    { key: "fees", label: "行政事业性收费", short: "行政事业性收费", columns: ["amount"] },
  ],
  columns: [
    { key: "issued", label: "本年制发件数", short: "本年制发件数", kind: "count" },
    { key: "repealed", label: "本年废止件数", short: "本年废止件数", kind: "count" },
    {
      key: "in_force",
      label: "现行有效件数",
      short: "现行有效件数",
      kind: "count",
      variants: [{ text: "现行有效件数（历史累计）", status: "accepted" }],
    },
    {
      key: "decisions",
      label: "本年处理决定数量",
      short: "本年处理决定数量",
      kind: "count",
      variants: [{ text: "处理决定数量", status: "outdated" }],
    },
    {
      key: "amount",
      label: "本年收费金额（单位：万元）",
      short: "本年收费金额",
      kind: "amount",
      unit: "万元",
      variants: [
        { text: "本年收费金额（万元）", status: "accepted" },
        { text: "本年收费金额", status: "nonstandard" },
      ],
    },
  ],
  blocks: [
    { title: "第二十条第（一）项", rows: ["regulations", "normative_docs"] },
    { title: "第二十条第（五）项", rows: ["licensing"] },
    { title: "第二十条第（六）项", rows: ["penalty", "coercion"] },
    { title: "第二十条第（八）项", rows: ["fees"] },
  ],
  headers: [{ key: "content", label: "信息内容" }],
  sums: [],
});

/** 国办公开办函〔2021〕30号: the format for reports on 2021 and later years. */
export const format2021: FormatTemplate = {
  id: "2021",
  name: "2021 年版格式（国办公开办函〔2021〕30号）",
  notice: "国办公开办函〔2021〕30号",
  fromYear: 2021,
  sections,
  tables: [
    table2,
    table3([
      table3Row("r6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）1", OTHER),
      table3Row(
        "r6_2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "（六）2",
        OTHER,
      ),
      table3Row("r6_3", "3.其他", "（六）3", OTHER),
    ]),
    table4,
  ],
};
