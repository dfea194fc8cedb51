import { readDocx, DocxError } from "../docx";
import {
  agencyOf,
  parseProfile,
  previousReport,
  profileOptions,
  ProfileError,
  check,
  type CheckOptions,
  type DocumentSnapshot,
  type Finding,
  type PreviousReport,
} from "../engine";
import type { Entry } from "./collect-files";
import { lazy } from "./lazy";
import { checkOptions, checkSnapshot, withDigest } from "./check-snapshot";
import type { PreviousPairs } from "./previous-pairs";
import { isSnapshot, readEntry } from "./read-entry";
import { FileError as ReadError, readInput } from "./read-input";
import type { FileReport } from "./report";

// only an .html previous report needs parse5
// eslint-disable-next-line @typescript-eslint/no-require-imports
const html = lazy(() => require("../html/read-html") as typeof import("../html/read-html"));

/** What every file of a run is checked with. */
export interface CheckContext {
  /**
   * Last year's report for the cross-year rules: the same for every file, or chosen per file
   * (`from` names the one chosen, null when none matched).
   */
  readonly previous?: (
    file: string,
    snapshot: DocumentSnapshot,
  ) => { readonly report: PreviousReport | undefined; readonly from?: string | null };
  /** The year the batch should cover (`--year`). */
  readonly expectedYear?: number;
  /** LibreOffice, for the entries to convert. */
  readonly soffice?: string | null;
  /** A profile's choice of rules, severities and thresholds (`--profile`). */
  readonly profile?: CheckOptions;
}

/** Reads and checks one file; a file that cannot be read becomes a report with its error. */
export function checkFile(file: string): FileReport {
  return checkEntry({ path: file, name: file, convert: false }, {});
}

/** Reads (converting when asked) and checks one entry of a run. */
export function checkEntry(entry: Entry, context: CheckContext): FileReport {
  const { read, digest } = readEntry(entry, context.soffice);
  return withDigest(
    isSnapshot(read) ? checkSnapshot(entry.name, read, entry.convert, context) : read,
    digest,
  );
}

/**
 * The findings of a copy written of a checked file (its fixed copy), checked as the file was:
 * with the run's year and profile, and last year's report the file was compared with.
 */
export function checkCopy(
  report: FileReport,
  bytes: Uint8Array,
  context: CheckContext,
  pairs: PreviousPairs | undefined,
): readonly Finding[] {
  const snapshot = readDocx(bytes);
  const previous = pairs ? pairs.reportOf(report.previous) : context.previous?.(report.file, snapshot).report;
  return check(snapshot, checkOptions(context, previous)).findings;
}

/**
 * Last year's report and its 单位, read once for a whole run: a .docx, or a page saved from the
 * government website (.html); a string is why it could not be read.
 */
export function readPrevious(
  file: string | Buffer,
  name = file.toString(),
): { report: PreviousReport; agency: string | null } | string {
  try {
    const bytes = readInput(file);
    const snapshot =
      /\.html?$/i.test(name) || html().looksLikeHtml(bytes) ? html().readHtml(bytes) : readDocx(bytes);
    return { report: previousReport(snapshot), agency: agencyOf(snapshot) };
  } catch (error) {
    if (error instanceof DocxError || error instanceof ReadError || error instanceof html().HtmlError)
      return `无法读取上年报告“${name}”：${error.message}`;
    throw error;
  }
}

/** A profile file (`--profile`) as check options, or why it cannot be used. */
export function readProfile(file: string): CheckOptions | string {
  let text: string;
  try {
    text = new TextDecoder().decode(readInput(file));
  } catch (error) {
    if (error instanceof ReadError) return `无法读取规则配置文件“${file}”：${error.message}`;
    throw error;
  }
  try {
    return profileOptions(parseProfile(text));
  } catch (error) {
    if (error instanceof ProfileError) return `规则配置文件“${file}”有误：${error.message}`;
    throw error;
  }
}
