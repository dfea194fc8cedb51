/**
 * The letter back to a unit (审核意见) as a one-page .docx, written with the `docx` library: the
 * unit's name, what was checked, each problem with its place, formula and likely fix, and a line
 * for the reviewer's office and date. Works in Node and in the browser.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun, type IRunOptions } from "docx";
import { letterContent, type LetterItem } from "./letter-items";
import { unitNotice } from "./unit-notice";
import { fileName, fileStem, unitOf, type ReportEntry } from "./report-entry";

export interface LetterOptions {
  /** The reviewing office, e.g. "某某区政务公开办"; a blank line for a signature when absent. */
  readonly reviewer?: string;
  /** The letter's date; today when absent. */
  readonly date?: Date;
}

const BODY = 22; // half-points: 11 pt keeps ten problems on one A4 page
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };

const run = (text: string, options: IRunOptions = {}) => new TextRun({ text, ...options });
const line = (children: TextRun[], indent = true) =>
  new Paragraph({
    children,
    spacing: { after: 40, line: 300 },
    ...(indent ? { indent: { firstLine: BODY * 20 } } : {}),
  });

/**
 * True when a letter is due: the report has an error or a warning, or its file could not be
 * checked for a reason the unit can put right (a PDF, a damaged file…; see unit-notice.ts).
 */
export const needsLetter = (entry: ReportEntry): boolean =>
  entry.result
    ? entry.result.findings.some((f) => f.severity !== "info")
    : unitNotice(entry.error?.code, entry.file) !== null;

/** The letter's file name: "审核意见-白石镇人民政府.docx". */
export const letterName = (entry: ReportEntry): string =>
  `审核意见-${unitOf(entry).replace(/[\\/:*?"<>|]/g, "_")}.docx`;

export async function letterDocx(entry: ReportEntry, options: LetterOptions = {}): Promise<Uint8Array> {
  const result = entry.result;
  if (!result) return noticeDocx(entry, options);
  const content = letterContent(result.findings);
  const unit = unitOf(entry);
  const report = `${result.year ? `${result.year}年` : ""}政府信息公开工作年度报告`;
  const counts = [
    content.errors ? `错误 ${content.errors} 项` : "",
    content.warnings ? `需核实的问题 ${content.warnings} 项` : "",
  ]
    .filter(Boolean)
    .join("、");
  return pack(unit, [
    line([run(`${salutation(entry)}：`)], false),
    line([
      run(
        `你单位报送的${report}（文件“${fileStem(entry.file)}”）经审核，发现${counts}，具体如下。` +
          "请逐项核实修改，修改后重新报送。",
      ),
    ]),
    ...content.items.flatMap((item, i) => itemParagraphs(item, i + 1)),
    ...(content.omitted
      ? [line([run(`另有 ${content.omitted} 项问题未在此列出，详见随附的标注副本中的批注。`)])]
      : []),
    ...signature(options),
  ]);
}

/** The letter for a file that could not be checked: what the unit is to send instead. */
async function noticeDocx(entry: ReportEntry, options: LetterOptions): Promise<Uint8Array> {
  const notice = unitNotice(entry.error?.code, entry.file);
  if (!notice) throw new Error(`${entry.file}: not checked for a reason of the reviewer's side, no letter`);
  const name = fileName(entry.file);
  return pack(unitOf(entry), [
    line([run(`${salutation(entry)}：`)], false),
    line([run(`你单位报送的政府信息公开工作年度报告（文件“${name}”）未能审核：${notice}`)]),
    ...signature(options),
  ]);
}

/** The reviewing office and the date, at the foot of the letter. */
function signature(options: LetterOptions): Paragraph[] {
  const date = options.date ?? new Date();
  return [
    new Paragraph({
      spacing: { before: 360 },
      alignment: AlignmentType.RIGHT,
      children: [run(options.reviewer ?? "审核单位：____________")],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [run(`${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`)],
    }),
  ];
}

/** The letter's page: the heading, then `body`. */
function pack(unit: string, body: Paragraph[]): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        run("政府信息公开工作年度报告审核意见", { bold: true, size: 32, font: { eastAsia: "黑体" } }),
      ],
    }),
    ...body,
  ];
  const document = new Document({
    creator: "年报校验 report-check",
    title: `${unit} 年度报告审核意见`,
    styles: { default: { document: { run: { size: BODY, font: FONT } } } },
    sections: [
      {
        properties: {
          page: { margin: { top: 1200, bottom: 1000, left: 1300, right: 1300 } },
        },
        children,
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}

/**
 * Whom the letter addresses: the 单位 the report names; "有关单位" when it names none, as a file's
 * name ("新建 Microsoft Word 文档 (2)") is no one's name. The body names the file either way.
 */
export const salutation = (entry: ReportEntry): string => entry.result?.agency || NEUTRAL_SALUTATION;

const NEUTRAL_SALUTATION = "有关单位";

function itemParagraphs(item: LetterItem, n: number): Paragraph[] {
  const label = item.severity === "error" ? "错误" : "请核实";
  return [
    new Paragraph({
      spacing: { before: 120, after: 20 },
      keepNext: true,
      children: [run(`${n}. ${item.place}`, { bold: true }), run(`（${label}）`)],
    }),
    line([run("问题：", { bold: true }), run(item.problem)]),
    ...(item.formula ? [line([run("核对公式：", { bold: true }), run(item.formula)])] : []),
    line([run("建议：", { bold: true }), run(item.fix)]),
  ];
}
