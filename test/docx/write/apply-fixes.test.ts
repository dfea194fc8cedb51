import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../../src/docx";
import { applyFixesToDocx } from "../../../src/docx/write";
import { check, type Finding, type Fix } from "../../../src/engine";

const root = path.resolve(__dirname, "../../..");
const folders = ["test/fixtures/docx", "test/fixtures/docx-libreoffice"];
const files = [
  ...folders.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith(".docx"))
      .map((f) => path.join(dir, f)),
  ),
  "examples/sample-report.docx",
];

const where = (f: Finding) => [f.rule, f.section, f.table, f.row, f.column].join("|");
const fixesOf = (findings: readonly Finding[]): Fix[] => findings.flatMap((f) => (f.fix ? [f.fix] : []));

describe.each(files)("fixing %s", (file) => {
  const bytes = new Uint8Array(readFileSync(path.join(root, file)));

  it("applies every safe fix; each fixed finding goes away and no new one appears", () => {
    const before = check(readDocx(bytes));
    const fixes = fixesOf(before.findings);
    const original = bytes.slice();
    const outcome = applyFixesToDocx(bytes, fixes);
    expect(bytes).toEqual(original); // the input is never changed
    expect(outcome.refused).toEqual([]);
    expect(outcome.applied).toHaveLength(fixes.length);
    const after = check(readDocx(outcome.bytes));
    const fixed = new Set(before.findings.filter((f) => f.fix).map(where));
    const still = after.findings.map(where);
    expect(still.filter((w) => fixed.has(w))).toEqual([]);
    const known = new Set(before.findings.map(where));
    expect(still.filter((w) => !known.has(w))).toEqual([]);
    expect(fixesOf(after.findings)).toEqual([]);
    // nothing else moved: the same cells are bound, with the fixed ones changed only
    expect(after.cells.map((c) => c.key)).toEqual(before.cells.map((c) => c.key));
  });
});

describe("applyFixesToDocx", () => {
  const headings = new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/headings-variants.docx")));
  const sample = new Uint8Array(readFileSync(path.join(root, "examples/sample-report.docx")));

  it("replaces a typed section number such as 2、 by 二、 and keeps the rest of the heading", () => {
    const before = check(readDocx(headings));
    const fix = before.findings.find((f) => f.fix?.op === "set-paragraph-prefix")!.fix!;
    expect(fix).toMatchObject({ from: "2、", to: "二、" });
    const after = readDocx(applyFixesToDocx(headings, [fix]).bytes);
    const p = after.blocks.find((b) => b.kind === "paragraph" && b.ref.p === fix.ref.p);
    expect(p).toMatchObject({ text: expect.stringMatching(/^\s*二、\s*主动公开政府信息情况/) });
  });

  it("writes a cell's new value in the cell's own format", () => {
    const before = check(readDocx(sample));
    const fix = before.findings.find((f) => f.fix?.op === "set-cell")!.fix!;
    const after = check(readDocx(applyFixesToDocx(sample, [fix]).bytes));
    const cell = after.cells.find((c) => JSON.stringify(c.ref) === JSON.stringify(fix.ref))!;
    expect(cell.text).toBe(fix.to);
  });

  it("refuses a fix whose cell no longer holds what the check saw, and a second fix on one place", () => {
    const before = check(readDocx(sample));
    const fix = before.findings.find((f) => f.fix?.op === "set-cell")!.fix! as Extract<
      Fix,
      { op: "set-cell" }
    >;
    const stale = { ...fix, from: "12345" };
    const outcome = applyFixesToDocx(sample, [
      fix,
      { ...fix, to: "7" },
      stale,
      { ...fix, ref: { t: 99, tr: 0, tc: 0 } },
    ]);
    expect(outcome.applied).toEqual([fix]);
    expect(outcome.refused.map((r) => r.reason)).toEqual(["conflict", "conflict", "not-found"]);
    const alone = applyFixesToDocx(sample, [stale]);
    expect(alone.refused.map((r) => r.reason)).toEqual(["stale"]);
    expect(alone.bytes).toEqual(sample);
  });

  it("accepts a sum suggestion as a fix: the total is written and the sum holds", () => {
    const before = check(readDocx(sample));
    const sum = before.findings.find((f) => f.rule === "row-total" && f.suggestions?.length)!;
    const after = check(readDocx(applyFixesToDocx(sample, [sum.suggestions![0]]).bytes));
    expect(
      after.findings.filter((f) => f.rule === "row-total" && f.row === sum.row && f.column === sum.column),
    ).toEqual([]);
  });
});
