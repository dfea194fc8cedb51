import { stringify } from "csv-stringify/sync";
import { suspectNote, type Finding } from "../engine";
import { columnName, rowName } from "../engine/describe";
import { format2019, format2021, type FormatTemplate } from "../template";
import { duplicateGroups } from "../review/duplicates";
import type { Formatter } from "./formatter";
import type { Language } from "./format-text";
import { errorCount, SKIP_MESSAGES, verdictOf, warningCount, type FileReport } from "./report";

/**
 * `--csv`, for a reviewer's spreadsheet of forty reports: per file one 报告 row (its 单位, year,
 * verdict and counts), then one 问题 row per finding with the section, table, row and column
 * as the official format labels them; a file not checked is one 未检查 row; at the end, a 重复 row
 * for each file of a report the batch holds twice (one 单位's several files, identical files). A byte-order mark
 * and CRLF so Excel on Chinese Windows opens it as UTF-8. Every line of a cell that a spreadsheet
 * would run as a formula is escaped, and a cell with a line break is quoted, so text from a
 * report never runs, nor splits a row.
 */
const HEADERS = {
  zh: [
    "记录",
    "文件",
    "单位",
    "年度",
    "结论",
    "错误",
    "警告",
    "严重程度",
    "说明",
    "最可能出错",
    "规则",
    "部分",
    "表格",
    "行",
    "列",
  ],
  en: [
    "record",
    "file",
    "unit",
    "year",
    "verdict",
    "errors",
    "warnings",
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
    record: { file: "报告", finding: "问题", skipped: "未检查", duplicate: "重复" },
    verdict: {
      unread: "无法检查",
      errors: "有错误",
      warnings: "仅有警告",
      clean: "未发现问题",
      skipped: "未检查",
    },
    severity: { error: "错误", warning: "警告", info: "提示" },
  },
  en: {
    record: { file: "report", finding: "finding", skipped: "not checked", duplicate: "duplicate" },
    verdict: {
      unread: "could not be checked",
      errors: "errors",
      warnings: "warnings only",
      clean: "no problems found",
      skipped: "not checked",
    },
    severity: { error: "error", warning: "warning", info: "info" },
  },
} as const;

type Cell = string | number | null | undefined;

/** A line that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, as Excel's own escape. */
const escapeCell = (cell: Cell): Cell =>
  typeof cell === "string" ? cell.replace(/(^|\n)(?=[=+\-@\t\r])/g, "$1'") : cell;

export function csvFormatter(lang: Language = "zh", errorsOnly = false): Formatter {
  const w = WORDS[lang];
  const width = HEADERS[lang].length;
  let header = true;
  const write = (rows: Cell[][]): string => {
    const text = stringify(
      // every row as wide as the header, so a spreadsheet's filters and sorting see one table
      rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)].map(escapeCell)),
      {
        bom: header,
        header,
        columns: [...HEADERS[lang]],
        record_delimiter: "windows",
        quoted_match: /[\r\n]/,
      },
    );
    header = false;
    return text;
  };
  return {
    begin: (start) =>
      write(
        start.skipped.map((s) => [
          w.record.skipped,
          s.file,
          null,
          null,
          w.verdict.skipped,
          null,
          null,
          null,
          SKIP_MESSAGES[s.reason][lang],
        ]),
      ),
    file: (r) => write(fileRows(r, lang, errorsOnly)),
    // the reports the batch holds twice, as the text and JSON summaries list them: a 重复 row
    // for each file of a set, saying what it repeats
    end: (summary) =>
      summary.duplicates
        ? write(
            duplicateGroups(summary.duplicates, lang).flatMap(({ line, files }) =>
              files.map((f) => [w.record.duplicate, f.file, f.agency, f.year, null, null, null, null, line]),
            ),
          )
        : "",
  };
}

function fileRows(r: FileReport, lang: Language, errorsOnly: boolean): Cell[][] {
  const w = WORDS[lang];
  const verdict = w.verdict[verdictOf(r)];
  if (!r.result)
    return [
      [
        w.record.file,
        r.file,
        null,
        null,
        verdict,
        null,
        null,
        null,
        lang === "zh" ? r.error?.message : r.error?.messageEn,
      ],
    ];
  const { findings, year, agency } = r.result;
  const format = r.result.format === "2019" ? format2019 : format2021;
  const shown = findings.filter((f) => !errorsOnly || f.severity === "error");
  return [
    [w.record.file, r.file, agency, year, verdict, errorCount(findings), warningCount(findings)],
    ...shown.map((f) => [
      w.record.finding,
      r.file,
      agency,
      year,
      verdict,
      null,
      null,
      w.severity[f.severity],
      lang === "zh" ? f.message : f.messageEn,
      suspectNote(f, lang),
      f.rule,
      ...labels(f, format),
    ]),
  ];
}

/** 部分、表格、行、列 as the official format names them ("三、收到和处理…", "表三（…）", …). */
function labels(f: Finding, format: FormatTemplate): Cell[] {
  const section = format.sections.find((s) => s.key === f.section);
  const table = format.tables.find((t) => t.key === f.table);
  return [
    section ? `${section.numeral}、${section.title}` : f.section,
    table?.name ?? f.table,
    table && f.row ? rowName(table, f.row) : f.row,
    table && f.column ? columnName(table, f.column) : f.column,
  ];
}
