import { needsLetter } from "../../src/review/letter-docx";
import { unitNotice } from "../../src/review/unit-notice";
import { MAX_BYTES, sortPicked, type Picked } from "../../src/review-page/gather-files";

const file = (size = 10) => ({ size }) as File;
const picked = (path: string, f: File | null = file()): Picked => ({ path, file: f });

describe("the files a reviewer drops", () => {
  it("checks the .docx files and accounts for every other file with its reason", () => {
    const { reports, notChecked, leftOut } = sortPicked([
      picked("报告/乙镇.docx"),
      picked("报告/甲镇.DOCX"),
      picked("报告/旧.doc"),
      picked("报告/旧.wps"),
      picked("报告/扫描.pdf"),
      picked("报告/~$甲镇.docx"),
      picked("报告/.DS_Store"),
      picked("报告/说明.txt"),
      picked("报告/巨大.docx", file(MAX_BYTES + 1)),
      picked("报告/坏.docx", null),
    ]);
    expect(reports.map((r) => r.path).sort()).toEqual(["报告/乙镇.docx", "报告/甲镇.DOCX"]);
    // what is no unit's report is listed below the table
    const reason = (path: string) => leftOut.find((l) => l.path === path)?.reason;
    expect(leftOut.map((l) => l.path).sort()).toEqual(
      ["报告/.DS_Store", "报告/~$甲镇.docx", "报告/说明.txt"].sort(),
    );
    expect(reason("报告/~$甲镇.docx")).toMatch(/锁定文件/);
    expect(reason("报告/.DS_Store")).toMatch(/隐藏文件/);
    expect(reason("报告/说明.txt")).toBe("不是 .docx 文件。");
    for (const l of leftOut) expect(l.reasonEn).toMatch(/\w/);
    // a unit's report not checked is a row, with why and the code its letter is worded by
    const row = (path: string) => notChecked.find((n) => n.file === path);
    expect(notChecked).toHaveLength(5);
    expect(row("报告/旧.doc")).toMatchObject({ result: null, skipped: true, error: { code: "doc" } });
    expect(row("报告/旧.doc")?.error?.message).toMatch(/另存为”\.docx/);
    expect(row("报告/旧.wps")).toMatchObject({
      skipped: true,
      error: { code: "wps", message: expect.stringMatching(/WPS/) },
    });
    expect(row("报告/扫描.pdf")).toMatchObject({
      skipped: true,
      error: { code: "pdf", message: expect.stringMatching(/请向报送单位索取 Word 文件/) },
    });
    // a file that could not be read or is far too large was meant to be checked: 无法检查, not 未检查
    expect(row("报告/巨大.docx")).toMatchObject({
      error: { code: "too-large", message: expect.stringMatching(/超过 50 MB/) },
    });
    expect(row("报告/坏.docx")).toMatchObject({
      error: { code: "unreadable", message: "无法读取这个文件。" },
    });
    expect(row("报告/坏.docx")?.skipped).toBeUndefined();
    for (const n of notChecked) expect(n.error?.messageEn).toMatch(/\w/);
  });

  it("gives a unit's report not checked a letter asking for a Word file, as the CLI does", () => {
    const { notChecked } = sortPicked([
      picked("报告/旧.doc"),
      picked("报告/扫描.pdf"),
      picked("报告/坏.docx", null),
    ]);
    expect(notChecked.filter(needsLetter).map((n) => unitNotice(n.error?.code, n.file))).toEqual([
      expect.stringContaining("旧版 Word（.doc）"),
      expect.stringContaining("PDF"),
    ]);
  });
});
