/**
 * docs/bad-inputs.md, files that are not a readable .docx: each is refused with a DocxError
 * whose Chinese message says what the file is and what to do, and the CLI prints that message,
 * reports the code in JSON and exits 2 while still checking the other files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { strToU8 } from "fflate";
import { readDocx, type DocxErrorCode } from "../../src/docx";
import { compoundFile } from "../docx/fixtures/cfb";
import { para } from "../docx/fixtures/markup";
import { docx, packageParts, zipParts } from "../docx/fixtures/opc";
import { wordLikeReport } from "../docx/fixtures/word-like-report";
import { cli, folder } from "./build";
import { docxErrorOf } from "../helpers/docx-error";

const WORD_HTML =
  `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
  `xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\r\n` +
  `<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>` +
  `<title>2023年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p></body></html>`;

/** Each input, as a clerk would have it, and the code it must be refused with. */
const CASES: readonly (readonly [name: string, bytes: Uint8Array, code: DocxErrorCode, says: RegExp])[] = [
  ["零字节.docx", new Uint8Array(0), "empty", /空的（0 字节）/],
  [
    "旧版.doc 改名.docx",
    compoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]),
    "legacy-doc",
    /另存为/,
  ],
  ["WPS文字.wps 改名.docx", compoundFile(["WordDocument", "1Table"]), "legacy-doc", /WPS/],
  [
    "Word 2003 XML.docx",
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
        `<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body/></w:wordDocument>`,
    ),
    "legacy-doc",
    /另存为/,
  ],
  [
    "加密.docx",
    compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]),
    "encrypted",
    /取消密码/,
  ],
  ["扫描件.pdf 改名.docx", strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "pdf", /PDF/],
  ["RTF.docx", strToU8("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 宋体;}} 年度报告\\par}"), "rtf", /RTF/],
  ["网页另存.docx", strToU8(WORD_HTML), "html", /网页/],
  [
    "单个文件网页.docx",
    strToU8(
      `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D9"\r\n\r\n` +
        `------=_NextPart_01D9\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n${WORD_HTML}`,
    ),
    "html",
    /网页/,
  ],
  [
    "截图.png 改名.docx",
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    "image",
    /图片/,
  ],
  [
    "照片.jpg 改名.docx",
    new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
    "image",
    /扫描件/,
  ],
  [
    "版式文件.ofd 改名.docx",
    zipParts({
      "OFD.xml": `<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"><ofd:DocBody/></ofd:OFD>`,
      "Doc_0/Document.xml": `<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>`,
    }),
    "ofd",
    /OFD/,
  ],
  [
    "表格.xlsx 改名.docx",
    zipParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "xl/workbook.xml": `<workbook/>`,
    }),
    "not-docx",
    /Excel/,
  ],
  ["文本.txt 改名.docx", strToU8("2023年政府信息公开工作年度报告\n一、总体情况\n"), "not-zip", /另存为/],
  ["下载中断.docx", wordLikeReport().subarray(0, 5000), "corrupt", /已损坏/],
  [
    "正文损坏.docx",
    zipParts({
      ...packageParts({ body: para("一、总体情况") }),
      "word/document.xml": "<w:document><w:body>",
    }),
    "corrupt",
    /修复/,
  ],
];

describe("files that are not a readable .docx", () => {
  it.each(CASES.map(([name, bytes, code, says]) => [name, code, bytes, says] as const))(
    "%s: refused as %s, with a Chinese message that says what to do",
    (_name, code, bytes, says) => {
      const error = docxErrorOf(() => readDocx(bytes));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(says);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      // every message tells the clerk what to do next: open, save as, remove, choose, use
      expect(error.message).toMatch(/另存为|取消|确认|选择|使用|修复|删除/);
      expect(error.messageEn).toMatch(/^[\x20-\x7e]+$/);
    },
  );

  it("prints each refusal in the CLI, exits 2, and still checks the good file next to them", () => {
    const files = Object.fromEntries(CASES.map(([name, bytes]) => [name, bytes]));
    const dir = folder({ ...files, "好的报告.docx": wordLikeReport() });
    try {
      const text = cli(dir.dir);
      expect(text.code).toBe(2);
      for (const [name, bytes] of CASES) {
        expect(text.stdout).toContain(
          `✗ ${dir.path(name)}：无法检查\n    ${docxErrorOf(() => readDocx(bytes)).message}\n`,
        );
      }
      expect(text.stdout).toMatch(/好的报告\.docx（2023 年度，2021 年版格式）/);
      expect(text.stdout).toContain(`${CASES.length} 个无法读取`);

      const json = JSON.parse(cli("--json", dir.dir).stdout) as {
        files: { file: string; ok: boolean; error: { code: string; message: string } | null }[];
      };
      for (const [name, bytes, code] of CASES) {
        const file = json.files.find((f) => f.file === dir.path(name));
        expect(file).toMatchObject({
          ok: false,
          error: { code, message: docxErrorOf(() => readDocx(bytes)).message },
        });
      }
      expect(json.files.find((f) => f.file.endsWith("好的报告.docx"))?.error).toBeNull();
      // checking writes nothing: not a byte of any input changed, no file added
      expect(readdirSync(dir.dir).sort()).toEqual(Object.keys({ ...files, "好的报告.docx": 0 }).sort());
      for (const [name, bytes] of CASES) expect(new Uint8Array(readFileSync(dir.path(name)))).toEqual(bytes);
    } finally {
      dir.cleanup();
    }
  });

  it("reads a document whose editing is restricted (a password to edit, not to open) as any other", () => {
    const parts = packageParts({ body: para("一、总体情况") });
    const protectedDoc = zipParts({
      ...parts,
      "word/settings.xml":
        `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:documentProtection w:edit="readOnly" w:enforcement="1" w:cryptProviderType="rsaAES" ` +
        `w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" w:hash="abc=" w:salt="def="/></w:settings>`,
    });
    expect(readDocx(protectedDoc).blocks).toEqual(readDocx(docx({ body: para("一、总体情况") })).blocks);
  });
});
