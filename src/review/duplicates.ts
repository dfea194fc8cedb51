/**
 * Reports a batch holds more than once: several files naming the same 单位 (a draft and its
 * revision, last year's file beside this year's), and files with the same bytes (one file sent
 * twice under two names). Worked out from a few facts per file — its name, 单位, year and a hash
 * of its bytes — so a batch of any size keeps no more than those.
 */
import { fileName, type ReportEntry } from "./report-entry";

/** What the batch keeps of each file to find its duplicates. */
export interface BatchFile {
  /** The file as the output names it. */
  readonly file: string;
  readonly agency: string | null;
  readonly year: number | null;
  /** A hash of the file's bytes; absent when they could not be read or the host has none. */
  readonly digest?: string | null;
}

export interface Duplicates {
  /** Each 单位 that more than one file names, with those files in batch order. */
  readonly sameUnit: readonly { readonly agency: string; readonly files: readonly BatchFile[] }[];
  /** Each set of files with the same bytes, in batch order: the first is the one counted. */
  readonly identical: readonly (readonly BatchFile[])[];
}

/** What the batch keeps of a reviewer's entry (the workbook, the review page): its name without its folder. */
export const batchFileOf = (entry: ReportEntry): BatchFile => ({
  file: fileName(entry.file),
  agency: entry.result?.agency ?? null,
  year: entry.result?.year ?? null,
  digest: entry.digest ?? null,
});

export function duplicatesOf(files: readonly BatchFile[]): Duplicates {
  const byAgency = new Map<string, BatchFile[]>();
  const byDigest = new Map<string, BatchFile[]>();
  for (const f of files) {
    if (f.agency) push(byAgency, f.agency, f);
    if (f.digest) push(byDigest, f.digest, f);
  }
  return {
    sameUnit: [...byAgency].filter(([, g]) => g.length > 1).map(([agency, g]) => ({ agency, files: g })),
    identical: [...byDigest.values()].filter((g) => g.length > 1),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  // pushed, not copied: a batch of thousands of files stays linear
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when the batch holds no report twice. */
export const noDuplicates = (d: Duplicates): boolean => !d.sameUnit.length && !d.identical.length;

const WORDS = {
  zh: {
    sameUnit: (n: number, agency: string, files: string) =>
      `同一单位报送了 ${n} 份报告：${agency}（${files}）`,
    years: (years: string) => `，年度分别为 ${years}`,
    allIdentical: (n: number) => `，这 ${n} 个文件完全相同`,
    someIdentical: (files: string) => `，其中 ${files} 完全相同`,
    identical: (n: number, files: string) => `${n} 个文件完全相同（同一份报告报送了多次）：${files}`,
    list: "、",
    unknownYear: "未知",
  },
  en: {
    sameUnit: (n: number, agency: string, files: string) =>
      `The same unit sent ${n} reports: ${agency} (${files})`,
    years: (years: string) => `, covering ${years} respectively`,
    allIdentical: (n: number) => `; these ${n} files are identical`,
    someIdentical: (files: string) => `; of these, ${files} are identical`,
    identical: (n: number, files: string) =>
      `${n} files are identical (one report sent more than once): ${files}`,
    list: ", ",
    unknownYear: "unknown",
  },
};

/** The files by their names alone, without their folders, unless two of them then read the same. */
function shortNames(files: readonly string[]): readonly string[] {
  const short = files.map(fileName);
  return new Set(short).size === short.length ? short : files;
}

/**
 * The duplicates in words, a line each: "同一单位报送了 2 份报告：青山县教育局（a.docx、b.docx）",
 * with the years when they differ and which of the files are identical; then the identical files
 * of no known 单位. `name` gives a file's name as the output shows it; a line shows the names
 * without their folders where they still tell the files apart.
 */
export function duplicateLines(
  d: Duplicates,
  lang: "zh" | "en",
  name: (f: BatchFile) => string = (f) => f.file,
): string[] {
  return duplicateGroups(d, lang, name).map((g) => g.line);
}

/** Each line of duplicateLines with the files it names, for an output with a row per file (CSV). */
export function duplicateGroups(
  d: Duplicates,
  lang: "zh" | "en",
  name: (f: BatchFile) => string = (f) => f.file,
): { readonly line: string; readonly files: readonly BatchFile[] }[] {
  const w = WORDS[lang];
  const end = lang === "zh" ? "。" : ".";
  const names = (files: readonly BatchFile[]) => shortNames(files.map(name)).join(w.list);
  const told = new Set<BatchFile>();
  const groups = d.sameUnit.map(({ agency, files }) => {
    const years = new Set(files.map((f) => f.year));
    let line = w.sameUnit(files.length, agency, names(files));
    if (years.size > 1) line += w.years(files.map((f) => f.year ?? w.unknownYear).join(w.list));
    const inGroup = new Set(files);
    for (const set of d.identical.filter((s) => s.every((f) => inGroup.has(f)))) {
      line += set.length === files.length ? w.allIdentical(set.length) : w.someIdentical(names(set));
      set.forEach((f) => told.add(f));
    }
    return { line: `${line}${end}`, files };
  });
  for (const set of d.identical.filter((s) => !s.every((f) => told.has(f))))
    groups.push({ line: `${w.identical(set.length, names(set))}${end}`, files: set });
  return groups;
}
