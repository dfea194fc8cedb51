/** Every word the review page shows, Chinese first. Findings' messages come from the engine. */
export type Lang = "zh" | "en";

const zh = {
  title: "年报审核 · 批量检查",
  privacy: "文件只在本页面中读取和检查，不会上传到任何地方。",
  drop: "把报告文件或整个文件夹拖到这里",
  dropHint: "支持 .docx；其他文件会列出并说明原因。",
  pickFiles: "选择文件…",
  pickFolder: "选择文件夹…",
  progress: (done: number, total: number) => `已检查 ${done} / ${total} 份`,
  summary: (n: number, errors: number, warnings: number, unread: number) =>
    `共 ${n} 份报告：${errors} 份有错误，${warnings} 份仅有警告，${n - errors - warnings - unread} 份未发现问题` +
    (unread ? `，${unread} 份无法检查` : ""),
  filter: "按单位或文件名筛选",
  verdictFilter: "结论",
  all: "全部",
  columns: {
    unit: "单位",
    file: "文件",
    year: "年度",
    verdict: "结论",
    errors: "错误",
    warnings: "警告",
  },
  open: "查看",
  openLabel: (unit: string) => `查看 ${unit} 的问题`,
  downloads: {
    summary: "下载汇总表（.xlsx）",
    annotated: "下载标注副本（.zip）",
    letters: "下载审核意见（.zip）",
  },
  preparing: "正在生成…",
  leftOutTitle: (n: number) => `不是报告的文件（${n}）`,
  duplicatesTitle: "重复报送",
  close: "关闭",
  findingsLabel: "这份报告的问题",
  noFindings: "没有发现问题。",
  unreadable: "无法检查：",
  whole: "全文",
  suspect: "最可能出错：",
  tableCaption: "各报告检查结果",
  none: "—",
  clear: "清空",
  empty: "还没有报告。",
};

export type Strings = typeof zh;

const en: Strings = {
  title: "Report review · batch check",
  privacy: "Files are read and checked in this page only and never uploaded.",
  drop: "Drop report files or a whole folder here",
  dropHint: ".docx files are checked; any other file is listed with the reason.",
  pickFiles: "Choose files…",
  pickFolder: "Choose a folder…",
  progress: (done, total) => `Checked ${done} of ${total}`,
  summary: (n, errors, warnings, unread) =>
    `${n} reports: ${errors} with errors, ${warnings} with warnings only, ${n - errors - warnings - unread} clean` +
    (unread ? `, ${unread} could not be checked` : ""),
  filter: "Filter by unit or file name",
  verdictFilter: "Verdict",
  all: "All",
  columns: {
    unit: "Unit",
    file: "File",
    year: "Year",
    verdict: "Verdict",
    errors: "Errors",
    warnings: "Warnings",
  },
  open: "Open",
  openLabel: (unit) => `Open the findings of ${unit}`,
  downloads: {
    summary: "Download summary (.xlsx)",
    annotated: "Download annotated copies (.zip)",
    letters: "Download letters (.zip)",
  },
  preparing: "Preparing…",
  duplicatesTitle: "Sent more than once",
  leftOutTitle: (n) => `Files that are not reports (${n})`,
  close: "Close",
  findingsLabel: "Findings of this report",
  noFindings: "No problems found.",
  unreadable: "Could not be checked: ",
  whole: "Whole report",
  suspect: "Most likely wrong: ",
  tableCaption: "Results per report",
  none: "—",
  clear: "Clear",
  empty: "No reports yet.",
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };
