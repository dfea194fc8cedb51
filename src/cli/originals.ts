import { lstatSync, opendirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

/**
 * The files a run reads (the reports and last year's report) and the folders it searched, by
 * identity: device and inode, which a hard link, a bind mount, a symlink and, on a file system
 * that ignores case, a case variant all share with the original. Nothing the run writes may be
 * one of them.
 */
export interface Originals {
  /** "dev:ino" of every file read. */
  readonly files: ReadonlySet<string>;
  /** "dev:ino" of every folder searched. */
  readonly folders: ReadonlySet<string>;
  /** Real paths of the folders searched, for the message. */
  readonly folderPaths: ReadonlyMap<string, string>;
  /**
   * Every file read, as seen from each folder above it: "dev:ino of the folder/the rest of the
   * path, case folded". A name not there yet that folds to one of these, under a folder that
   * ignores case, would open the original once written.
   */
  readonly foldedNames: ReadonlySet<string>;
  /** Whether a folder resolves a case variant of a name to the same file (see ignoresCase). */
  readonly ignoresCase: CaseProbe;
}

/** Whether the file system holding `folder` (which exists) takes a case variant of a name for the name. */
export type CaseProbe = (folder: string) => boolean;

/** "dev:ino" of what `path` names (symlinks followed), or null when it does not exist. */
export function identity(path: string | Buffer): string | null {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/**
 * The originals of a run: `files` read, `paths` as named on the command line (folders among them
 * searched). `probe` tells which folders ignore case (the real per-folder probe unless told).
 */
export function originalsOf(
  files: readonly (string | Buffer)[],
  paths: readonly string[],
  probe: CaseProbe = ignoresCase,
): Originals {
  const folderPaths = new Map<string, string>();
  for (const path of paths) {
    const id = identity(path);
    if (id && isFolder(path)) folderPaths.set(id, realpathSync(path));
  }
  return {
    files: new Set(files.map(identity).filter((id): id is string => id !== null)),
    folders: new Set(folderPaths.keys()),
    folderPaths,
    foldedNames: new Set(files.flatMap((file) => (typeof file === "string" ? foldedNames(file) : []))),
    ignoresCase: memo(probe),
  };
}

/** A file's folded names from every folder above it (see Originals.foldedNames), by its own path and its real one. */
function foldedNames(file: string): string[] {
  const names: string[] = [];
  let real: string | null = null;
  try {
    real = realpathSync(file);
  } catch {
    // the file went away: its own path still names it
  }
  for (const path of new Set([resolve(file), ...(real ? [real] : [])])) {
    for (let at = dirname(path); ; at = dirname(at)) {
      const id = identity(at);
      if (id) names.push(`${id}/${relative(at, path).split(sep).join("/").toLowerCase()}`);
      if (dirname(at) === at) break;
    }
  }
  return names;
}

const memo = (probe: CaseProbe): CaseProbe => {
  const known = new Map<string, boolean>();
  return (folder) => {
    const key = identity(folder) ?? resolve(folder);
    if (!known.has(key)) known.set(key, probe(folder));
    return known.get(key)!;
  };
};

/**
 * The real probe: stats a case variant of a name the folder holds (or, when none has letters,
 * of the folder's own name in its parent, and so on up). The variant is the same file only
 * where case is ignored; nothing is created or written. A folder whose case cannot be tested
 * (no name with letters up to the root) counts as ignoring case, the safer answer.
 */
export function ignoresCase(folder: string): boolean {
  const named = nameWithLetters(folder);
  if (named) return sameFile(join(folder, named), join(folder, swapCase(named)));
  for (let at = resolve(folder); dirname(at) !== at; at = dirname(at)) {
    const name = basename(at);
    if (swapCase(name) !== name) return sameFile(at, join(dirname(at), swapCase(name)));
  }
  return true;
}

/** The first name in `folder` that has a case variant, read one entry at a time (a folder may be huge). */
function nameWithLetters(folder: string): string | null {
  let dir;
  try {
    dir = opendirSync(folder);
  } catch {
    return null;
  }
  try {
    for (let entry = dir.readSync(); entry; entry = dir.readSync())
      if (swapCase(entry.name) !== entry.name) return entry.name;
    return null;
  } finally {
    dir.closeSync();
  }
}

const swapCase = (name: string): string =>
  [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");

function sameFile(a: string, b: string): boolean {
  const [ia, ib] = [identity(a), identity(b)];
  return ia !== null && ia === ib;
}

/** Whether `path` names a folder (symlinks followed); false when it names nothing. */
export const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The files named once each: a file listed twice, or reached by two names (a link), is checked once. */
export function distinctFiles<T extends string | Buffer>(files: readonly T[]): T[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const id = identity(file) ?? `path:${resolve(file.toString())}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Why writing `file` could harm an original, or null when it cannot. */
export type OutputHazard = "original" | "symlink";

/**
 * Whether a copy may be written at `file`: not when something there is an original (by
 * identity, so every other name of it is caught too), and not when it is a symlink, dangling or
 * not, which is never followed.
 */
export function outputHazard(file: string, originals: Originals): OutputHazard | null {
  try {
    if (lstatSync(file).isSymbolicLink()) return "symlink";
  } catch {
    // nothing there yet: but where case is ignored, a case variant of an original's name is the original
    return foldsToOriginal(file, originals) ? "original" : null;
  }
  const id = identity(file);
  return id && originals.files.has(id) ? "original" : null;
}

/**
 * Whether `file`, which does not exist, would open an original once created: under its nearest
 * existing folder, if that folder ignores case, the rest of the path folds to an original's.
 */
function foldsToOriginal(file: string, originals: Originals): boolean {
  if (originals.foldedNames.size === 0) return false;
  const path = resolve(file);
  for (let at = dirname(path); ; at = dirname(at)) {
    const id = identity(at);
    if (id)
      return (
        originals.ignoresCase(at) &&
        originals.foldedNames.has(`${id}/${relative(at, path).split(sep).join("/").toLowerCase()}`)
      );
    if (dirname(at) === at) return false;
  }
}

/**
 * The searched folder that holds `folder` (itself or an ancestor), by identity, so a symlink or
 * bind mount into it is caught; its real path, or null. A copy written there would be checked
 * as an input by the next run over that folder.
 */
export function searchedFolderHolding(folder: string, originals: Originals): string | null {
  if (originals.folders.size === 0) return null;
  for (let at = resolve(folder); ; at = dirname(at)) {
    const id = identity(at);
    if (id && originals.folders.has(id)) return originals.folderPaths.get(id)!;
    if (dirname(at) === at) return null;
  }
}

/** The key two output names are compared by: case folded, since the folder may ignore case. */
export const outputKey = (file: string): string => resolve(file).toLowerCase();

/** Two folder names for one folder: by identity when both exist, else by path without case. */
export function sameFolder(a: string, b: string): boolean {
  const [ia, ib] = [identity(a), identity(b)];
  return ia !== null && ib !== null ? ia === ib : outputKey(a) === outputKey(b);
}
