/** Why a file could not be read as a Word document. */
export type DocxErrorCode =
  | "empty"
  | "not-zip"
  | "legacy-doc"
  | "encrypted"
  | "pdf"
  | "rtf"
  | "html"
  | "image"
  | "ofd"
  | "not-docx"
  | "corrupt"
  | "ambiguous"
  | "conflicting"
  | "too-large";

const MESSAGES: Readonly<Record<DocxErrorCode, readonly [zh: string, en: string]>> = {
  empty: ["文件是空的（0 字节），请确认选择了正确的文件。", "The file is empty (0 bytes)."],
  "not-zip": [
    "文件不是 Word 文档（.docx）格式，可能是纯文本或其他软件的文件。请在 Word 中打开后“另存为” .docx 文件再检查。",
    "The file is not a Word (.docx) document. Open it in Word and save it as .docx, then check again.",
  ],
  "legacy-doc": [
    "这是旧版 Word（.doc）或 WPS（.wps）格式的文件，请在 Word 或 WPS 中打开后“另存为” .docx 格式再检查。",
    "This is an old-format Word (.doc) or WPS (.wps) file. Save it as .docx, then check again.",
  ],
  encrypted: [
    "文件已加密（设置了打开密码），请先在 Word 中取消密码后再检查。",
    "The file is password-protected. Remove the password in Word, then check again.",
  ],
  pdf: [
    "这是 PDF 文件，无法检查。请使用报告的 Word（.docx）原稿。",
    "This is a PDF file. Please check the report's Word (.docx) original instead.",
  ],
  rtf: [
    "这是 RTF 格式的文件（扩展名虽是 .docx，内容不是 Word 文档）。请在 Word 或 WPS 中打开后“另存为” Word 文档（.docx）再检查。",
    "This is an RTF file, not a Word document. Open it in Word and save it as .docx, then check again.",
  ],
  html: [
    "这是网页（HTML）格式的文件，不是 Word 文档，常见于从网站或办公系统导出的“Word”文件。请在 Word 中打开后“另存为” Word 文档（.docx）再检查。",
    "This is a web page (HTML), not a Word document. Open it in Word and save it as .docx, then check again.",
  ],
  image: [
    "这是图片文件（可能是扫描件或截图），不是 Word 文档，无法检查其中的文字和数字。请使用报告的 Word（.docx）原稿。",
    "This is an image (a scan or screenshot?), not a Word document. Please check the report's Word (.docx) original.",
  ],
  ofd: [
    "这是 OFD 版式文件，无法检查。请使用报告的 Word（.docx）原稿。",
    "This is an OFD document. Please check the report's Word (.docx) original instead.",
  ],
  "not-docx": [
    "文件是压缩包，但不是 Word 文档（找不到正文部分），可能是 Excel、PowerPoint 或其他文件。请选择报告的 .docx 文件。",
    "The file is a zip package but not a Word document (it has no main document part).",
  ],
  corrupt: [
    "文件已损坏，无法读取。请在 Word 中打开（必要时修复）后另存一份，再检查。",
    "The file is damaged and cannot be read. Open it in Word, let Word repair it, save a copy and check again.",
  ],
  ambiguous: [
    "文件中有两个名称只差大小写的部分（如 word/document.xml 和 Word/Document.xml），不同软件会读到不同的内容，无法确定哪个是真的。请在 Word 中打开后另存一份，再检查。",
    "The file holds two parts whose names differ only in case; different programs would read different content. Open it in Word, save a copy and check again.",
  ],
  conflicting: [
    "文件的压缩结构自相矛盾（有两套目录，或条目与目录所记不符），不同软件会读到不同的内容，无法确定哪个是真的。请在 Word 中打开后另存一份，再检查。",
    "The file's zip structure contradicts itself (two directories, or entries that differ from the directory); different programs would read different content. Open it in Word, save a copy and check again.",
  ],
  "too-large": [
    "文件正文过大，超出了可以检查的范围。请删除不需要的内容或拆分文档后再检查。",
    "The document's text is too large to check.",
  ],
};

/**
 * The one error the .docx reader throws. `message` is Chinese and meant for the clerk who chose
 * the file; `messageEn` says the same in English; `code` is for programs.
 */
export class DocxError extends Error {
  override readonly name = "DocxError";
  readonly messageEn: string;
  /** The lower-level failure, when there was one (a zip or XML error). */
  readonly cause?: unknown;

  constructor(
    readonly code: DocxErrorCode,
    cause?: unknown,
  ) {
    super(MESSAGES[code][0]);
    this.messageEn = MESSAGES[code][1];
    if (cause !== undefined) this.cause = cause;
  }
}
