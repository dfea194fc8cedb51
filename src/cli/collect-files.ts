import { readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { extname, sep } from "node:path";

/** A file to check: the path to open, and the name to show (they differ for a non-UTF-8 name). */
export interface Entry {
  readonly path: string | Buffer;
  readonly name: string;
  /** An old Word, WPS or RTF file that `--convert` turns into .docx first. */
  readonly convert: boolean;
}

/** A path the user named that could not be used. */
export interface MissingPath {
  readonly file: string;
  readonly reason: "not-found" | "no-docx";
}

/** Why a file or folder found in a scan was not checked. */
export type SkipReason =
  | "doc"
  | "wps"
  | "rtf"
  | "pdf"
  | "ofd"
  | "lock"
  | "hidden"
  | "other"
  | "not-regular"
  | "dangling-link"
  | "folder-unreadable"
  | "folder-loop"
  | "no-libreoffice";

export interface Skipped {
  readonly file: string;
  readonly reason: SkipReason;
}

/** Extensions of the formats a unit may send its report in that the checker cannot read itself. */
const CONVERTIBLE: Readonly<Record<string, SkipReason>> = { ".doc": "doc", ".wps": "wps", ".rtf": "rtf" };
const OTHER_REPORT: Readonly<Record<string, SkipReason>> = { ".pdf": "pdf", ".ofd": "ofd" };

/**
 * The files named on the command line: files as given, folders searched recursively in name
 * order for .docx (and, with `convert`, .doc/.wps/.rtf). Every other file a folder holds is
 * listed as skipped with its reason, as is a subfolder that cannot be read; a symlinked folder is
 * followed once, never in a loop, and listed in `linked`: it is searched too, so no output may
 * be written there.
 */
export function collectFiles(
  paths: readonly string[],
  convert = false,
  /** Web pages saved from a government site (.html, .htm) are reports too: last year's, for --previous. */
  pages = false,
): { files: Entry[]; missing: MissingPath[]; skipped: Skipped[]; linked: string[] } {
  const files: Entry[] = [];
  const missing: MissingPath[] = [];
  const skipped: Skipped[] = [];
  const linked: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push({ file: path, reason: "not-found" });
      continue;
    }
    if (!stats.isDirectory()) {
      files.push({ path, name: path, convert: convert && extname(path).toLowerCase() in CONVERTIBLE });
      continue;
    }
    const before = files.length;
    seen.add(identity(stats));
    walk(Buffer.from(path), { files, skipped, linked, seen, convert, pages });
    if (files.length === before) missing.push({ file: path, reason: "no-docx" });
  }
  return { files, missing, skipped, linked };
}

interface Walk {
  readonly files: Entry[];
  readonly skipped: Skipped[];
  /** Folders searched through a symlink (a name that is not UTF-8 cannot be named here, and is left out). */
  readonly linked: string[];
  /** Folders already searched, by device and inode, so a link back up is not followed again. */
  readonly seen: Set<string>;
  readonly convert: boolean;
  readonly pages: boolean;
}

const identity = (s: Stats) => `${s.dev}:${s.ino}`;

function walk(dir: Buffer, w: Walk): void {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
  } catch {
    w.skipped.push({ file: displayName(dir), reason: "folder-unreadable" });
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const e of entries) {
    const path = Buffer.concat([dir, Buffer.from(sep), e.name]);
    const name = displayName(path);
    let stats: Stats | null = null;
    if (e.isSymbolicLink() || e.isDirectory()) {
      try {
        stats = statSync(path);
      } catch {
        w.skipped.push({ file: name, reason: "dangling-link" });
        continue;
      }
    }
    if (stats?.isDirectory()) {
      if (w.seen.has(identity(stats))) w.skipped.push({ file: name, reason: "folder-loop" });
      else {
        w.seen.add(identity(stats));
        const named = asPath(path);
        if (e.isSymbolicLink() && typeof named === "string") w.linked.push(named);
        walk(path, w);
      }
      continue;
    }
    const reason = skipReason(displayName(e.name), e, stats, w);
    if (reason) w.skipped.push({ file: name, reason });
    else w.files.push({ path: asPath(path), name, convert: extname(name).toLowerCase() in CONVERTIBLE });
  }
}

function skipReason(
  base: string,
  e: Dirent<Buffer>,
  stats: Stats | null,
  { convert, pages }: Walk,
): SkipReason | null {
  if (!(stats ? stats.isFile() : e.isFile())) return "not-regular";
  // Word's and WPS's lock files (~$报告.docx) hold the editor's name, not a report
  if (base.startsWith("~$") || base.startsWith(".~lock.")) return "lock";
  if (base.startsWith(".") || /^(thumbs\.db|desktop\.ini)$/i.test(base)) return "hidden";
  const ext = extname(base).toLowerCase();
  if (ext === ".docx" || (pages && (ext === ".html" || ext === ".htm"))) return null;
  if (ext in CONVERTIBLE) return convert ? null : CONVERTIBLE[ext];
  return OTHER_REPORT[ext] ?? "other";
}

/** The path as a string when it is UTF-8, so messages and copies use it as given. */
function asPath(path: Buffer): string | Buffer {
  const text = path.toString("utf8");
  return Buffer.from(text).equals(path) ? text : path;
}

/** A name that is not UTF-8 is most likely GBK (a zip made on Chinese Windows): shown decoded. */
export function displayName(path: Buffer): string {
  const text = path.toString("utf8");
  return Buffer.from(text).equals(path) ? text : new TextDecoder("gbk").decode(path);
}
