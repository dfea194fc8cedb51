import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to `file` whole or not at all: to a new temporary file beside it first (created
 * exclusively, so no existing file or link is opened), flushed to disk, then renamed over
 * `file`. A failure part-way (a full disk) removes the temporary file and leaves whatever
 * `file` was before — an earlier good copy stays as it was, and no empty or truncated copy
 * appears. `check` runs just before the rename and may throw to stop it.
 */
export function writeWhole(file: string, bytes: Uint8Array, check: () => void = () => {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
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
