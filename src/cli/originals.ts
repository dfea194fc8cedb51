import { lstatSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

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
}

/** "dev:ino" of what `path` names (symlinks followed), or null when it does not exist. */
export function identity(path: string | Buffer): string | null {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** The originals of a run: `files` read, `paths` as named on the command line (folders among them searched). */
export function originalsOf(files: readonly (string | Buffer)[], paths: readonly string[]): Originals {
  const folderPaths = new Map<string, string>();
  for (const path of paths) {
    const id = identity(path);
    if (id && isFolder(path)) folderPaths.set(id, realpathSync(path));
  }
  return {
    files: new Set(files.map(identity).filter((id): id is string => id !== null)),
    folders: new Set(folderPaths.keys()),
    folderPaths,
  };
}

const isFolder = (path: string): boolean => {
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
    return null; // nothing there yet
  }
  const id = identity(file);
  return id && originals.files.has(id) ? "original" : null;
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
