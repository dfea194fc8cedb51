import type { SectionTemplate } from "./types";

/** The six sections required by 条例 Art. 50; identical in the 2019 and 2021 formats. */
export const sections: readonly SectionTemplate[] = [
  {
    key: "s1",
    numeral: "一",
    title: "总体情况",
    variants: ["总体情况概述"],
    keywords: [["总体情况"]],
  },
  {
    key: "s2",
    numeral: "二",
    title: "主动公开政府信息情况",
    variants: ["主动公开政府信息的情况"],
    keywords: [["主动公开", "情况"]],
  },
  {
    key: "s3",
    numeral: "三",
    title: "收到和处理政府信息公开申请情况",
    variants: ["收到和处理政府信息公开申请的情况", "收到和处理政府信息公开申请情况统计"],
    keywords: [
      ["收到", "申请"],
      ["处理", "公开申请"],
    ],
  },
  {
    key: "s4",
    numeral: "四",
    title: "政府信息公开行政复议、行政诉讼情况",
    variants: [
      "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
      "因政府信息公开工作被申请行政复议提起行政诉讼情况",
      "政府信息公开行政复议及行政诉讼情况",
      "政府信息公开行政复议和行政诉讼情况",
    ],
    keywords: [["行政复议", "行政诉讼"]],
  },
  {
    key: "s5",
    numeral: "五",
    title: "存在的主要问题及改进情况",
    variants: ["政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况", "存在的主要问题和改进情况"],
    keywords: [["问题", "改进"]],
  },
  {
    key: "s6",
    numeral: "六",
    title: "其他需要报告的事项",
    variants: ["其它需要报告的事项", "其他需要报告事项"],
    keywords: [["其他需要报告"], ["其它需要报告"]],
  },
];
