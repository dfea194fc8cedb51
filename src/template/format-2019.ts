import { sections } from "./sections";
import { table3, table3Row } from "./table3";
import { table4 } from "./table4";
import type { FormatTemplate, TableTemplate } from "./types";
import { uniform } from "./uniform";

const yearly = ["previous", "change", "decisions"];

const table2: TableTemplate = uniform({
  key: "table2",
  section: "s2",
  name: "表二（主动公开政府信息情况）",
  layout: "blocks",
  rows: [
    { key: "regulations", label: "规章", short: "规章", columns: ["made", "published", "published_total"] },
    {
      key: "normative_docs",
      label: "规范性文件",
      short: "规范性文件",
      columns: ["made", "published", "published_total"],
    },
    { key: "licensing", label: "行政许可", short: "行政许可", columns: yearly },
    { key: "other_services", label: "其他对外管理服务事项", short: "其他对外管理服务事项", columns: yearly },
    { key: "penalty", label: "行政处罚", short: "行政处罚", columns: yearly },
    { key: "coercion", label: "行政强制", short: "行政强制", columns: yearly },
    { key: "fees", label: "行政事业性收费", short: "行政事业性收费", columns: ["previous", "change"] },
    {
      key: "procurement",
      label: "政府集中采购",
      short: "政府集中采购",
      columns: ["projects", "procurement_amount"],
    },
  ],
  columns: [
    { key: "made", label: "本年新制作数量", short: "本年新制作数量", kind: "count" },
    { key: "published", label: "本年新公开数量", short: "本年新公开数量", kind: "count" },
    { key: "published_total", label: "对外公开总数量", short: "对外公开总数量", kind: "count" },
    { key: "previous", label: "上一年项目数量", short: "上一年项目数量", kind: "count" },
    // R13: 本年增/减 may be negative
    { key: "change", label: "本年增/减", short: "本年增/减", kind: "signed-count" },
    { key: "decisions", label: "处理决定数量", short: "处理决定数量", kind: "count" },
    { key: "projects", label: "采购项目数量", short: "采购项目数量", kind: "count" },
    { key: "procurement_amount", label: "采购总金额", short: "采购总金额", kind: "amount" },
  ],
  blocks: [
    { title: "第二十条第（一）项", rows: ["regulations", "normative_docs"] },
    { title: "第二十条第（五）项", rows: ["licensing", "other_services"] },
    { title: "第二十条第（六）项", rows: ["penalty", "coercion"] },
    { title: "第二十条第（八）项", rows: ["fees"] },
    { title: "第二十条第（九）项", rows: ["procurement"] },
  ],
  headers: [{ key: "content", label: "信息内容" }],
  sums: [],
});

/** 国办公开办函〔2019〕60号: the trial format, for reports on 2019 and 2020. */
export const format2019: FormatTemplate = {
  id: "2019",
  name: "2019 年试行格式（国办公开办函〔2019〕60号）",
  notice: "国办公开办函〔2019〕60号",
  fromYear: 2019,
  sections,
  tables: [table2, table3([table3Row("r6", "（六）其他处理", "（六）", "三、本年度办理结果")]), table4],
};
