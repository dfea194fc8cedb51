import { MAX_BYTES, sortPicked, type Picked } from "../../src/review-page/gather-files";

const file = (size = 10) => ({ size }) as File;
const picked = (path: string, f: File | null = file()): Picked => ({ path, file: f });

describe("the files a reviewer drops", () => {
  it("checks the .docx files and accounts for every other file with its reason", () => {
    const { reports, leftOut } = sortPicked([
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
    const reason = (path: string) => leftOut.find((l) => l.path === path)?.reason;
    expect(leftOut).toHaveLength(8);
    expect(reason("报告/旧.doc")).toMatch(/另存为”\.docx/);
    expect(reason("报告/旧.wps")).toMatch(/WPS/);
    expect(reason("报告/扫描.pdf")).toMatch(/请向报送单位索取 Word 文件/);
    expect(reason("报告/~$甲镇.docx")).toMatch(/锁定文件/);
    expect(reason("报告/.DS_Store")).toMatch(/隐藏文件/);
    expect(reason("报告/说明.txt")).toBe("不是 .docx 文件。");
    expect(reason("报告/巨大.docx")).toMatch(/超过 50 MB/);
    expect(reason("报告/坏.docx")).toBe("无法读取这个文件。");
    for (const l of leftOut) expect(l.reasonEn).toMatch(/\w/);
  });
});
