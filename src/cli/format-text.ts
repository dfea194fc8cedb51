import { suspectNote, type CheckResult, type Finding } from "../engine";
import { rules } from "../engine/rules";
import { duplicateLines } from "../review/duplicates";
import { format2021 } from "../template";
import type { BatchStart, Formatter } from "./formatter";
import { errorCount, SKIP_MESSAGES, warningCount, type FileReport } from "./report";
import { stripControls } from "./terminal";

/** "1 error", "2 errors": English counts. */
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

export type Language = "zh" | "en";

/** "一" … "六": the numerals are the same in the 2019 and 2021 formats. */
const numeral = (key: string) => format2021.sections.find((s) => s.key === key)?.numeral ?? key;
const TABLE_NAMES: Readonly<Record<string, string>> = { table2: "表二", table3: "表三", table4: "表四" };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
/** From this many findings of one rule in one table, they are one line with a count. */
const GROUP_FROM = 4;

/** The line of a group of cell findings: "表三 102 个单元格为空白…". */
const CELL_GROUPS: Readonly<Record<string, { zh: string; en: string }>> = {
  "cell-blank": {
    zh: "个单元格为空白，没有数据时应填 0",
    en: "cells are blank; write 0 when there is nothing to report",
  },
  "cell-placeholder": {
    zh: "个单元格填写了“/”“-”“无”等符号，应填数字（没有则填 0）",
    en: "cells hold a placeholder such as “/” or “无”; write a number (0 when none)",
  },
  "cell-not-number": { zh: "个单元格填写的不是数字", en: "cells do not hold a number" },
  "cell-negative": { zh: "个单元格为负数", en: "cells are negative" },
  "cell-not-integer": { zh: "个单元格不是整数", en: "cells are not whole numbers" },
};

/**
 * Groups whose findings each name a row or column the table lacks: the line names every one (a
 * table has at most a few dozen), since a count alone leaves the reviewer to look for them.
 */
const NAMED_GROUPS: Readonly<Record<string, { key: string; zh: string; en: string }>> = {
  "table-row-missing": { key: "row", zh: "行", en: "rows" },
  "table-column-missing": { key: "column", zh: "列", en: "columns" },
};

/** The names a group's findings give under `key`, or null when one of them gives none. */
function namesIn(group: readonly Finding[], key: string): string[] | null {
  const names = group.map((f) => f.data[key]);
  return names.every((n): n is string => typeof n === "string" && n !== "") ? names : null;
}

const words = {
  zh: {
    unread: "无法检查",
    year: (y: number | null) => (y ? `${y} 年度` : "年度未知"),
    format: (f: string) =>
      f === "unknown" ? "未找到统计表" : f === "2019" ? "2019 年试行格式" : "2021 年版格式",
    agency: (a: string) => ` — 单位：${a}`,
    stop: "。",
    converted: "（由 LibreOffice 转换为 .docx 后检查）",
    previous: (p: string | null) => (p ? `上年报告：${p}` : "上年报告：未找到同一单位的上年报告"),
    sections: "部分",
    tables: "表格",
    missing: "缺",
    counts: (e: number, w: number) => (e || w ? `错误 ${e} 项，警告 ${w} 项` : "未发现问题"),
    hidden: "（只列出错误）",
    severity: { error: "错误", warning: "警告", info: "提示" },
    group: (where: string, n: number, what: string) => `${where} ${n} ${what}`,
    groupOther: (where: string, n: number, what: string) => `${where}${where ? " " : ""}${n} 处：${what}`,
    groupNamed: (where: string, n: number, kind: string, names: readonly string[], what: string) =>
      `${where}缺少 ${n} ${kind}：${names.map((x) => `“${x}”`).join("、")}。${what}`,
    start: (n: number, year?: number) => `待检查 ${n} 个文件${year ? `，本批应为 ${year} 年度的报告` : ""}。`,
    skipped: (n: number) => `另有 ${n} 个文件或文件夹未检查：`,
    summary: (n: number, bad: number, warn: number, clean: number, unread: number) =>
      `共检查 ${n} 个文件：${bad} 个有错误，${warn} 个仅有警告，${clean} 个未发现问题` +
      (unread ? `，${unread} 个无法读取。` : "。"),
    skippedAgain: (n: number) => `另有 ${n} 个文件或文件夹未检查（见开头）。`,
    errorFiles: "有错误的报告：",
    errorsIn: (n: number) => `错误 ${n} 项`,
    unreadFiles: "无法读取的文件：",
    unpairedThisYear: "没有找到上年报告的：",
    unpairedLastYear: "上年报告中没有对应本年报告的：",
  },
  en: {
    unread: "could not be checked",
    year: (y: number | null) => (y ? `report on ${y}` : "year unknown"),
    format: (f: string) =>
      f === "unknown" ? "no report table found" : f === "2019" ? "2019 trial format" : "2021 format",
    agency: (a: string) => ` — unit: ${a}`,
    stop: ".",
    converted: " (checked after conversion to .docx by LibreOffice)",
    previous: (p: string | null) =>
      p ? `last year's report: ${p}` : "last year's report: none of the same unit found",
    sections: "sections",
    tables: "tables",
    missing: "missing",
    counts: (e: number, w: number) =>
      e || w ? `${plural(e, "error")}, ${plural(w, "warning")}` : "no problems found",
    hidden: " (errors only)",
    severity: { error: "error", warning: "warning", info: "info" },
    group: (where: string, n: number, what: string) => `${where}: ${n} ${what}`,
    groupOther: (where: string, n: number, what: string) => `${where}${where ? ": " : ""}${n} times: ${what}`,
    groupNamed: (where: string, n: number, kind: string, names: readonly string[], what: string) =>
      `${where} lacks ${n} ${kind}: ${names.map((x) => `“${x}”`).join(", ")}. ${what}`,
    start: (n: number, year?: number) =>
      `${plural(n, "file")} to check${year ? `; the batch should cover ${year}` : ""}.`,
    skipped: (n: number) => `${n} ${n === 1 ? "file or folder" : "files or folders"} not checked:`,
    summary: (n: number, bad: number, warn: number, clean: number, unread: number) =>
      `${plural(n, "file")} checked: ${bad} with errors, ${warn} with warnings only, ${clean} clean` +
      (unread ? `, ${unread} could not be read.` : "."),
    skippedAgain: (n: number) =>
      `${n} ${n === 1 ? "file or folder" : "files or folders"} not checked (listed at the top).`,
    errorFiles: "Reports with errors:",
    errorsIn: (n: number) => plural(n, "error"),
    unreadFiles: "Files that could not be read:",
    unpairedThisYear: "No report of last year found for:",
    unpairedLastYear: "Last year's reports no report was paired with:",
  },
};

/**
 * The readable report, file by file as each completes: the batch's plan first (how many files,
 * which were not checked and why), then per file its verdict and counts, errors before warnings,
 * many findings of one kind in one table on one line, and at the end the counts, the reports
 * with errors, the files that could not be read and the reports sent more than once. Document text and file names are stripped of terminal control sequences.
 */
export function textFormatter(lang: Language = "zh", errorsOnly = false): Formatter {
  const w = words[lang];
  const name = (s: { file: string }) => stripControls(s.file);
  const skipLines = (start: BatchStart) =>
    start.skipped.length
      ? [
          w.skipped(start.skipped.length),
          ...start.skipped.map((s) => `  - ${name(s)}：${SKIP_MESSAGES[s.reason][lang]}`),
        ]
      : [];
  const batch = (start: BatchStart) => start.total > 1 || start.skipped.length > 0 || !!start.year;
  return {
    begin: (start) =>
      batch(start) ? block([w.start(start.total, start.year), ...skipLines(start), ""]) : "",
    file: (r) => block([...(r.result ? fileLines(r, r.result, lang, errorsOnly) : unreadLines(r, lang)), ""]),
    end: (s) => {
      if (!batch(s)) return "";
      const v = s.verdicts;
      const n = v.errors + v.warnings + v.clean + v.unread;
      const lines = [w.summary(n, v.errors, v.warnings, v.clean, v.unread)];
      if (s.skipped.length) lines.push(w.skippedAgain(s.skipped.length));
      if (s.errorFiles.length)
        lines.push(
          w.errorFiles,
          ...s.errorFiles.map(
            (f) => `  ✗ ${name(f)}${f.agency ? `（${f.agency}）` : ""}：${w.errorsIn(f.errors)}`,
          ),
        );
      if (s.unreadFiles?.length)
        lines.push(
          w.unreadFiles,
          ...s.unreadFiles.map((f) =>
            `  ✗ ${name(f)}：${lang === "zh" ? f.message : f.messageEn}`.replace(/：$/, ""),
          ),
        );
      if (s.duplicates) lines.push(...duplicateLines(s.duplicates, lang, name));
      if (s.unpaired?.thisYear.length)
        lines.push(w.unpairedThisYear, ...s.unpaired.thisYear.map((f) => `  - ${stripControls(f)}`));
      if (s.unpaired?.lastYear.length)
        lines.push(w.unpairedLastYear, ...s.unpaired.lastYear.map((f) => `  - ${stripControls(f)}`));
      return block(lines);
    },
  };
}

/** Lines to text: every line stripped of control characters, so a document cannot end one early. */
const block = (lines: readonly string[]) => lines.map((l) => stripControls(l)).join("\n") + "\n";

function unreadLines(r: FileReport, lang: Language): string[] {
  return [
    `✗ ${r.file}：${words[lang].unread}`,
    `    ${lang === "zh" ? r.error?.message : r.error?.messageEn}`,
  ];
}

function fileLines(r: FileReport, result: CheckResult, lang: Language, errorsOnly: boolean): string[] {
  const w = words[lang];
  const errors = errorCount(result.findings);
  const warnings = warningCount(result.findings);
  const mark = errors ? "✗" : warnings ? "!" : "✓";
  const sections = result.sections.map((s) => `${numeral(s.key)}${s.found ? "✓" : "✗"}`).join(" ");
  const tables = result.tables
    .map((t) => `${TABLE_NAMES[t.key]} ${t.found ? `${t.bound}/${t.expected}` : w.missing}`)
    .join("，");
  const shown = result.findings.filter((f) => !errorsOnly || f.severity === "error");
  return [
    `${mark} ${r.file}（${w.year(result.year)}，${formatOf(result, lang)}）${result.agency ? w.agency(result.agency) : ""}` +
      (r.converted ? w.converted : ""),
    `    ${w.sections}：${sections}    ${w.tables}：${tables}`,
    `    ${w.counts(errors, warnings)}${errorsOnly && warnings ? w.hidden : ""}`,
    ...(r.previous !== undefined ? [`    ${w.previous(r.previous)}`] : []),
    ...grouped(shown).flatMap((g) => (g.length > 1 ? [groupLine(g, lang)] : findingLines(g[0], lang))),
  ];
}

/**
 * The findings, errors first, then warnings (each in document order); findings of one rule in
 * one table together, so a run of them can be one line.
 */
function grouped(findings: readonly Finding[]): Finding[][] {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const keyOf = (f: Finding, i: number) => (f.table ? `${f.severity} ${f.rule} ${f.table}` : `#${i}`);
  const groups = new Map<string, Finding[]>();
  sorted.forEach((f, i) => {
    const group = groups.get(keyOf(f, i));
    if (group) group.push(f);
    else groups.set(keyOf(f, i), [f]);
  });
  const out: Finding[][] = [];
  sorted.forEach((f, i) => {
    const group = groups.get(keyOf(f, i))!;
    // a big group goes where its first finding is; a small one keeps its findings apart
    if (group.length < GROUP_FROM) out.push([f]);
    else if (group[0] === f) out.push(group);
  });
  return out;
}

function groupLine(group: readonly Finding[], lang: Language): string {
  const w = words[lang];
  const first = group[0];
  const where = first.table ? (TABLE_NAMES[first.table] ?? first.table) : "";
  const cells = CELL_GROUPS[first.rule];
  const description = rules.find((r) => r.id === first.rule)?.meta.description[lang] ?? first.rule;
  const named = NAMED_GROUPS[first.rule];
  const names = named && namesIn(group, named.key);
  const what = cells
    ? w.group(where, group.length, cells[lang])
    : names
      ? w.groupNamed(where, group.length, named[lang], names, description)
      : w.groupOther(where, group.length, description);
  return `    [${w.severity[first.severity]}] ${what}${cells ? w.stop : ""}  (${first.rule} ${first.table} ×${group.length})`;
}

/** The tables' format, or each table's when they differ ("表二 2019 年试行格式、表三 2021 年版格式"). */
function formatOf(result: CheckResult, lang: Language): string {
  const w = words[lang];
  if (result.format !== "mixed") return w.format(result.format);
  return result.tables
    .filter((t) => t.found && t.format)
    .map((t) => `${TABLE_NAMES[t.key]} ${w.format(t.format!)}`)
    .join(lang === "zh" ? "、" : ", ");
}

function findingLines(f: Finding, lang: Language): string[] {
  const text = suspectNote(f, lang);
  return [
    `    [${words[lang].severity[f.severity]}] ${lang === "zh" ? f.message : f.messageEn}  (${where(f)})`,
    ...(text ? [`        → ${text}`] : []),
  ];
}

/** "row-total table3/r1_open/total": the rule id and canonical location a reviewer can grep. */
function where(f: Finding): string {
  const at = f.table ? [f.table, f.row, f.column].filter(Boolean).join("/") : (f.section ?? "");
  return at ? `${f.rule} ${at}` : f.rule;
}
