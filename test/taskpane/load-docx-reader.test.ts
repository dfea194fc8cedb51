import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { lazyDocxReader, readLastYearsDocx } from "../../src/taskpane/load-docx-reader";

const sample = new Uint8Array(readFileSync(path.join(__dirname, "../../examples/sample-report.docx")));

describe("the pane's reader of last year's .docx", () => {
  it("reads a .docx as the reader does", async () => {
    expect(await readLastYearsDocx(sample)).toEqual(readDocx(sample));
  });

  it("fetches the reader once for every file after it", async () => {
    const load = jest.fn(async () => readDocx);
    const read = lazyDocxReader(load);
    await read(sample);
    await read(sample);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("says the reader did not load, not that the file is unreadable, and tries again next time", async () => {
    const load = jest
      .fn<Promise<typeof readDocx>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk docx-reader failed."))
      .mockResolvedValueOnce(readDocx);
    const read = lazyDocxReader(load);
    await expect(read(sample)).rejects.toThrow(
      /^读取 \.docx 的程序未能载入，请重试。.*Loading chunk docx-reader failed/,
    );
    expect((await read(sample)).blocks.length).toBeGreaterThan(0);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("passes the reader's own error on for a file it cannot read", async () => {
    await expect(readLastYearsDocx(new TextEncoder().encode("not a report"))).rejects.toThrow(
      readDocxError(new TextEncoder().encode("not a report")),
    );
  });
});

function readDocxError(bytes: Uint8Array): string {
  try {
    readDocx(bytes);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the reader to refuse");
}
