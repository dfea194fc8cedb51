import { checkAgainst, readPrevious, readProfile } from "./check-file";
import { collectFiles } from "./collect-files";
import { refuseCopies, writeCopies } from "./copies";
import { formatCsv } from "./format-csv";
import { formatJson } from "./format-json";
import { formatText, type Language } from "./format-text";
import { distinctFiles, originalsOf } from "./originals";
import { errorCount, type FileReport } from "./report";
import { runTemplate } from "./template-command";

export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `用法：report-check [选项] 文件或文件夹…
      report-check template --year 2024 --out report.docx

检查政府信息公开工作年度报告（.docx）：六个部分、三张统计表的勾稽关系和填写规范。
文件夹会递归查找其中所有 .docx 文件。

选项：
  --json        以 JSON 输出（供程序处理）
  --csv         以 CSV 表格输出，每个问题一行（可用 Excel 打开汇总多份报告）
  --lang en     英文输出（English output）
  --previous 文件    上年的年度报告（.docx，或从政府网站保存的 .html 网页）：核对上年结转、现行有效件数，
                     比较三张表的数字，并找出与上年重复的文字
  --profile 文件     规则配置文件（JSON）：关闭某些规则、改变严重程度或阈值（格式见 docs/profiles.md）
  --annotate 文件夹  在该文件夹写出标注副本：问题单元格标色，每个问题一条批注（原文件不变）
  --fix 文件夹       在该文件夹写出修正副本：应用可安全自动修正的问题，并列出改了什么（原文件不变）
  -h, --help    显示本帮助
  -v, --version 显示版本

退出码：0 没有错误；1 有文件存在错误；2 有文件无法读取或参数有误。
`;

interface Options {
  readonly json: boolean;
  readonly csv: boolean;
  readonly lang: Language;
  readonly paths: readonly string[];
  /** Folders for the annotated and the fixed copies. */
  readonly annotate?: string;
  readonly fix?: string;
  /** Last year's report, compared with every file checked. */
  readonly previous?: string;
  /** A profile file: rules off, severities, thresholds. */
  readonly profile?: string;
}

/** Parses the arguments; a string is the reason they are wrong. */
export function parseArgs(argv: readonly string[]): Options | "help" | "version" | string {
  let json = false;
  let csv = false;
  let lang: Language = "zh";
  const paths: string[] = [];
  const copies: { annotate?: string; fix?: string } = {};
  let previous: string | undefined;
  let profile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return "help";
    if (a === "-v" || a === "--version") return "version";
    if (a === "--json") json = true;
    else if (a === "--csv") csv = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a.includes("=") ? a.slice(7) : argv[++i];
      if (value !== "zh" && value !== "en") return `--lang 只能是 zh 或 en，收到“${value ?? ""}”。`;
      lang = value;
    } else if (/^--(annotate|fix)(=|$)/.test(a)) {
      const name = a.slice(2).split("=")[0] as "annotate" | "fix";
      const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (!value) return `--${name} 需要一个文件夹，用来放副本。`;
      copies[name] = value;
    } else if (a === "--previous" || a.startsWith("--previous=")) {
      previous = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (!previous) return "--previous 需要上年年度报告的文件名。";
    } else if (a === "--profile" || a.startsWith("--profile=")) {
      profile = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (!profile) return "--profile 需要规则配置文件的文件名。";
    } else if (a.startsWith("-") && a !== "-") return `不认识的选项“${a}”。`;
    else paths.push(a);
  }
  if (paths.length === 0) return "请给出要检查的 .docx 文件或文件夹。";
  if (json && csv) return "--json 和 --csv 只能选一个。";
  return {
    json,
    csv,
    lang,
    paths,
    ...copies,
    ...(previous ? { previous } : {}),
    ...(profile ? { profile } : {}),
  };
}

/**
 * The whole command: returns the exit code — 0 when no finding is an error, 1 when some is,
 * 2 when a file could not be read or the arguments are wrong.
 */
export function run(argv: readonly string[], out: Output, version = "0.0.0"): number {
  if (argv[0] === "template") return runTemplate(argv.slice(1), out);
  const options = parseArgs(argv);
  if (options === "help") {
    out.stdout(USAGE);
    return 0;
  }
  if (options === "version") {
    out.stdout(`${version}\n`);
    return 0;
  }
  if (typeof options === "string") {
    out.stderr(`report-check：${options}\n\n${USAGE}`);
    return 2;
  }
  const previous = options.previous ? readPrevious(options.previous) : undefined;
  if (typeof previous === "string") {
    out.stderr(`report-check：${previous}\n`);
    return 2;
  }
  const profile = options.profile ? readProfile(options.profile) : {};
  if (typeof profile === "string") {
    out.stderr(`report-check：${profile}\n`);
    return 2;
  }
  const collected = collectFiles(options.paths);
  const { missing } = collected;
  const files = distinctFiles(collected.files);
  const originals = originalsOf([...files, ...(options.previous ? [options.previous] : [])], options.paths);
  const refused = refuseCopies(files, options, options.lang, originals);
  if (refused) {
    out.stderr(`report-check：${refused}\n`);
    return 2;
  }
  const reports: FileReport[] = [
    ...missing.map((m) => ({
      file: m.file,
      result: null,
      error:
        m.reason === "not-found"
          ? { code: "not-found", message: "找不到这个文件或文件夹。", messageEn: "No such file or folder." }
          : {
              code: "no-docx",
              message: "文件夹中没有 .docx 文件。",
              messageEn: "The folder holds no .docx file.",
            },
    })),
    ...files.map(checkAgainst(previous, profile)),
  ];
  const copies =
    options.annotate || options.fix ? writeCopies(reports, options, options.lang, originals) : null;
  const reported = copies ? reports.map((r) => ({ ...r, copies: copies.records.get(r.file) })) : reports;
  out.stdout(
    options.json
      ? formatJson(reported)
      : options.csv
        ? formatCsv(reports, options.lang)
        : formatText(reports, options.lang),
  );
  if (copies && !options.json && !options.csv) out.stdout(`\n${copies.lines.join("\n")}\n`);
  if (reports.some((r) => r.error) || copies?.failed) return 2;
  return reports.some((r) => r.result && errorCount(r.result.findings) > 0) ? 1 : 0;
}
