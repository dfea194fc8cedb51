import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/** Why a file could not be read, or a copy written, in the words the CLI prints. */
export class FileError extends Error {
  override readonly name = "FileError";
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/**
 * No report is this large on disk, pictures and all: a bigger file is refused before it is
 * read, so one file cannot take the machine's memory.
 */
export const MAX_INPUT_SIZE = 512 * 1024 * 1024;

/**
 * The bytes of a regular file. A FIFO, a device or a socket is refused without being read
 * (reading a FIFO waits for a writer forever, a device never ends): the file is opened without
 * blocking and its type checked on the open descriptor, so what is checked is what is read.
 * Throws FileError.
 */
export function readInput(file: string | Buffer): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw inputError(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      throw new FileError("not-a-file", "这是一个文件夹，不是文件。", "This is a folder, not a file.");
    if (!stat.isFile())
      throw new FileError(
        "not-a-file",
        "这不是普通文件（是管道、设备或套接字），已跳过，没有读取。",
        "This is not a regular file (a pipe, device or socket); skipped without reading it.",
      );
    if (stat.size > MAX_INPUT_SIZE)
      throw new FileError(
        "too-large",
        "文件超过 512 MB，超出了可以检查的范围，没有读取。",
        "The file is over 512 MB, too large to check; it was not read.",
      );
    return new Uint8Array(readFileSync(fd));
  } catch (error) {
    throw error instanceof FileError ? error : inputError(error);
  } finally {
    closeSync(fd);
  }
}

function inputError(error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new FileError("not-found", "找不到这个文件。", "The file does not exist.");
  if (code === "EACCES" || code === "EPERM")
    return new FileError(
      "no-access",
      "没有读取这个文件的权限。",
      "The file cannot be read (permission denied).",
    );
  if (code === "EISDIR")
    return new FileError("not-a-file", "这是一个文件夹，不是文件。", "This is a folder, not a file.");
  return new FileError("unreadable", "无法读取这个文件。", "The file cannot be read.");
}
