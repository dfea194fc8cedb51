import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** A path the user named that could not be used. */
export interface MissingPath {
  readonly file: string;
  readonly reason: "not-found" | "no-docx";
}

/**
 * The .docx files named on the command line: files as given, folders searched recursively in
 * name order. Word's lock files (~$…) and hidden files are skipped.
 */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: MissingPath[] } {
  const files: string[] = [];
  const missing: MissingPath[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      missing.push({ file: path, reason: "not-found" });
      continue;
    }
    if (!isDirectory) files.push(path);
    else {
      const found = walk(path);
      if (found.length === 0) missing.push({ file: path, reason: "no-docx" });
      files.push(...found);
    }
  }
  return { files, missing };
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return entries.flatMap((e) => {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return /\.docx$/i.test(e.name) ? [path] : [];
  });
}
