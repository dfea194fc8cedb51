import { existsSync } from "node:fs";
import { reportTemplateDocx } from "../docx/write";
import { formatForYear, getFormat } from "../template";
import type { Output } from "./run";
import { writeWhole } from "./write-whole";

export const TEMPLATE_USAGE = `用法：report-check template --year 年份 --out 文件.docx [--force]

写出一份空白的政府信息公开工作年度报告：六个部分的标题、带【请填写】占位的说明文字、
三张填好 0 的统计表（按该年度适用的格式）。

选项：
  --year 年份   报告所属年度，如 2024（默认为上一年）
  --out 文件    要写出的 .docx 文件
  --force       文件已存在时覆盖
  -h, --help    显示本帮助
`;

/** `report-check template …`: writes a blank report. Exit code 0, or 2 for wrong arguments or a failed write. */
export function runTemplate(argv: readonly string[], out: Output, now: Date = new Date()): number {
  let year = now.getFullYear() - 1;
  let file: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i]);
    if (a === "-h" || a === "--help") {
      out.stdout(TEMPLATE_USAGE);
      return 0;
    }
    if (a === "--year" || a.startsWith("--year=")) {
      const v = value();
      if (!/^(19|20)\d{2}$/.test(v ?? "")) return usageError(out, `--year 需要四位年份，收到“${v ?? ""}”。`);
      year = Number(v);
    } else if (a === "--out" || a.startsWith("--out=")) file = value();
    else if (a === "--force") force = true;
    else return usageError(out, `不认识的参数“${a}”。`);
  }
  if (!file) return usageError(out, "请用 --out 给出要写出的文件，如 --out report.docx。");
  if (existsSync(file) && !force) {
    out.stderr(`report-check：${file} 已存在；要覆盖请加 --force。\n`);
    return 2;
  }
  const format = getFormat(formatForYear(year));
  try {
    writeWhole(file, reportTemplateDocx(year, { format }));
  } catch (error) {
    out.stderr(`report-check：无法写入 ${file}：${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  out.stdout(`已写出 ${year} 年度报告模板：${file}（${format.name}）\n`);
  return 0;
}

function usageError(out: Output, message: string): number {
  out.stderr(`report-check template：${message}\n\n${TEMPLATE_USAGE}`);
  return 2;
}
