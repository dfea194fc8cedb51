/** The 自查单: what it says, and that it is a .docx Word reads back. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { sheetDocx, sheetText } from "../../src/taskpane/self-check";
import { strings } from "../../src/taskpane/strings";
import { findingKey } from "../../src/word/ignored-store";

const snapshot = readDocx(
  new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/docx/seed-002.docx"))),
);
const result = check(snapshot);

describe("the 自查单", () => {
  const ignoredFinding = result.findings.find((f) => f.rule !== "cell-blank")!;
  const sheet = sheetText(
    {
      snapshot,
      result,
      ignored: [
        { key: findingKey(ignoredFinding), message: ignoredFinding.message, reason: "上级同意按旧表填报" },
      ],
      fixed: [{ message: "表三某格为空白" }],
      rulesRun: ["balance", "cell-blank"],
      profileName: "某市口径",
      date: new Date(2026, 11, 4),
    },
    strings.zh,
  );
  const text = sheet.parts.flatMap((p) => [p.heading, ...p.lines]).join("\n");

  it("names the report, the date, the rules run and the totals", () => {
    expect(text).toContain(
      `报告：${snapshot.blocks.find((b) => b.kind === "paragraph" && b.text.trim())!["text" as never]}`,
    );
    expect(text).toContain("自查日期：2026年12月4日");
    expect(text).toMatch(/检查规则：年报校验 2\/\d+ 条（配置：某市口径）；未运行：.*copied-text/);
    expect(text).toContain("本次已修正 1 处；已忽略 1 个");
  });

  it("lists what is left (many of one kind on one line), what was fixed, and what was ignored with the reason", () => {
    expect(text).toContain("［警告］表三 102 个单元格为空白");
    expect(text).not.toContain(
      `［${strings.zh.severity[ignoredFinding.severity]}］${ignoredFinding.message}\n`,
    );
    expect(text).toContain("1. 表三某格为空白");
    expect(text).toContain(`1. ${ignoredFinding.message}——原因：上级同意按旧表填报`);
  });

  it("is a .docx with the same text", () => {
    const read = readDocx(sheetDocx(sheet));
    const paragraphs = read.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paragraphs[0]).toBe("政府信息公开工作年度报告自查单");
    expect(paragraphs).toContain("自查日期：2026年12月4日");
    expect(paragraphs.length).toBeLessThan(40); // fits a page: bunches, not 102 lines
  });
});
