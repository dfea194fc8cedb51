import { DocxError } from "./errors";

/** How a file's bytes hold a Word document: a zip package, or a Flat OPC XML text. */
export type Container = "zip" | "flat-opc";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Image formats a scan or screenshot renamed to .docx comes in: PNG, JPEG, GIF, TIFF (both byte orders). */
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];

/**
 * Tells what kind of file `bytes` is, by its first bytes. Returns the container to read, or
 * throws the DocxError that names what the file is instead (empty, PDF, legacy .doc/.wps or
 * Word 2003 XML, password-protected .docx, RTF, a web page, an image, or not a package at all).
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) throw new DocxError("empty");
  if (startsWith(bytes, ZIP, 0) || startsWith(bytes, EMPTY_ZIP, 0)) return "zip";
  if (startsWith(bytes, CFB, 0)) {
    throw new DocxError(hasEncryptedPackage(bytes) ? "encrypted" : "legacy-doc");
  }
  // PDF readers accept the header anywhere in the first kilobyte
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) {
    if (startsWith(bytes, PDF, i)) throw new DocxError("pdf");
  }
  if (IMAGES.some((magic) => startsWith(bytes, magic, 0))) throw new DocxError("image");
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 1024));
  if (/^\s*\{\\rtf/.test(head)) throw new DocxError("rtf");
  if (looksLikeFlatOpc(head)) return "flat-opc";
  // Word 2003's "XML Document": one XML file, but not the Flat OPC package Word reads today
  if (/^\s*</.test(head) && /progid="Word\.Document"|<w:wordDocument\b/.test(head))
    throw new DocxError("legacy-doc");
  if (looksLikeWebPage(head)) throw new DocxError("html");
  throw new DocxError("not-zip");
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at: number): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/**
 * A password-protected .docx is an OLE compound file with an "EncryptedPackage" stream. The
 * compound file's directory stores each stream name in UTF-16LE followed by a NUL character;
 * looking for that byte pattern finds the stream without walking the sector chains, which a
 * damaged file might not allow.
 */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const name = utf16le("EncryptedPackage\0");
  const first = name[0];
  const last = bytes.length - name.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}

/** Word's "XML Document" (Flat OPC): UTF-8 text with a `pkg:package` root near the start. */
function looksLikeFlatOpc(head: string): boolean {
  return /^\s*</.test(head) && head.includes("schemas.microsoft.com/office/2006/xmlPackage");
}

/**
 * A web page: HTML (what "save as Word" in many web systems writes, and Word's own "Web
 * Page"), or Word's single-file web page (.mht, a MIME message).
 */
function looksLikeWebPage(head: string): boolean {
  return (
    /^\s*(<\?xml[^>]*>\s*)?(<!--(?:(?!-->)[\s\S])*-->\s*)*<(!doctype\s+html|html|head|body|meta)\b/i.test(
      head,
    ) ||
    (/^MIME-Version:/im.test(head) && /multipart\/related/i.test(head))
  );
}
