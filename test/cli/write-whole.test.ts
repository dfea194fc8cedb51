import fs, { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { whyNotWritten, writeWhole } from "../../src/cli/write-whole";
import { tempFolderForEachTest } from "../helpers/temp-folder";

describe("writeWhole", () => {
  let dir: string;
  afterEach(() => jest.restoreAllMocks());
  tempFolderForEachTest("write-whole", (made) => (dir = made));

  const diskFullAfter = (bytes: number) => {
    const real = fs.writeSync;
    let written = 0;
    jest.spyOn(fs, "writeSync").mockImplementation(((
      fd: number,
      data: Uint8Array,
      offset: number,
      length: number,
    ) => {
      if (written + length > bytes) {
        real(fd, data, offset, bytes - written);
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      }
      written += length;
      return real(fd, data, offset, length);
    }) as typeof fs.writeSync);
  };

  it("writes the bytes, in a folder it creates", () => {
    const file = path.join(dir, "a", "b.docx");
    writeWhole(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(path.dirname(file))).toEqual(["b.docx"]);
  });

  it("says why a folder could not be made where node's recursive mkdir says only ENOENT (a read-only disk)", () => {
    const real = fs.mkdirSync;
    jest.spyOn(fs, "mkdirSync").mockImplementation(((
      target: fs.PathLike,
      options?: fs.MakeDirectoryOptions,
    ) => {
      if (!String(target).startsWith(dir)) return real(target, options);
      throw Object.assign(new Error(`${options?.recursive ? "ENOENT" : "EROFS"}: mkdir`), {
        code: options?.recursive ? "ENOENT" : "EROFS",
      });
    }) as typeof fs.mkdirSync);
    let thrown: unknown;
    try {
      writeWhole(path.join(dir, "letters", "a", "b.docx"), new Uint8Array([1]));
    } catch (error) {
      thrown = error;
    }
    expect(whyNotWritten(thrown).zh).toBe("这个位置是只读的");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("on a full disk leaves no copy and no temporary file", () => {
    diskFullAfter(1000);
    const file = path.join(dir, "copy.docx");
    expect(() => writeWhole(file, new Uint8Array(5000))).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("on a full disk keeps an earlier good copy as it was", () => {
    const file = path.join(dir, "copy.docx");
    writeFileSync(file, "earlier good copy");
    diskFullAfter(3);
    expect(() => writeWhole(file, new Uint8Array(5000))).toThrow(/ENOSPC/);
    expect(readFileSync(file, "utf8")).toBe("earlier good copy");
    expect(readdirSync(dir)).toEqual(["copy.docx"]);
  });

  it("writes a file whose name is near the file system's limit of 255 bytes", () => {
    // 80 汉字 (240 bytes) and ".docx": a report's own name, as a unit may give it
    const file = path.join(dir, `${"政".repeat(80)}.docx`);
    writeWhole(file, new Uint8Array([7]));
    expect([...readFileSync(file)]).toEqual([7]);
  });

  it("names why a write failed in Chinese for the causes a reviewer can act on", () => {
    for (const [code, words] of [
      ["ENAMETOOLONG", "太长"],
      ["EACCES", "权限"],
      ["EROFS", "只读"],
      ["ENOSPC", "磁盘已满"],
    ])
      expect(whyNotWritten(Object.assign(new Error(code), { code })).zh).toContain(words);
    expect(whyNotWritten(new Error("odd")).zh).toBe("odd");
  });

  it("writes nothing when the last check refuses", () => {
    const file = path.join(dir, "copy.docx");
    expect(() =>
      writeWhole(file, new Uint8Array(10), () => {
        throw new Error("no");
      }),
    ).toThrow("no");
    expect(readdirSync(dir)).toEqual([]);
  });
});
