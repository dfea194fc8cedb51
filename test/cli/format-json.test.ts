/**
 * The --json writer: the batch's closing parts nested where they go (the same text as indenting
 * JSON.stringify's lines afterwards), each file's object with a finding a line; whatever a
 * finding's strings hold, the whole output parses back to the values written.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { jsonFormatter, stringifyAt } from "../../src/cli/format-json";
import type { FileReport } from "../../src/cli/report";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";

/** What the writer did before: stringify, then indent every line JSON.stringify ended. */
const indented = (value: unknown, depth: number): string => {
  const pad = " ".repeat(2 * depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
};

const TRICKY = [
  "line\nbreak",
  "carriage\r\nreturn",
  "separators \u2028 and \u2029 in a message",
  'quotes " and \\ backslash',
  "tab\tand \u0000 control",
  "",
  "表三 第 2 行：应为 0。",
  "[\n  not json",
];

describe("stringifyAt", () => {
  it.each([0, 1, 2, 3])(
    "writes a finding with tricky strings as indenting afterwards does, %i levels deep",
    (depth) => {
      const finding = {
        rule: "cell-blank",
        message: TRICKY.join(" | "),
        messageEn: "line\u2028separator\nand newline",
        cells: [{ table: "table3", row: 2, column: 1 }, []],
        nested: [[], [[]], [{}], [[1, [2, []]]]],
        suggestions: [],
        empty: {},
        nothing: null,
        strings: TRICKY,
      };
      expect(stringifyAt(finding, depth)).toBe(indented(finding, depth));
      for (const value of [[], {}, TRICKY, "a\u2028b", 0, null])
        expect(stringifyAt(value, depth)).toBe(indented(value, depth));
    },
  );

  it("writes any JSON value as indenting afterwards does", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect(stringifyAt(value, depth)).toBe(indented(value, depth));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});

/** A report whose finding holds `text` in every string a finding carries. */
function reportWith(report: FileReport, text: string): FileReport {
  const result = report.result!;
  const findings = result.findings.map((f) => ({ ...f, message: `${f.message}${text}`, messageEn: text }));
  return { ...report, file: `${text}.docx`, result: { ...result, agency: text, findings } };
}

describe("jsonFormatter", () => {
  const file = join(__dirname, "../fixtures/docx/seed-002.docx");
  const result = check(readDocx(readFileSync(file)));
  const report: FileReport = { file: "seed-002.docx", error: null, result };

  /** The batch's whole output for `reports`, as run.ts writes it. */
  const batch = (reports: readonly FileReport[]): string => {
    const json = jsonFormatter();
    let text = json.begin({ total: reports.length, skipped: [] });
    for (const r of reports) text += json.file(r);
    return (
      text +
      json.end({
        total: reports.length,
        skipped: [],
        verdicts: { errors: reports.length, warnings: 0, clean: 0, unread: 0 },
        errorFiles: [],
      })
    );
  };

  it("writes one file object a line group, each finding on a line of its own", () => {
    expect(result.findings.length).toBeGreaterThan(10);
    const json = jsonFormatter();
    json.begin({ total: 2, skipped: [] });
    const first = json.file(report);
    const second = json.file(report);
    expect(first.startsWith("\n    {")).toBe(true);
    expect(second).toBe(`,${first}`);
    const lines = first.split("\n");
    const findingLines = lines.filter((l) => l.startsWith('        {"rule":'));
    expect(findingLines).toHaveLength(result.findings.length);
    for (const [i, line] of findingLines.entries())
      expect(JSON.parse(line.replace(/,$/, "")).rule).toBe(result.findings[i].rule);
  });

  it("writes a batch that parses back to every file's object, tricky strings included", () => {
    for (const text of TRICKY) {
      const parsed = JSON.parse(batch([report, reportWith(report, text)])) as {
        files: { file: string; agency: string; findings: { message: string; messageEn: string }[] }[];
      };
      expect(parsed.files.map((f) => f.file)).toEqual(["seed-002.docx", `${text}.docx`]);
      expect(parsed.files[1].agency).toBe(text);
      expect(parsed.files[1].findings.every((f) => f.messageEn === text && f.message.endsWith(text))).toBe(
        true,
      );
      expect(parsed.files[0].findings).toHaveLength(result.findings.length);
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const parsed = JSON.parse(batch([reportWith(report, text)])) as { files: { agency: string }[] };
        expect(parsed.files[0].agency).toBe(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it("writes a file with no findings and an empty batch as JSON", () => {
    const clean: FileReport = { ...report, result: { ...result, findings: [] } };
    expect(JSON.parse(batch([clean])).files[0].findings).toEqual([]);
    expect(JSON.parse(batch([])).files).toEqual([]);
  });
});
