import { stringify } from "csv-stringify/sync";
import { suspectNote } from "../engine";
import { errorCount, type FileReport } from "./report";
import type { Language } from "./format-text";

/**
 * `--csv`: one row per finding (one per file without findings or that could not be read), for a
 * reviewer's spreadsheet of forty reports. A byte-order mark and CRLF so Excel on Chinese Windows
 * opens it as UTF-8; cells that look like formulas are escaped, as text from a report must never
 * run in the reviewer's spreadsheet.
 */
const HEADERS = {
  zh: ["文件", "年度", "结论", "严重程度", "说明", "最可能出错", "规则", "部分", "表格", "行", "列"],
  en: [
    "file",
    "year",
    "verdict",
    "severity",
    "message",
    "most likely wrong",
    "rule",
    "section",
    "table",
    "row",
    "column",
  ],
} as const;

const WORDS = {
  zh: {
    verdict: { unread: "无法检查", errors: "有错误", warnings: "仅有警告", clean: "未发现问题" },
    severity: { error: "错误", warning: "警告", info: "提示" },
  },
  en: {
    verdict: {
      unread: "could not be checked",
      errors: "errors",
      warnings: "warnings only",
      clean: "no problems found",
    },
    severity: { error: "error", warning: "warning", info: "info" },
  },
} as const;

export function formatCsv(reports: readonly FileReport[], lang: Language = "zh"): string {
  const w = WORDS[lang];
  const rows: (string | number | null | undefined)[][] = [];
  for (const r of reports) {
    if (r.error || !r.result) {
      rows.push([
        r.file,
        null,
        w.verdict.unread,
        null,
        lang === "zh" ? r.error?.message : r.error?.messageEn,
      ]);
      continue;
    }
    const { findings, year } = r.result;
    const verdict = errorCount(findings)
      ? w.verdict.errors
      : findings.some((f) => f.severity === "warning")
        ? w.verdict.warnings
        : w.verdict.clean;
    if (!findings.length) rows.push([r.file, year, verdict]);
    for (const f of findings)
      rows.push([
        r.file,
        year,
        verdict,
        w.severity[f.severity],
        lang === "zh" ? f.message : f.messageEn,
        suspectNote(f, lang),
        f.rule,
        f.section,
        f.table,
        f.row,
        f.column,
      ]);
  }
  const width = HEADERS[lang].length;
  // every row as wide as the header, so a spreadsheet's filters and sorting see one table
  const padded = rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);
  return stringify(padded, {
    bom: true,
    header: true,
    columns: [...HEADERS[lang]],
    record_delimiter: "windows",
    escape_formulas: true,
  });
}
