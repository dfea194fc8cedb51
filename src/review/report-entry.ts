/**
 * One report of a reviewer's batch as both the CLI and the review page hold it: the file's name,
 * and the check's result or why the file could not be checked. The 单位 is the reporting body the
 * engine read from the title or the signature, else the file's name.
 */
import type { CheckResult, Finding } from "../engine";

export interface ReportEntry {
  readonly file: string;
  readonly result: CheckResult | null;
  /**
   * Why the file has no result: the message for the reviewer, and a code (the reader's error
   * code, or the reason the batch skipped the file) that a letter to the unit is worded by.
   */
  readonly error: { readonly message: string; readonly messageEn: string; readonly code?: string } | null;
  /** Set when the batch did not check the file at all (.doc, .wps, .pdf…), rather than failed to read it. */
  readonly skipped?: boolean;
  /** A hash of the file's bytes: two entries with one digest are one report sent twice. */
  readonly digest?: string;
}

export type Verdict = "unread" | "errors" | "warnings" | "clean";

/** The 结论 of a file the batch did not check (.doc, .wps, .pdf…). */
export const NOT_CHECKED = { zh: "未检查", en: "not checked" } as const;

export const VERDICTS: Readonly<Record<"zh" | "en", Readonly<Record<Verdict, string>>>> = {
  zh: { unread: "无法检查", errors: "有错误", warnings: "仅有警告", clean: "未发现问题" },
  en: {
    unread: "could not be checked",
    errors: "errors",
    warnings: "warnings only",
    clean: "no problems found",
  },
};

const count = (findings: readonly Finding[], severity: Finding["severity"]): number =>
  findings.filter((f) => f.severity === severity).length;

export const errorsOf = (entry: ReportEntry): number => count(entry.result?.findings ?? [], "error");
export const warningsOf = (entry: ReportEntry): number => count(entry.result?.findings ?? [], "warning");

export function verdictOf(entry: ReportEntry): Verdict {
  if (!entry.result) return "unread";
  if (errorsOf(entry)) return "errors";
  return warningsOf(entry) ? "warnings" : "clean";
}

/** The file's name without its folder: "收件/白石镇.docx" → "白石镇.docx". */
export const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** The file's name without its folder and extension: "白石镇.docx" → "白石镇". */
export const fileStem = (file: string): string => fileName(file).replace(/\.[^.]+$/, "");

/** The 单位: as the report names itself, else the file's name. */
export const unitOf = (entry: ReportEntry): string => entry.result?.agency || fileStem(entry.file);

/** Each entry's 单位, with the file's name added where two reports name the same 单位. */
export function unitLabels(entries: readonly ReportEntry[]): ReadonlyMap<ReportEntry, string> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(unitOf(e), (counts.get(unitOf(e)) ?? 0) + 1);
  return new Map(
    entries.map((e) => [e, counts.get(unitOf(e))! > 1 ? `${unitOf(e)}（${fileStem(e.file)}）` : unitOf(e)]),
  );
}
