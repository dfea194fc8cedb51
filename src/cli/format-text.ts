import { suspectNote, type CheckResult, type Finding } from "../engine";
import { format2021 } from "../template";
import { errorCount, type FileReport } from "./report";

export type Language = "zh" | "en";

/** "一" … "六": the numerals are the same in the 2019 and 2021 formats. */
const numeral = (key: string) => format2021.sections.find((s) => s.key === key)?.numeral ?? key;
const TABLE_NAMES: Readonly<Record<string, string>> = { table2: "表二", table3: "表三", table4: "表四" };

const words = {
  zh: {
    unread: "无法检查",
    year: (y: number | null) => (y ? `${y} 年度` : "年度未知"),
    format: (f: string) =>
      f === "unknown" ? "未找到统计表" : f === "2019" ? "2019 年试行格式" : "2021 年版格式",
    sections: "部分",
    tables: "表格",
    missing: "缺",
    counts: (e: number, w: number) => (e || w ? `错误 ${e} 项，警告 ${w} 项` : "未发现问题"),
    severity: { error: "错误", warning: "警告", info: "提示" },
    summary: (n: number, bad: number, warn: number, unread: number) =>
      `共检查 ${n} 个文件：${bad} 个有错误，${warn} 个仅有警告，${n - bad - warn - unread} 个未发现问题` +
      (unread ? `，${unread} 个无法读取。` : "。"),
  },
  en: {
    unread: "could not be checked",
    year: (y: number | null) => (y ? `report on ${y}` : "year unknown"),
    format: (f: string) =>
      f === "unknown" ? "no report table found" : f === "2019" ? "2019 trial format" : "2021 format",
    sections: "sections",
    tables: "tables",
    missing: "missing",
    counts: (e: number, w: number) => (e || w ? `${e} errors, ${w} warnings` : "no problems found"),
    severity: { error: "error", warning: "warning", info: "info" },
    summary: (n: number, bad: number, warn: number, unread: number) =>
      `${n} files checked: ${bad} with errors, ${warn} with warnings only, ${n - bad - warn - unread} clean` +
      (unread ? `, ${unread} could not be read.` : "."),
  },
};

/** The readable report: per file its year, format, sections, tables and every finding. */
export function formatText(reports: readonly FileReport[], lang: Language = "zh"): string {
  const w = words[lang];
  const lines: string[] = [];
  for (const r of reports) {
    if (r.error || !r.result) {
      lines.push(
        `✗ ${r.file}：${w.unread}`,
        `    ${lang === "zh" ? r.error?.message : r.error?.messageEn}`,
        "",
      );
      continue;
    }
    lines.push(...fileLines(r.file, r.result, lang), "");
  }
  const checked = reports.filter((r) => r.result);
  const bad = checked.filter((r) => errorCount(r.result!.findings) > 0).length;
  const warn = checked.filter(
    (r) => errorCount(r.result!.findings) === 0 && r.result!.findings.length > 0,
  ).length;
  if (reports.length > 1) lines.push(w.summary(reports.length, bad, warn, reports.length - checked.length));
  return lines.join("\n").replace(/\n+$/, "") + "\n";
}

function fileLines(file: string, result: CheckResult, lang: Language): string[] {
  const w = words[lang];
  const errors = errorCount(result.findings);
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  const mark = errors ? "✗" : warnings ? "!" : "✓";
  const sections = result.sections.map((s) => `${numeral(s.key)}${s.found ? "✓" : "✗"}`).join(" ");
  const tables = result.tables
    .map((t) => `${TABLE_NAMES[t.key]} ${t.found ? `${t.bound}/${t.expected}` : w.missing}`)
    .join("，");
  return [
    `${mark} ${file}（${w.year(result.year)}，${formatOf(result, lang)}）`,
    `    ${w.sections}：${sections}    ${w.tables}：${tables}`,
    `    ${w.counts(errors, warnings)}`,
    ...result.findings.flatMap((f) => [
      `    [${w.severity[f.severity]}] ${lang === "zh" ? f.message : f.messageEn}  (${where(f)})`,
      ...suspectLine(f, lang),
    ]),
  ];
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

/** The wrong-cell note of a broken sum ("最可能出错：…", "无法确定…"), on a line of its own. */
function suspectLine(f: Finding, lang: Language): string[] {
  const text = suspectNote(f, lang);
  return text ? [`        → ${text}`] : [];
}

/** "row-total table3/r1_open/total": the rule id and canonical location a reviewer can grep. */
function where(f: Finding): string {
  const at = f.table ? [f.table, f.row, f.column].filter(Boolean).join("/") : (f.section ?? "");
  return at ? `${f.rule} ${at}` : f.rule;
}
