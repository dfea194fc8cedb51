import type { Language } from "./format-text";

/** What the command line asked for. */
export interface Options {
  readonly json: boolean;
  readonly csv: boolean;
  readonly lang: Language;
  readonly paths: readonly string[];
  /** Folders for the annotated and the fixed copies. */
  readonly annotate?: string;
  readonly fix?: string;
  /** Last year's report, compared with every file; or a folder of last year's reports, paired by 单位. */
  readonly previous?: string;
  /** Only the findings that are errors. */
  readonly errorsOnly: boolean;
  /** The year every report of the batch should cover. */
  readonly year?: number;
  /** Convert .doc, .wps and .rtf files with LibreOffice and check them. */
  readonly convert: boolean;
  /** A profile file: rules off, severities, thresholds. */
  readonly profile?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One option: its flag, the value it takes (if any), its help line, and how it sets the options. */
interface OptionSpec {
  readonly flag: string;
  /** The value's name in the help ("文件夹"); absent for a switch. */
  readonly value?: string;
  readonly help: string;
  /** Sets the option; a string is the reason the value is wrong. */
  readonly set: (options: Mutable<Options>, value: string) => string | void;
}

/**
 * Every option of `report-check`, in the order of the help. A new option is one more row here:
 * the parser and the help both read this table.
 */
export const OPTIONS: readonly OptionSpec[] = [
  { flag: "--json", help: "以 JSON 输出（供程序处理）", set: (o) => void (o.json = true) },
  {
    flag: "--csv",
    help: "以 CSV 表格输出：每份报告一行、每个问题一行（可用 Excel 打开汇总多份报告）",
    set: (o) => void (o.csv = true),
  },
  { flag: "--errors-only", help: "只列出错误，不列警告", set: (o) => void (o.errorsOnly = true) },
  {
    flag: "--year",
    value: "年份",
    help: "本批报告应为哪一年度（如 2024）；其他年度的报告列为错误",
    set: (o, v) => {
      if (!/^(19|20)\d{2}$/.test(v)) return `--year 需要四位年份，收到“${v}”。`;
      o.year = Number(v);
    },
  },
  {
    flag: "--previous",
    value: "文件或文件夹",
    help: "上年的年度报告（.docx，或从政府网站保存的 .html 网页）：一个文件与每份报告比较；一个文件夹则按单位配对（核对上年结转、现行有效件数、三张表的数字，找出与上年重复的文字）",
    set: (o, v) => void (o.previous = v),
  },
  {
    flag: "--profile",
    value: "文件",
    help: "规则配置文件（JSON）：关闭某些规则、改变严重程度或阈值（格式见 docs/profiles.md）",
    set: (o, v) => void (o.profile = v),
  },
  {
    flag: "--convert",
    help: "用 LibreOffice 把 .doc、.wps、.rtf 转为 .docx（在临时文件夹中，原文件不变）后检查",
    set: (o) => void (o.convert = true),
  },
  {
    flag: "--annotate",
    value: "文件夹",
    help: "在该文件夹写出标注副本：问题单元格标色，每个问题一条批注（原文件不变）",
    set: (o, v) => void (o.annotate = v),
  },
  {
    flag: "--fix",
    value: "文件夹",
    help: "在该文件夹写出修正副本：应用可安全自动修正的问题，并列出改了什么（原文件不变）",
    set: (o, v) => void (o.fix = v),
  },
  {
    flag: "--lang",
    value: "en",
    help: "英文输出（English output）",
    set: (o, v) => {
      if (v !== "zh" && v !== "en") return `--lang 只能是 zh 或 en，收到“${v}”。`;
      o.lang = v;
    },
  },
];

/** What a value-taking option says when its value is missing. */
const MISSING: Readonly<Record<string, string>> = {
  "--annotate": "--annotate 需要一个文件夹，用来放副本。",
  "--fix": "--fix 需要一个文件夹，用来放副本。",
  "--previous": "--previous 需要上年年度报告的文件名或文件夹。",
  "--profile": "--profile 需要规则配置文件的文件名。",
};

/** Columns a string takes in a terminal: Chinese characters take two. */
const columns = (text: string) => [...text].reduce((n, c) => n + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/** The option lines of the help, from the table. */
export function optionHelp(): string {
  const rows = OPTIONS.map((o) => [o.value ? `${o.flag} ${o.value}` : o.flag, o.help]);
  rows.push(["-h, --help", "显示本帮助"], ["-v, --version", "显示版本"]);
  const width = Math.max(...rows.map(([name]) => columns(name))) + 2;
  return rows.map(([name, help]) => `  ${name}${" ".repeat(width - columns(name))}${help}`).join("\n");
}

/** Parses the arguments; a string is the reason they are wrong. */
export function parseArgs(argv: readonly string[]): Options | "help" | "version" | string {
  const options: Mutable<Options> = {
    json: false,
    csv: false,
    lang: "zh",
    paths: [],
    errorsOnly: false,
    convert: false,
  };
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return "help";
    if (a === "-v" || a === "--version") return "version";
    const eq = a.indexOf("=");
    const flag = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const spec = OPTIONS.find((o) => o.flag === flag);
    if (!spec) {
      if (a.startsWith("-") && a !== "-") return `不认识的选项“${a}”。`;
      paths.push(a);
      continue;
    }
    if (spec.value && eq < 0 && i + 1 >= argv.length)
      return MISSING[spec.flag] ?? `${spec.flag} 需要一个值（${spec.value}）。`;
    const value = !spec.value ? "" : eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (spec.value && !value) return MISSING[spec.flag] ?? `${spec.flag} 需要一个值（${spec.value}）。`;
    const wrong = spec.set(options, value);
    if (wrong) return wrong;
  }
  if (paths.length === 0) return "请给出要检查的 .docx 文件或文件夹。";
  if (options.json && options.csv) return "--json 和 --csv 只能选一个。";
  return { ...options, paths };
}
