import { duplicateLines, duplicatesOf, noDuplicates, type BatchFile } from "../../src/review/duplicates";

const file = (name: string, agency: string | null, year: number | null, digest?: string): BatchFile => ({
  file: `收到的报告/${name}`,
  agency,
  year,
  ...(digest ? { digest } : {}),
});

describe("the reports a batch holds more than once", () => {
  const a = file("a.docx", "青山县教育局", 2023, "1");
  const b = file("b.docx", "青山县教育局", 2023, "2");
  const old = file("2022.docx", "青山县教育局", 2022, "3");
  const c1 = file("财政局.docx", "青山县财政局", 2023, "4");
  const c2 = file("财政局 (1).docx", "青山县财政局", 2023, "4");
  const x1 = file("新建文档.docx", null, null, "5");
  const x2 = file("新建文档 (2).docx", null, null, "5");
  const single = file("林业局.docx", "青山县林业局", 2023, "6");

  it("finds one 单位 in several files, and files with the same bytes", () => {
    const d = duplicatesOf([a, c1, b, single, c2, x1, x2]);
    expect(d.sameUnit).toEqual([
      { agency: "青山县教育局", files: [a, b] },
      { agency: "青山县财政局", files: [c1, c2] },
    ]);
    expect(d.identical).toEqual([
      [c1, c2],
      [x1, x2],
    ]);
    expect(noDuplicates(duplicatesOf([a, c1, single]))).toBe(true);
  });

  it("says so a line each, naming the files, their years when they differ, and which are identical", () => {
    const d = duplicatesOf([a, b, old, c1, c2, x1, x2, single]);
    expect(duplicateLines(d, "zh")).toEqual([
      "同一单位报送了 3 份报告：青山县教育局（a.docx、b.docx、2022.docx），年度分别为 2023、2023、2022。",
      "同一单位报送了 2 份报告：青山县财政局（财政局.docx、财政局 (1).docx），这 2 个文件完全相同。",
      "2 个文件完全相同（同一份报告报送了多次）：新建文档.docx、新建文档 (2).docx。",
    ]);
    expect(duplicateLines(d, "en")).toEqual([
      "The same unit sent 3 reports: 青山县教育局 (a.docx, b.docx, 2022.docx), covering 2023, 2023, 2022 respectively.",
      "The same unit sent 2 reports: 青山县财政局 (财政局.docx, 财政局 (1).docx); these 2 files are identical.",
      "2 files are identical (one report sent more than once): 新建文档.docx, 新建文档 (2).docx.",
    ]);
  });

  it("names which of a unit's files are identical when not all are, and keeps folders where names repeat", () => {
    const copy = { ...a, file: "另一个文件夹/a.docx" };
    expect(duplicateLines(duplicatesOf([a, b, copy]), "zh")).toEqual([
      "同一单位报送了 3 份报告：青山县教育局（收到的报告/a.docx、收到的报告/b.docx、另一个文件夹/a.docx）" +
        "，其中 收到的报告/a.docx、另一个文件夹/a.docx 完全相同。",
    ]);
  });
});
