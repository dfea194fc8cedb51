/**
 * What a letter tells a unit whose file could not be checked: one sentence worded for the unit
 * (not the reviewer's "请向报送单位索取…"), by why the file was not checked — the reader's error
 * code (src/docx/errors.ts) or the reason the batch skipped it (.doc, .wps, .pdf…). Null when the
 * unit has nothing to do: the file was unreadable on the reviewer's side (no permission, no
 * LibreOffice) or the checker failed.
 */
const SAVE_AS = "请在 Word 或 WPS 中“另存为” Word 文档（.docx）后重新报送。";
const SEND_DOCX = "请报送 Word（.docx）文件。";
const DAMAGED = "报送的文件已损坏，无法打开，请重新报送。";

const NOTICES: Readonly<Record<string, string>> = {
  pdf: `报送的文件是 PDF，无法核对其中的统计表，${SEND_DOCX}`,
  ofd: `报送的文件是 OFD 版式文件，无法核对其中的统计表，${SEND_DOCX}`,
  image: `报送的文件是图片（扫描件或截图），无法核对其中的文字和统计表，${SEND_DOCX}`,
  doc: `报送的文件是旧版 Word（.doc）格式，无法核对，${SAVE_AS}`,
  wps: `报送的文件是 WPS 文字（.wps）格式，无法核对，${SAVE_AS}`,
  rtf: `报送的文件是 RTF 格式，无法核对，${SAVE_AS}`,
  "legacy-doc": `报送的文件是旧版 Word（.doc）或 WPS（.wps）格式，无法核对，${SAVE_AS}`,
  html: `报送的文件是网页（HTML）格式，不是 Word 文档，${SAVE_AS}`,
  "not-zip": `报送的文件不是 Word 文档（.docx），无法打开，${SAVE_AS}`,
  "not-docx": `报送的文件不是 Word 文档（可能是 Excel 或其他文件），请报送年度报告的 Word（.docx）文件。`,
  corrupt: DAMAGED,
  ambiguous: DAMAGED,
  "convert-failed": DAMAGED,
  empty: "报送的文件是空的（0 字节），无法打开，请重新报送。",
  encrypted: "报送的文件设置了打开密码，无法审核，请取消密码后重新报送。",
  "too-large": "报送的文件正文过大，无法审核，请删除与年度报告无关的内容后重新报送。",
};

/** A .doc, .wps or .rtf file left unconverted for want of LibreOffice: named by its own format. */
const BY_EXTENSION: Readonly<Record<string, string>> = { doc: "doc", wps: "wps", rtf: "rtf" };

/** The sentence for a file not checked for `code`, or null when the unit has nothing to do. */
export function unitNotice(code: string | undefined, file: string): string | null {
  if (!code) return null;
  if (code === "no-libreoffice") {
    const extension = /\.([^.\\/]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
    return NOTICES[BY_EXTENSION[extension] ?? ""] ?? null;
  }
  return NOTICES[code] ?? null;
}
