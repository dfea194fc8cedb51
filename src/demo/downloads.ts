/**
 * The demo page's downloads, the CLI's powers in the browser: an annotated copy (cells shaded,
 * a Word comment per finding), a fixed copy (every safe fix applied), the file as repaired in
 * the page, and a blank report. Nothing leaves the page: the file is built here and saved.
 */
import { annotateDocx, annotationOf, applyFixesToDocx, reportTemplateDocx } from "../docx/write";
import type { DocumentSnapshot } from "../engine";
import type { CheckFn } from "../word/run-check";

export type CopyKind = "annotated" | "fixed" | "current" | "template";

const SUFFIX: Readonly<Record<CopyKind, string>> = {
  annotated: "（标注）",
  fixed: "（修正）",
  current: "",
  template: "",
};

/** The bytes and file name of a download, or null when there is no file to copy. */
export async function buildCopy(
  kind: CopyKind,
  name: string,
  bytes: Uint8Array | null,
  engine: { readDocx: (b: Uint8Array) => DocumentSnapshot; check: CheckFn },
  year: number = new Date().getFullYear() - 1,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (kind === "template")
    return { name: `${year}年政府信息公开工作年度报告（模板）.docx`, bytes: reportTemplateDocx(year) };
  if (!bytes) return null;
  const stem = name.replace(/\.docx$/i, "");
  const result = await engine.check(engine.readDocx(bytes));
  const out =
    kind === "annotated"
      ? annotateDocx(bytes, annotationOf(result)).bytes
      : kind === "fixed"
        ? applyFixesToDocx(
            bytes,
            result.findings.flatMap((f) => (f.fix ? [f.fix] : [])),
          ).bytes
        : bytes;
  return { name: `${stem}${SUFFIX[kind]}.docx`, bytes: out };
}

/** Saves a copy through the browser's download. */
export async function downloadCopy(
  kind: CopyKind,
  name: string,
  bytes: Uint8Array | null,
  engine: Parameters<typeof buildCopy>[3],
): Promise<void> {
  const copy = await buildCopy(kind, name, bytes, engine);
  if (copy) saveAs(copy.bytes, copy.name);
}

/** Saves a .docx through the browser's download. */
export function saveAs(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
