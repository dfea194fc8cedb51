/**
 * Every word the pane shows, Chinese first. English is used when Office's display language is
 * English. Rule messages come from the engine (`message` / `messageEn`), not from here.
 */
import { createContext, useContext } from "react";
import type { FailureReason } from "../word/port";

export type Lang = "zh" | "en";

/** What a bunch of one cell rule's findings says after "表三 102 个单元格". */
const CELL_RULES_ZH: Readonly<Record<string, string>> = {
  "cell-blank": "为空白",
  "cell-placeholder": "填了“/”“无”等符号",
  "cell-not-number": "不是数字",
  "cell-not-integer": "不是整数",
  "cell-negative": "为负数",
};
const CELL_RULES_EN: Readonly<Record<string, string>> = {
  "cell-blank": "are blank",
  "cell-placeholder": "hold a placeholder",
  "cell-not-number": "are not numbers",
  "cell-not-integer": "are not whole numbers",
  "cell-negative": "are negative",
};

const zh = {
  title: "年报校验",
  subtitle: "政府信息公开工作年度报告检查",
  check: "检查我的报告",
  recheck: "重新检查",
  clear: "清除标记",
  locate: "定位",
  fix: "修正",
  apply: "采用",
  comments: "同时在批注中写明原因",
  stage: {
    read: "正在读取文档…",
    check: "正在检查…",
    mark: "正在标出问题单元格…",
    clear: "正在清除标记…",
    fix: "正在修正…",
  },
  severity: { error: "错误", warning: "警告", info: "提示" },
  counts: (errors: number, warnings: number, infos: number) =>
    errors + warnings + infos === 0
      ? "没有发现问题"
      : [errors && `${errors} 个错误`, warnings && `${warnings} 个警告`, infos && `${infos} 个提示`]
          .filter(Boolean)
          .join("，"),
  allGood: "没有发现问题。表格加总一致，六个部分齐全。",
  ignore: "忽略",
  ignoreReason: "忽略原因（可不填）",
  ignoreConfirm: "确定忽略",
  cancel: "取消",
  restore: "恢复",
  ignoredTitle: (n: number) => `已忽略的问题（${n}）`,
  ignoredNote: (n: number) => `另有 ${n} 个问题已忽略，不标色；忽略记录保存在本文档中。`,
  year: (year: number) => `报告年度：${year} 年`,
  format: (f: string): string =>
    f === "2019"
      ? "表格格式：2019 年试行版（已过时）"
      : f === "2021"
        ? "表格格式：2021 年版"
        : "表格格式：未识别",
  /** Each table's format, when the tables follow different ones. */
  formatMixed: (parts: readonly (readonly [string, string])[]): string =>
    `表格格式各表不同：${parts.map(([t, f]) => `${t}${f === "2019" ? " 2019 年试行版（已过时）" : " 2021 年版"}`).join("，")}`,
  sections: "六个部分",
  tables: "三张表",
  sectionMissing: "缺少",
  tableFound: (bound: number, expected: number) => `识别 ${bound}/${expected} 个数据单元格`,
  tableMapped: (confirmed: number, cells: number) =>
    confirmed === cells
      ? "单元格均可在文档中标色"
      : `其中 ${cells - confirmed} 个无法在文档中标色，只在此列出`,
  tableMissing: "未找到",
  sectionNames: {
    s1: "一、总体情况",
    s2: "二、主动公开政府信息情况",
    s3: "三、收到和处理政府信息公开申请情况",
    s4: "四、政府信息公开行政复议、行政诉讼情况",
    s5: "五、存在的主要问题及改进情况",
    s6: "六、其他需要报告的事项",
  } as Record<string, string>,
  tableNames: {
    table2: "表二 主动公开情况",
    table3: "表三 依申请公开情况",
    table4: "表四 行政复议、行政诉讼情况",
  } as Record<string, string>,
  wholeReport: "全文",
  difference: "差",
  blank: "空白",
  others: (n: number) => `其余 ${n} 项`,
  suggestion: (from: string, to: string) => `可改为 ${to}（现为 ${from.trim() || "空白"}）`,
  fixButton: (from: string, to: string) => `修正：${from.trim() || "空白"} → ${to}`,
  labelled: (label: string, text: string) => `${label}：${text}`,
  joined: (parts: readonly string[]) => parts.join("；"),
  filter: { all: "全部", error: "错误", warning: "警告", info: "提示" },
  filterLabel: "按类别查看",
  filterCount: (cards: number, cells: number) => (cards === cells ? `${cards}` : `${cards} · ${cells} 处`),
  details: "检查概况（年度、格式、各部分和表格）",
  step: {
    label: "逐个查看问题",
    previous: "上一个",
    next: "下一个",
    position: (at: number, of: number) => (at ? `${at} / ${of}` : `共 ${of} 处`),
    keys: "快捷键：Alt+↓ 下一个，Alt+↑ 上一个",
  },
  settings: {
    open: "规则设置",
    close: "返回检查结果",
    title: "规则设置",
    intro:
      "关闭不需要的规则，或改变它的严重程度；也可以载入省、市下发的规则配置文件（.json）。更改后重新检查。",
    active: (name: string | null, scope: "user" | "document" | null) =>
      name
        ? `当前配置：${name}（${scope === "document" ? "只用于本文档" : "本机所有报告"}）`
        : "当前配置：全部规则，按默认严重程度",
    load: "载入配置文件…",
    reset: "恢复默认",
    documentOnly: "只用于本文档",
    custom: "自定义",
    severity: (rule: string) => `“${rule}”的严重程度`,
    bad: (file: string, detail: string) => `无法使用“${file}”：${detail}`,
    notSaved: (detail: string) => `设置没能保存：${detail}`,
  },
  sheet: {
    button: "生成自查单",
    title: "政府信息公开工作年度报告自查单",
    untitled: "（未识别标题）",
    report: (title: string) => `报告：${title}`,
    date: (d: Date) => `自查日期：${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
    rules: (run: number, all: number, profile: string | null, off: readonly string[]) =>
      `检查规则：年报校验 ${run}/${all} 条${profile ? `（配置：${profile}）` : ""}${off.length ? `；未运行：${off.join("、")}` : ""}`,
    totals: (errors: number, warnings: number, infos: number, fixed: number, ignored: number) =>
      `结果：尚有 ${errors} 个错误、${warnings} 个警告、${infos} 个提示；本次已修正 ${fixed} 处；已忽略 ${ignored} 个`,
    left: (n: number) => `一、尚未解决的问题（${n}）`,
    fixed: (n: number) => `二、本次已修正的问题（${n}）`,
    ignored: (n: number) => `三、已忽略的问题及原因（${n}）`,
    reason: (reason: string | undefined) => (reason ? `——原因：${reason}` : "——未说明原因"),
    none: "无",
    signature: "填表人：____________　　审核人：____________　　日期：____________",
    done: "已生成自查单。",
    failed: (detail: string) => `没能生成自查单：${detail}`,
  },
  why: "为什么？",
  basis: "依据：",
  group: {
    title: (where: string, n: number, rule: string, description: string) =>
      CELL_RULES_ZH[rule]
        ? `${where} ${n} 个单元格${CELL_RULES_ZH[rule]}`
        : `${where} ${n} 处：${description}`,
    show: (n: number) => `展开 ${n} 处`,
    hide: "收起",
    fillAll: "全部填0",
    fixAll: (n: number) => `全部修正（${n} 处）`,
  },

  legend: { error: "错误", warning: "警告", part: "参与计算的单元格" },
  legendTitle: "文档中的颜色：",
  idle: "点击“检查我的报告”，本面板会列出报告中的问题，并在文档中把有问题的单元格标色。不会改动文字。",
  marked: (n: number, parts: number) =>
    `已在文档中标出 ${n} 个问题单元格${parts ? `和 ${parts} 个参与计算的单元格` : ""}。`,
  unconfirmed: (n: number) => `${n} 个单元格无法在 Word 中准确定位，没有标色；它们的问题仍列在下面。`,
  cleared: (n: number) => (n ? `已清除 ${n} 个单元格的标记，恢复了原来的底纹。` : "文档中没有本工具的标记。"),
  clearedChanged: (n: number) => `${n} 个单元格的底纹在标记后被改过，已保留现在的颜色。`,
  whiteForNoColor: (n: number) => `${n} 个单元格原本没有底纹；此版本 Word 无法设置“无颜色”，已改为白色底纹。`,
  clearedUnreachable: (n: number) => `${n} 个标记所在的表格已改动，暂时无法清除；请重新检查后再试。`,
  fixed: "已修正，并重新检查。",
  fixedCount: (n: number) => `已修正 ${n} 处，并重新检查。`,
  fixAll: (n: number) => `全部修正（${n} 处）`,
  storyUnchecked: {
    title: "隐藏文字和文本框未能核对",
    body: "未能从 Word 读取全文的 OOXML，或其中的段落、表格与 Word 列出的对不上：隐藏文字可能被当作正文读入，文本框中的表格可能漏读或被当作正文中的表格。检查结果可能与直接读取这份 .docx 文件的结果不同。",
  },
  laidOut: {
    title: "报告在网页的排版表格里",
    body: "这份文档像是由网站上的网页转换来的：整篇报告放在一个排版用的表格里。已按正文读取各部分和统计表，但统计表套在这个表格里面，Word 中不能为它们的单元格标色或自动修正；问题仍列在下面，“定位”会转到表格前面的一段。缺少的部分和表格请手动补上。",
  },
  noTables: {
    title: "没有找到报告表格",
    body: "没有找到表二、表三、表四。请确认打开的是政府信息公开工作年度报告，且这些表格是 Word 表格（不是图片或文本框）。",
  },
  notWord: "请在 Word 中打开本面板。",
  reasons: {
    "too-old": {
      title: "Word 版本太旧",
      body: (api: string) =>
        `检查表格需要 Word 2021、Office 2024 或 Microsoft 365（WordApi 1.3）。当前 Word 只支持 ${api ? `WordApi ${api}` : "更早的接口"}。请联系信息化部门升级 Office。`,
    },
    "read-only": {
      title: "文档是只读的",
      body: "可以检查和定位，但不能标色或修正。请点击“启用编辑”或另存一份后再检查。",
    },
    protected: {
      title: "文档受保护/只读",
      body: "Word 拒绝了写入：文档设置了限制编辑，或处于只读、“查看”模式，无法标色或修正；问题仍列在下面。如需标色，请点击“启用编辑”，切换到“编辑”模式，或在“审阅 > 限制编辑”中停止保护。",
    },
    stale: { title: "文档已改动", body: "检查之后文档有改动，这一步没有执行。请重新检查。" },
    unconfirmed: {
      title: "无法定位这个单元格",
      body: "这个单元格在 Word 中的位置无法确认，为安全起见没有改动。",
    },
    commented: {
      title: "单元格有批注",
      body: "这个单元格的内容上有批注，改写会把批注一起删掉，所以没有改动。请手工修改。",
    },
    "cursor-in-table": {
      title: "光标在表格中",
      body: "表格不能插在另一个表格的单元格里。请把光标放到表格外的段落中再插入。",
    },
    "cursor-outside-body": {
      title: "光标不在正文中",
      body: "表格只能插在正文里，不能插在页眉、页脚、脚注、尾注或文本框中。请把光标放到正文的段落中再插入。",
    },
    "host-error": {
      title: "Word 报告了错误",
      body: "操作没有完成。请重试；如果文档处于“查看”模式，请先切换到“编辑”模式。如果反复出现，请把下面的信息发给技术支持：",
    },
  } satisfies Record<FailureReason, { title: string; body: unknown }>,
  selfTest: {
    button: "自检",
    hint: "在这份文档上核对本工具对 Word 的假设（只读取，不改动文档），生成一份可复制发给技术支持的报告。",
    copy: "复制报告",
    copied: "已复制",
    failed: "自检没有完成：",
    heading: "年报校验 自检报告",
    word: (version: string, platform: string) =>
      `Word 版本：${version || "未知"}；平台：${platform || "未知"}`,
    sets: (api: string, comments: boolean, noColor: boolean, tracked: boolean) =>
      `接口：WordApi ${api || "无"}；批注（WordApi 1.4）：${comments ? "有" : "无"}；“无颜色”底纹（WordApiDesktop 1.4）：${noColor ? "有" : "无"}；修订状态（WordApi 1.4）：${tracked ? "有" : "无"}`,
    table: (n: number, cells: number, confirmed: number) =>
      `表格 ${n}：${cells} 个单元格，${confirmed} 个地址已确认`,
    merged: (ok: boolean | null): string =>
      ok === null
        ? "；有合并单元格，未能核对"
        : ok
          ? "；合并单元格地址核对一致"
          : "；合并单元格地址与 Word 不一致，不会标色或修改",
    withoutMerges: "；OOXML 读取失败，只按文字读取（无合并信息）",
    layout: "；网页的排版表格，按其中的内容读取（其中的表格不标色、不修改）",
    failures: "失败的调用：",
    none: "无",
  },
  engineError: { title: "检查出错", body: "检查程序出错，没有结果。请把下面的信息发给技术支持：" },
  repair: {
    title: "补全与修正",
    intro: "以下内容可以由本工具写入文档；写入后会重新检查。可用 Ctrl+Z 撤销。",
    insertSection: (name: string) => `插入缺少的“${name}”`,
    insertSectionButton: "插入这一部分",
    insertTable: (table: string, section: string) => `“${section}”中没有${table}`,
    insertTableButton: "插入标准表格",
    replaceTable: (table: string) => `${table}与标准格式不符（缺行、标签或合并单元格有误，或为旧格式）`,
    replaceTableButton: "换成标准表格",
    fillZero: (table: string, n: number) => `${table}有 ${n} 个空白或占位单元格`,
    fillZeroButton: "全部空白填0",
    atCursor: "在光标处插入标准表格：",
    tableShort: { table2: "表二", table3: "表三", table4: "表四" } as Record<string, string>,
    fixSum: "修正合计",
    fixBlank: "空白填0",
    fixHeading: "修正标题编号",
    inserted: "已写入文档，并重新检查。",
    replaced: (carried: number, zeroFilled: number) =>
      `已换成标准表格：带入原表 ${carried} 个数值${zeroFilled ? `，原表没有的 ${zeroFilled} 个单元格填了 0，请核对` : ""}。`,
    uncarried: (n: number) => `原表中以下 ${n} 个数字没有对应到标准表格，未带入，请手工核对：`,
    uncarriedItem: (rowLabel: string, text: string) => (rowLabel ? `“${rowLabel}”一行：${text}` : text),
    filled: (applied: number, refused: number, commented = 0) =>
      `已填 0：${applied} 个单元格${refused > commented ? `；${refused - commented} 个在检查后被改过，没有改动` : ""}${commented ? `；${commented} 个单元格有批注，为保留批注没有改动，请手工填写` : ""}。`,
    tracked: "修订已打开：这次改动以修订显示，可在“审阅”选项卡中接受或拒绝。",
    untidy: "已插入，但 Word 在插入处留下了多余的空段落、编号或标题编号，未能自动整理，请看一下插入处前后。",
  },
  previous: {
    title: "与上年报告比较",
    intro:
      "选择上年的年度报告（.docx），本工具会把它的关键数字记在本文档中，以后每次检查都核对上年结转、现行有效件数、三张表的数字和与上年重复的文字。手头没有上年文件的，可以手工输入上年的结转和现行有效件数。",
    pick: "选择上年报告…",
    replace: "换一个文件…",
    remove: "移除",
    reading: "正在读取上年报告…",
    file: (name: string) => `上年报告：${name}`,
    year: (year: number | null) => (year ? `${year} 年度` : "年度未识别"),
    carriedForward: (n: number | undefined) =>
      `结转下年度继续办理：${n === undefined ? "未识别" : `${n} 件`}`,
    inForce: (regulations: number | undefined, normative: number | undefined) =>
      regulations === undefined && normative === undefined
        ? "现行有效件数：未识别"
        : `现行有效件数：规章 ${regulations ?? "—"} 件，规范性文件 ${normative ?? "—"} 件`,
    truncated: "上年报告文字较长，只记住了前面一部分，重复文字的比较可能不完整。",
    unreadable: (name: string, detail: string) => `无法读取“${name}”：${detail}`,
    notSaved: (detail: string) => `没能记在文档中：${detail}`,
    recheck: "已记住上年报告。请重新检查。",
    copied: (n: number) => `与上年报告相同或几乎相同的句子（${n} 句）：`,
    typeFigures: "手工输入上年数字…",
    typed: "上年数字：手工输入",
    carriedLegend: "上年表三“四、结转下年度继续办理”",
    inForceLegend: "上年表二“现行有效件数”",
    columns: {
      natural: "自然人",
      commercial: "商业企业",
      research: "科研机构",
      social: "社会公益组织",
      legal: "法律服务机构",
      other_org: "其他",
      total: "总计",
    } as Readonly<Record<string, string>>,
    rows: { regulations: "规章", normative_docs: "行政规范性文件" } as Readonly<Record<string, string>>,
    saveTyped: "记住这些数字",
    cancel: "取消",
    notWhole: "请填写 0 或正整数；不知道的可以空着。",
    noneTyped: "请至少填写一个数字。",
  },
};

export type Strings = typeof zh;

const en: Strings = {
  title: "Report Checker",
  subtitle: "Annual government information disclosure report",
  check: "Check my report",
  recheck: "Check again",
  clear: "Clear marks",
  locate: "Go to",
  fix: "Fix",
  apply: "Apply",
  comments: "Also explain in Word comments",
  stage: {
    read: "Reading the document…",
    check: "Checking…",
    mark: "Shading problem cells…",
    clear: "Clearing marks…",
    fix: "Fixing…",
  },
  severity: { error: "Error", warning: "Warning", info: "Note" },
  counts: (errors, warnings, infos) =>
    errors + warnings + infos === 0
      ? "No problems found"
      : [errors && `${errors} error(s)`, warnings && `${warnings} warning(s)`, infos && `${infos} note(s)`]
          .filter(Boolean)
          .join(", "),
  allGood: "No problems found: the tables add up and all six parts are there.",
  ignore: "Ignore",
  ignoreReason: "Reason (optional)",
  ignoreConfirm: "Ignore",
  cancel: "Cancel",
  restore: "Restore",
  ignoredTitle: (n) => `Ignored (${n})`,
  ignoredNote: (n) => `${n} more problem(s) ignored and not shaded; the document remembers them.`,
  year: (year) => `Report year: ${year}`,
  format: (f) =>
    f === "2019"
      ? "Table format: 2019 trial (outdated)"
      : f === "2021"
        ? "Table format: 2021"
        : "Table format: not recognised",
  formatMixed: (parts) =>
    `Table formats differ: ${parts.map(([t, f]) => `${t} ${f === "2019" ? "2019 trial (outdated)" : "2021"}`).join(", ")}`,
  sections: "Six parts",
  tables: "Three tables",
  sectionMissing: "missing",
  tableFound: (bound, expected) => `${bound}/${expected} value cells recognised`,
  tableMapped: (confirmed, cells) =>
    confirmed === cells
      ? "all can be marked in the document"
      : `${cells - confirmed} cannot be marked and are listed here only`,
  tableMissing: "not found",
  sectionNames: {
    s1: "1. Overview",
    s2: "2. Proactive disclosure",
    s3: "3. Requests received and handled",
    s4: "4. Reviews and lawsuits",
    s5: "5. Problems and improvements",
    s6: "6. Other matters",
  },
  tableNames: {
    table2: "Table 2 Proactive disclosure",
    table3: "Table 3 Requests",
    table4: "Table 4 Reviews and lawsuits",
  },
  wholeReport: "Whole report",
  difference: "difference",
  blank: "blank",
  others: (n) => `${n} more`,
  suggestion: (from, to) => `Could be ${to} (now ${from.trim() || "blank"})`,
  fixButton: (from, to) => `Fix: ${from.trim() || "blank"} → ${to}`,
  labelled: (label, text) => `${label}: ${text}`,
  joined: (parts) => parts.join("; "),
  filter: { all: "All", error: "Errors", warning: "Warnings", info: "Notes" },
  filterLabel: "Show",
  filterCount: (cards, cells) => (cards === cells ? `${cards}` : `${cards} · ${cells} places`),
  details: "Check details (year, format, parts and tables)",
  step: {
    label: "Step through the problems",
    previous: "Previous",
    next: "Next",
    position: (at, of) => (at ? `${at} / ${of}` : `${of} in all`),
    keys: "Shortcuts: Alt+↓ next, Alt+↑ previous",
  },
  settings: {
    open: "Rule settings",
    close: "Back to the results",
    title: "Rule settings",
    intro:
      "Turn rules off or change their severity, or load a profile (.json) from your province or city. Check again afterwards.",
    active: (name, scope) =>
      name
        ? `Profile: ${name} (${scope === "document" ? "this document only" : "all reports on this computer"})`
        : "Profile: every rule, default severities",
    load: "Load a profile…",
    reset: "Reset",
    documentOnly: "This document only",
    custom: "Custom",
    severity: (rule) => `Severity of ${rule}`,
    bad: (file, detail) => `Cannot use “${file}”: ${detail}`,
    notSaved: (detail) => `The settings were not saved: ${detail}`,
  },
  sheet: {
    button: "Self-check sheet",
    title: "Annual disclosure report: self-check sheet",
    untitled: "(title not recognised)",
    report: (title) => `Report: ${title}`,
    date: (d) => `Checked on: ${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`,
    rules: (run, all, profile, off) =>
      `Rules: ${run}/${all}${profile ? ` (profile: ${profile})` : ""}${off.length ? `; not run: ${off.join(", ")}` : ""}`,
    totals: (errors, warnings, infos, fixed, ignored) =>
      `Result: ${errors} error(s), ${warnings} warning(s), ${infos} note(s) left; ${fixed} fixed; ${ignored} ignored`,
    left: (n) => `1. Problems left (${n})`,
    fixed: (n) => `2. Fixed in this session (${n})`,
    ignored: (n) => `3. Ignored, with the reason (${n})`,
    reason: (reason) => (reason ? ` — reason: ${reason}` : " — no reason given"),
    none: "None",
    signature: "Prepared by: ____________   Reviewed by: ____________   Date: ____________",
    done: "The self-check sheet was written.",
    failed: (detail) => `The self-check sheet could not be written: ${detail}`,
  },
  why: "Why?",
  basis: "Basis: ",
  group: {
    title: (where, n, rule, description) =>
      CELL_RULES_EN[rule]
        ? `${where}: ${n} cells ${CELL_RULES_EN[rule]}`
        : `${where}: ${n} places: ${description}`,
    show: (n) => `Show ${n} places`,
    hide: "Hide",
    fillAll: "Fill all with 0",
    fixAll: (n) => `Fix all (${n})`,
  },

  legend: { error: "Error", warning: "Warning", part: "Cells in the sum" },
  legendTitle: "Colours in the document:",
  idle: "Click Check my report: this pane lists the report's problems and shades the problem cells in the document. No text is changed.",
  marked: (n, parts) => `Shaded ${n} problem cell(s)${parts ? ` and ${parts} cell(s) in the sums` : ""}.`,
  unconfirmed: (n) =>
    `${n} cell(s) could not be located exactly in Word and were not shaded; they are still listed below.`,
  cleared: (n) =>
    n
      ? `Cleared the marks of ${n} cell(s) and restored their shading.`
      : "The document has no marks from this add-in.",
  clearedChanged: (n) => `${n} cell(s) were re-shaded after marking; their current colour was kept.`,
  whiteForNoColor: (n) =>
    `${n} cell(s) had no shading; this Word cannot set "No Color", so they are now white.`,
  clearedUnreachable: (n) =>
    `${n} mark(s) are in tables that changed and could not be cleared; check again and retry.`,
  fixed: "Fixed and checked again.",
  fixedCount: (n) => `Made ${n} change(s) and checked again.`,
  fixAll: (n) => `Fix all (${n})`,
  storyUnchecked: {
    title: "Hidden text and text boxes not checked",
    body: "The document's OOXML could not be read from Word, or its paragraphs or tables do not line up with Word's: hidden text may have been read as text, and tables in text boxes missed or taken for body tables. The findings may differ from those for the .docx file itself.",
  },
  laidOut: {
    title: "The report is inside a web page's layout table",
    body: "This document looks like a web page turned into Word: the whole report sits in a table used for layout. Its parts and statistical tables were read as the report, but the statistical tables sit inside that table, so Word cannot shade or fix their cells. The findings are still listed below, and Locate goes to the paragraph before each table. Add any missing part or table by hand.",
  },
  noTables: {
    title: "No report tables found",
    body: "Tables 2, 3 and 4 were not found. Make sure this is the annual disclosure report and the tables are Word tables, not pictures or text boxes.",
  },
  notWord: "Open this pane in Word.",
  reasons: {
    "too-old": {
      title: "Word is too old",
      body: (api) =>
        `Checking tables needs Word 2021, Office 2024 or Microsoft 365 (WordApi 1.3). This Word supports ${api ? `WordApi ${api}` : "older APIs only"}.`,
    },
    "read-only": {
      title: "The document is read-only",
      body: "You can check and go to problems, but not shade or fix them. Enable editing first.",
    },
    protected: {
      title: "The document is protected or read-only",
      body: "Word refused the change: editing is restricted, or the document is read-only or in Viewing mode, so cells cannot be shaded or fixed; the problems are still listed. Enable editing, switch to Editing mode, or stop protection under Review > Restrict Editing to mark them.",
    },
    stale: {
      title: "The document changed",
      body: "The document changed since the check, so nothing was done. Check again.",
    },
    unconfirmed: {
      title: "Cannot locate this cell",
      body: "Word's position of this cell could not be confirmed, so it was left unchanged.",
    },
    commented: {
      title: "The cell has a comment",
      body: "A comment is anchored in this cell's text and writing over it would delete the comment, so it was left unchanged. Change it by hand.",
    },
    "cursor-in-table": {
      title: "The cursor is in a table",
      body: "A table cannot go into a table cell. Put the cursor in a paragraph outside the table and insert again.",
    },
    "cursor-outside-body": {
      title: "The cursor is not in the document's text",
      body: "A table can only go into the document's text, not a header, footer, footnote, endnote or text box. Put the cursor in a paragraph of the text and insert again.",
    },
    "host-error": {
      title: "Word reported an error",
      body: "The action did not complete. Try again; if the document is in Viewing mode, switch to Editing first. If it keeps happening, send this to support:",
    },
  },
  selfTest: {
    button: "Self-test",
    hint: "Checks this tool's assumptions about Word on this document (reads only, changes nothing) and makes a report to copy and send to support.",
    copy: "Copy report",
    copied: "Copied",
    failed: "The self-test did not complete: ",
    heading: "Report check self-test",
    word: (version, platform) => `Word version: ${version || "unknown"}; platform: ${platform || "unknown"}`,
    sets: (api, comments, noColor, tracked) =>
      `APIs: WordApi ${api || "none"}; comments (WordApi 1.4): ${comments ? "yes" : "no"}; "no colour" shading (WordApiDesktop 1.4): ${noColor ? "yes" : "no"}; track changes (WordApi 1.4): ${tracked ? "yes" : "no"}`,
    table: (n, cells, confirmed) => `Table ${n}: ${cells} cells, ${confirmed} addresses confirmed`,
    merged: (ok) =>
      ok === null
        ? "; merged cells, could not be probed"
        : ok
          ? "; merged cells' addresses agree"
          : "; merged cells' addresses disagree with Word: nothing will be marked or changed",
    withoutMerges: "; OOXML could not be read, read from text only (no merges)",
    layout: "; a web page's layout table, read as its content (the tables in it are not shaded or changed)",
    failures: "Failed calls: ",
    none: "none",
  },
  engineError: {
    title: "The check failed",
    body: "The checker failed and has no result. Send this to support:",
  },
  repair: {
    title: "Complete and repair",
    intro: "This add-in can write the following into the document, then checks again. Ctrl+Z undoes it.",
    insertSection: (name) => `Insert the missing part “${name}”`,
    insertSectionButton: "Insert this part",
    insertTable: (table, section) => `“${section}” has no ${table}`,
    insertTableButton: "Insert the standard table",
    replaceTable: (table) =>
      `${table} differs from the standard layout (rows, labels or merges, or the old format)`,
    replaceTableButton: "Replace by the standard table",
    fillZero: (table, n) => `${table} has ${n} blank or placeholder cell(s)`,
    fillZeroButton: "Fill all blanks with 0",
    atCursor: "Insert a standard table at the cursor:",
    tableShort: { table2: "Table 2", table3: "Table 3", table4: "Table 4" },
    fixSum: "Fix the total",
    fixBlank: "Fill with 0",
    fixHeading: "Fix the numbering",
    inserted: "Written into the document and checked again.",
    replaced: (carried, zeroFilled) =>
      `Replaced by the standard table: ${carried} value(s) carried over${zeroFilled ? `, ${zeroFilled} cell(s) the old table lacked set to 0 — please review` : ""}.`,
    uncarried: (n) =>
      `These ${n} number(s) of the old table matched no cell of the standard table and were not carried over:`,
    uncarriedItem: (rowLabel, text) => (rowLabel ? `row “${rowLabel}”: ${text}` : text),
    filled: (applied, refused, commented = 0) =>
      `Filled ${applied} cell(s) with 0${refused > commented ? `; ${refused - commented} changed since the check and were left alone` : ""}${commented ? `; ${commented} hold a comment and were left alone so it is kept: fill them by hand` : ""}.`,
    tracked:
      "Track Changes is on: this change shows as a revision you can accept or reject on the Review tab.",
    untidy:
      "Inserted, but Word left an extra empty or numbered paragraph, or numbered the heading otherwise, that could not be tidied: please look around the insertion.",
  },
  previous: {
    title: "Compare with last year's report",
    intro:
      "Pick last year's annual report (.docx). Its key figures are remembered in this document, and every check then compares the carry-over, the documents in force, the table figures and text repeated from last year. Without last year's file, type its carried-forward and in-force figures.",
    pick: "Pick last year's report…",
    replace: "Pick another file…",
    remove: "Remove",
    reading: "Reading last year's report…",
    file: (name) => `Last year's report: ${name}`,
    year: (year) => (year ? `Year ${year}` : "Year not recognised"),
    carriedForward: (n) => `Carried forward: ${n === undefined ? "not recognised" : n}`,
    inForce: (regulations, normative) =>
      regulations === undefined && normative === undefined
        ? "In force: not recognised"
        : `In force: ${regulations ?? "—"} regulations, ${normative ?? "—"} normative documents`,
    truncated:
      "Last year's text is long; only its first part was remembered, so repeated text may be missed.",
    unreadable: (name, detail) => `Cannot read “${name}”: ${detail}`,
    notSaved: (detail) => `Could not remember it in the document: ${detail}`,
    recheck: "Last year's report is remembered. Check again.",
    copied: (n) => `Sentences repeated from last year's report (${n}):`,
    typeFigures: "Type last year's figures…",
    typed: "Last year's figures: typed in",
    carriedLegend: "Last year's table 3, “四、结转下年度继续办理” (carried forward)",
    inForceLegend: "Last year's table 2, documents in force",
    columns: {
      natural: "Natural persons",
      commercial: "Businesses",
      research: "Research institutions",
      social: "Non-profits",
      legal: "Legal services",
      other_org: "Other",
      total: "Total",
    },
    rows: { regulations: "Regulations", normative_docs: "Normative documents" },
    saveTyped: "Remember these figures",
    cancel: "Cancel",
    notWhole: "Enter 0 or a whole number; leave unknown ones blank.",
    noneTyped: "Enter at least one figure.",
  },
};

export const strings: Record<Lang, Strings> = { zh, en };

/** Office's display language ("zh-CN", "en-US"…) to the pane's language. */
export const langOf = (displayLanguage: string | undefined): Lang =>
  /^en\b/i.test(displayLanguage ?? "") ? "en" : "zh";

export const StringsContext = createContext<Strings>(zh);
export const useStrings = (): Strings => useContext(StringsContext);
