/**
 * docs/bad-inputs.md, a 500-page report with 200 tables: read and checked in a couple of
 * seconds (`npm run bench` measures it), the three report tables found among the annexes, and
 * no annex table taken for part of a report table.
 */
import { readDocx } from "../../src/docx";
import { check, type SnapshotTable } from "../../src/engine";
import { bigReport, cli, folder } from "./build";

describe("a report of 500 pages with 200 tables", () => {
  const bytes = bigReport();

  it("is read and checked in reasonable time, its report tables found and nothing else taken for them", () => {
    const start = performance.now();
    const snapshot = readDocx(bytes);
    const result = check(snapshot, { strict: true });
    const ms = performance.now() - start;

    const tables = snapshot.blocks.filter((b): b is SnapshotTable => b.kind === "table");
    expect(tables).toHaveLength(200);
    expect(snapshot.blocks.length - tables.length).toBeGreaterThan(2600);
    expect(result.tables.map((t) => [t.key, t.found, t.bound, t.expected, t.parts.length])).toEqual([
      ["table2", true, 10, 10, 1],
      ["table3", true, 175, 175, 1],
      ["table4", true, 15, 15, 1],
    ]);
    expect(result.sections.every((s) => s.found)).toBe(true);
    // about 1.5 s on the project's 2-core machine; the bound leaves room for a busy CI runner
    expect(ms).toBeLessThan(15_000);
  });

  it("goes through the CLI like any report", () => {
    const dir = folder({ "五百页.docx": bytes });
    try {
      const { code, stdout } = cli(dir.path("五百页.docx"));
      expect(code).toBe(1);
      expect(stdout).toContain("表格：表二 10/10，表三 175/175，表四 15/15");
    } finally {
      dir.cleanup();
    }
  });
});
