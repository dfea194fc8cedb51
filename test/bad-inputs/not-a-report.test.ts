/**
 * docs/bad-inputs.md, Word documents that are not a disclosure report: one clear finding,
 * `not-a-report`, instead of six section-missing and three table-missing errors; the JSON
 * contract is the same as for any checked file.
 */
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { para, textTable } from "../docx/fixtures/markup";
import { docx } from "../docx/fixtures/opc";
import { cli, folder, picture, textBox } from "./build";

const ENGLISH = [
  "Annual Report on Government Information Disclosure of Some County People's Government for 2023",
  "I. Overview",
  "In 2023, the county government disclosed 1,204 pieces of information on its portal.",
  "II. Proactive Disclosure of Government Information",
  "III. Receipt and Handling of Applications for Disclosure",
  "IV. Administrative Reconsideration and Litigation",
]
  .map((t) => para(t))
  .join("");

const DOCUMENTS: readonly (readonly [name: string, bytes: Uint8Array, messageId: string, says: string])[] = [
  [
    "英文报告.docx",
    docx({
      body:
        ENGLISH +
        textTable([
          ["Item", "Issued"],
          ["Regulations", "0"],
        ]),
    }),
    "english",
    "文档主要是英文",
  ],
  [
    "会议通知.docx",
    docx({
      body: para("关于召开2024年政务公开工作会议的通知") + para("各科室：定于1月20日召开会议，请准时参加。"),
    }),
    "other",
    "这份文件看起来不是政府信息公开工作年度报告",
  ],
  ["空白文档.docx", docx({ body: para("") }), "empty", "文档是空的"],
  ["扫描件.docx", docx({ body: picture(1) + picture(2) + picture(3) }), "scanned", "可能是扫描件或截图"],
  [
    // a PDF turned into Word: each line in a text box of its own, the tables' rules drawn as shapes
    "PDF转换.docx",
    docx({
      body:
        ["白石镇人民政府2023年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况"]
          .map((line) => textBox(para(line)))
          .join("") +
        picture(1) +
        picture(2),
    }),
    "textBoxes",
    "文字都在文本框里（3 个）",
  ],
];

describe("a Word document that is not a disclosure report", () => {
  it.each(DOCUMENTS.map(([name, bytes, id, says]) => [name, id, bytes, says] as const))(
    "%s: one not-a-report finding (%s), nothing else",
    (_name, messageId, bytes, says) => {
      const result = check(readDocx(bytes), { strict: true });
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({ rule: "not-a-report", severity: "error", messageId });
      expect(result.findings[0].message).toContain(says);
      expect(result.format).toBe("unknown");
    },
  );

  it("keeps the JSON contract: checked, not ok, every section and table not found, one finding", () => {
    const dir = folder(Object.fromEntries(DOCUMENTS.map(([name, bytes]) => [name, bytes])));
    try {
      const { code, stdout } = cli("--json", dir.dir);
      expect(code).toBe(1);
      const files = JSON.parse(stdout).files as Record<string, unknown>[];
      expect(files).toHaveLength(DOCUMENTS.length);
      for (const file of files) {
        expect(Object.keys(file)).toEqual([
          "file",
          "ok",
          "error",
          "format",
          "year",
          "agency",
          "sections",
          "tables",
          "findings",
        ]);
        expect(file).toMatchObject({ ok: false, error: null, format: "unknown", year: null });
        expect(file.sections).toHaveLength(6);
        expect(file.tables).toHaveLength(3);
        expect(file.findings).toEqual([
          expect.objectContaining({ rule: "not-a-report", severity: "error", section: null, table: null }),
        ]);
      }
    } finally {
      dir.cleanup();
    }
  });

  it("prints one line that says so in the text report", () => {
    const dir = folder({ "英文报告.docx": DOCUMENTS[0][1] });
    try {
      const { stdout } = cli(dir.path("英文报告.docx"));
      expect(stdout).toContain("错误 1 项，警告 0 项");
      expect(stdout).toContain(
        "[错误] 没有找到年度报告的任何部分标题或统计表。文档主要是英文；本工具检查按国办公开办函〔2021〕30号格式撰写的中文年度报告。  (not-a-report)",
      );
      expect(stdout).not.toContain("section-missing");
    } finally {
      dir.cleanup();
    }
  });
});
