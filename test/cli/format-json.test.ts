/**
 * The --json writer stringifies each file's object already nested where it goes, instead of
 * indenting JSON.stringify's text afterwards: the text must be the same, byte for byte, on every
 * value a finding can hold, strings that look like line ends included.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { itemAfterAt, jsonFormatter, stringifyAt } from "../../src/cli/format-json";
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

describe("itemAfterAt", () => {
  it("writes any JSON value after a comma and line end as indenting afterwards does", () => {
    for (const value of [[], {}, TRICKY, "a,\u2028b", 0, null, { ",": [",\n"] }])
      for (const depth of [1, 2, 3]) expect(itemAfterAt(value, depth)).toBe(`,\n${indented(value, depth)}`);
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 4 }), (value, depth) => {
        expect(itemAfterAt(value, depth)).toBe(`,\n${indented(value, depth)}`);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});

describe("jsonFormatter", () => {
  it("writes a checked report's file object four spaces in, as indenting afterwards does", () => {
    const file = join(__dirname, "../fixtures/docx/seed-002.docx");
    const result = check(readDocx(readFileSync(file)));
    expect(result.findings.length).toBeGreaterThan(10);
    const report: FileReport = { file: "seed-002.docx", error: null, result };
    const json = jsonFormatter();
    json.begin({ total: 2, skipped: [] });
    const first = json.file(report);
    const second = json.file(report);
    const object = JSON.parse(first) as unknown;
    expect(first).toBe(`\n${indented(object, 2)}`);
    expect(second).toBe(`,\n${indented(object, 2)}`);
  });
});
