import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";

/**
 * Writes `bytes` to `file` whole or not at all: to a new temporary file beside it first (created
 * exclusively, so no existing file or link is opened), flushed to disk, then renamed over
 * `file`. A failure part-way (a full disk) removes the temporary file and leaves whatever
 * `file` was before — an earlier good copy stays as it was, and no empty or truncated copy
 * appears. `check` runs just before the rename and may throw to stop it.
 */
export function writeWhole(file: string, bytes: Uint8Array, check: () => void = () => {}): void {
  makeFolder(dirname(file));
  // short whatever the name: a name near the file system's limit (255 bytes) leaves no room to add to it
  const temp = join(dirname(file), `.report-check-${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx");
  try {
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    check();
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Makes `dir` and the folders above it. Node's recursive mkdir says ENOENT wherever a folder
 * could not be made (a read-only disk, a folder without permission): the first missing folder,
 * made on its own, throws the real reason.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    let missing = dir;
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    mkdirSync(missing);
    throw error;
  }
}

/**
 * Why a file could not be written, in plain words, for the errors a reviewer can act on; Node's
 * own message (English) for the rest.
 */
export function whyNotWritten(error: unknown): { readonly zh: string; readonly en: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? REASONS[code] : undefined;
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: detail, en: detail };
}

const REASONS: Readonly<Record<string, { zh: string; en: string }>> = {
  ENOSPC: { zh: "磁盘已满", en: "the disk is full" },
  ENAMETOOLONG: { zh: "文件名或路径太长，请换一个短一些的文件夹", en: "the file name or path is too long" },
  EACCES: { zh: "没有写入这个文件夹的权限", en: "no permission to write there" },
  EPERM: { zh: "没有写入这个文件夹的权限", en: "no permission to write there" },
  EROFS: { zh: "这个位置是只读的", en: "the location is read-only" },
  ENOTDIR: { zh: "路径中有一部分不是文件夹", en: "part of the path is not a folder" },
  EISDIR: { zh: "同名的文件夹已经存在", en: "a folder of that name exists" },
  ENOENT: { zh: "文件夹不存在或在写入时被移走了", en: "the folder does not exist or was moved away" },
};
