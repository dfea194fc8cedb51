import { needsLetter } from "../../src/review/letter-docx";
import { unitNotice } from "../../src/review/unit-notice";

describe("what a letter tells a unit whose file could not be checked", () => {
  it("asks for a Word file in the unit's words, by why the file was not checked", () => {
    expect(unitNotice("pdf", "税务局.pdf")).toBe(
      "报送的文件是 PDF，无法核对其中的统计表，请报送 Word（.docx）文件。",
    );
    expect(unitNotice("corrupt", "林业局.docx")).toBe("报送的文件已损坏，无法打开，请重新报送。");
    expect(unitNotice("empty", "城管局.docx")).toMatch(/^报送的文件是空的/);
    expect(unitNotice("encrypted", "a.docx")).toMatch(/密码/);
    for (const code of ["doc", "wps", "rtf", "legacy-doc", "html", "not-zip"])
      expect(unitNotice(code, "a")).toMatch(/“另存为” Word 文档（\.docx）后重新报送。$/);
  });

  it("names the format of a .doc, .wps or .rtf left unconverted for want of LibreOffice", () => {
    expect(unitNotice("no-libreoffice", "乡镇/石门乡.WPS")).toMatch(/^报送的文件是 WPS 文字（\.wps）格式/);
    expect(unitNotice("no-libreoffice", "市场监管局.doc")).toMatch(/^报送的文件是旧版 Word（\.doc）格式/);
  });

  it("says nothing when the unit has nothing to do: the reviewer's disk, the checker's fault", () => {
    for (const code of ["internal-error", "not-found", "no-docx", "no-access", "timeout", undefined])
      expect(unitNotice(code, "a.docx")).toBeNull();
  });

  it("writes a letter for a file the unit can put right, none for one it cannot", () => {
    const entry = (code: string) => ({
      file: "a.docx",
      result: null,
      error: { message: "…", messageEn: "…", code },
    });
    expect(needsLetter(entry("corrupt"))).toBe(true);
    expect(needsLetter({ ...entry("pdf"), skipped: true })).toBe(true);
    expect(needsLetter(entry("internal-error"))).toBe(false);
    expect(needsLetter({ file: "a.docx", result: null, error: { message: "…", messageEn: "…" } })).toBe(
      false,
    );
  });
});
