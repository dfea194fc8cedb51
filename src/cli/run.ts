import { checkFile } from "./check-file";
import { collectFiles } from "./collect-files";
import { formatJson } from "./format-json";
import { formatText, type Language } from "./format-text";
import { errorCount, type FileReport } from "./report";

export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `用法：report-check [选项] 文件或文件夹…

检查政府信息公开工作年度报告（.docx）：六个部分、三张统计表的勾稽关系和填写规范。
文件夹会递归查找其中所有 .docx 文件。

选项：
  --json        以 JSON 输出（供程序处理）
  --lang en     英文输出（English output）
  -h, --help    显示本帮助
  -v, --version 显示版本

退出码：0 没有错误；1 有文件存在错误；2 有文件无法读取或参数有误。
`;

interface Options {
  readonly json: boolean;
  readonly lang: Language;
  readonly paths: readonly string[];
}

/** Parses the arguments; a string is the reason they are wrong. */
export function parseArgs(argv: readonly string[]): Options | "help" | "version" | string {
  let json = false;
  let lang: Language = "zh";
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return "help";
    if (a === "-v" || a === "--version") return "version";
    if (a === "--json") json = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a.includes("=") ? a.slice(7) : argv[++i];
      if (value !== "zh" && value !== "en") return `--lang 只能是 zh 或 en，收到“${value ?? ""}”。`;
      lang = value;
    } else if (a.startsWith("-") && a !== "-") return `不认识的选项“${a}”。`;
    else paths.push(a);
  }
  if (paths.length === 0) return "请给出要检查的 .docx 文件或文件夹。";
  return { json, lang, paths };
}

/**
 * The whole command: returns the exit code — 0 when no finding is an error, 1 when some is,
 * 2 when a file could not be read or the arguments are wrong.
 */
export function run(argv: readonly string[], out: Output, version = "0.0.0"): number {
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
  const { files, missing } = collectFiles(options.paths);
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
    ...files.map(checkFile),
  ];
  out.stdout(options.json ? formatJson(reports) : formatText(reports, options.lang));
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.result && errorCount(r.result.findings) > 0) ? 1 : 0;
}
