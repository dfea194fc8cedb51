import { strToU8 } from "fflate";
import { DocxError, readDocx, readFlatOpc, type DocxErrorCode } from "../../src/docx";
import { compoundFile } from "./fixtures/cfb";
import { para } from "./fixtures/markup";
import { claimSize, docx, documentXml, flatOpc, packageParts, zipParts } from "./fixtures/opc";
import { docxErrorOf } from "../helpers/docx-error";

const codeOf = (bytes: Uint8Array): DocxErrorCode => docxErrorOf(() => readDocx(bytes)).code;

describe("files that are not a readable .docx", () => {
  it("rejects an empty file with code empty", () => {
    expect(codeOf(new Uint8Array(0))).toBe("empty");
    expect(docxErrorOf(() => readFlatOpc("  ")).code).toBe("empty");
  });

  it("rejects a password-protected file with code encrypted and says how to fix it in Chinese", () => {
    const error = docxErrorOf(() =>
      readDocx(compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"])),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("encrypted");
    expect(error.message).toBe("文件已加密（设置了打开密码），请先在 Word 中取消密码后再检查。");
    expect(error.messageEn).toMatch(/password/);
    expect(error.name).toBe("DocxError");
  });

  it("rejects a Word 97–2003 .doc or WPS file with code legacy-doc", () => {
    expect(codeOf(compoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]))).toBe("legacy-doc");
    expect(docxErrorOf(() => readDocx(compoundFile(["WordDocument"]))).message).toMatch(/另存为/);
  });

  it("rejects a PDF with code pdf", () => {
    expect(codeOf(strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))).toBe("pdf");
  });

  it("names RTF, web pages and images, and rejects other bytes that are not a zip with code not-zip", () => {
    expect(codeOf(strToU8("{\\rtf1\\ansi 年度报告}"))).toBe("rtf");
    expect(codeOf(strToU8("<html><body>年度报告</body></html>"))).toBe("html");
    expect(codeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image");
    expect(codeOf(strToU8("年度报告"))).toBe("not-zip");
    expect(codeOf(new Uint8Array([1, 2, 3]))).toBe("not-zip");
  });

  it("rejects a zip without a Word document part with code not-docx", () => {
    const workbook = zipParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "xl/workbook.xml": `<workbook/>`,
    });
    expect(codeOf(workbook)).toBe("not-docx");
    expect(codeOf(zipParts({}))).toBe("not-docx");
  });

  it("rejects a truncated zip with code corrupt", () => {
    const bytes = docx({ body: para("一、总体情况") });
    expect(codeOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("corrupt");
  });

  it("rejects a document part with broken XML with code corrupt", () => {
    const parts = packageParts({ body: para("一、总体情况") });
    const broken = (xml: string): Uint8Array => zipParts({ ...parts, "word/document.xml": xml });
    const whole = documentXml(para("一、总体情况"));
    expect(codeOf(broken(whole.slice(0, whole.length - 20)))).toBe("corrupt");
    expect(codeOf(broken(whole.replace("</w:body>", "</w:bodyx>")))).toBe("corrupt");
    expect(codeOf(broken(`garbage${whole}`))).toBe("corrupt");
    expect(codeOf(broken(""))).toBe("corrupt");
  });

  it("rejects a document part larger than 64 MB with code too-large before inflating it", () => {
    const bytes = claimSize(docx({ body: para("一") }), "word/document.xml", 0x7fffffff);
    expect(codeOf(bytes)).toBe("too-large");
    expect(docxErrorOf(() => readFlatOpc("<".repeat(64 * 1024 * 1024 + 1))).code).toBe("too-large");
  });

  it("rejects a package that leads the reader through more than 256 MB of parts with code too-large", () => {
    const rels = Array.from(
      { length: 6 },
      (_, i) =>
        `<Relationship Id="r${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="part${i}.xml"/>`,
    ).join("");
    let bytes = zipParts({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`part${i}.xml`, "<x/>"])),
    });
    for (let i = 0; i < 6; i++) bytes = claimSize(bytes, `part${i}.xml`, 60 * 1024 * 1024);
    expect(codeOf(bytes)).toBe("too-large");
  });

  it("rejects a part with millions of elements with code too-large", () => {
    const xml = flatOpc({ body: "<w:p/>".repeat(2_000_001) });
    expect(docxErrorOf(() => readFlatOpc(xml)).code).toBe("too-large");
  });

  it("gives every code a Chinese message and an English one", () => {
    const codes: DocxErrorCode[] = [
      "empty",
      "not-zip",
      "legacy-doc",
      "encrypted",
      "pdf",
      "rtf",
      "html",
      "image",
      "ofd",
      "not-docx",
      "corrupt",
      "too-large",
    ];
    for (const code of codes) {
      const error = new DocxError(code);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
