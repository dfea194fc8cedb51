import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { cli } from "../helpers/cli";
import { tempFolderForEachTest } from "../helpers/temp-folder";

const sample = path.resolve(__dirname, "../../examples/sample-report.docx");

describe("inputs that are not regular files", () => {
  let dir: string;
  tempFolderForEachTest("read-input", (made) => (dir = made));

  it("skips a FIFO named .docx with a message, without waiting on it, and checks the rest", () => {
    const folder = path.join(dir, "reports");
    mkdirSync(folder);
    const fifo = path.join(folder, "a.docx");
    execFileSync("mkfifo", [fifo]);
    copyFileSync(sample, path.join(folder, "b.docx"));
    const { stdout } = cli("--json", folder);
    // the folder scan lists it as not checked; only b.docx is read
    const { files, skipped } = JSON.parse(stdout);
    expect(skipped).toEqual([expect.objectContaining({ file: fifo, reason: "not-regular" })]);
    expect(skipped[0].message).toContain("不是普通文件");
    expect(files).toHaveLength(1);
    expect(files[0].result).not.toBeNull();
  });

  it("skips a FIFO named on the command line, without waiting on it", () => {
    const fifo = path.join(dir, "a.docx");
    execFileSync("mkfifo", [fifo]);
    const { code, stdout } = cli("--json", fifo, sample);
    const files = JSON.parse(stdout).files;
    expect(files[0]).toMatchObject({ file: fifo, error: { code: "not-a-file" } });
    expect(files[0].error.message).toContain("不是普通文件");
    expect(files[1].result).not.toBeNull();
    expect(code).toBe(2);
  });

  it("skips a device named on the command line", () => {
    const { stdout } = cli("--json", "/dev/zero", "/dev/null");
    const errors = JSON.parse(stdout).files.map((f: { error: { code: string } }) => f.error.code);
    expect(errors).toEqual(["not-a-file", "not-a-file"]);
  });

  it("refuses a FIFO as last year's report", () => {
    const fifo = path.join(dir, "2023.docx");
    execFileSync("mkfifo", [fifo]);
    const { code, stderr } = cli("--previous", fifo, sample);
    expect(code).toBe(2);
    expect(stderr).toContain("不是普通文件");
  });
});
