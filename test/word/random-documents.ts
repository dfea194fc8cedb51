/** Random documents for the fake Word's property tests: paragraphs and tables with random merges and shading. */
import fc from "fast-check";
import type { FakeBlock, FakeCell } from "./fake-word";

const FILLS = [null, null, null, "D9D9D9", "FFFF00", "FFC7CE", "FFFFFF"] as const;
const fill = fc.constantFrom(...FILLS);
export const text = fc.oneof(
  fc.constantFrom("", "0", "12", "总计", "自然人", "其中：", "一、本年新收", "５", " 3 "),
  fc.string({ maxLength: 6 }),
);

/** A row of 1–5 cells; spans and vertical merges are random and need not line up, as in damaged tables. */
const cell: fc.Arbitrary<FakeCell> = fc.record(
  {
    text,
    gridSpan: fc.integer({ min: 1, max: 3 }),
    vMerge: fc.constantFrom("restart", "continue"),
    fill,
  },
  { requiredKeys: ["text"] },
);
const table = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 7 })
  .map((rows): FakeBlock => ({ kind: "table", table: { rows } }));
const paragraph = text.map((t): FakeBlock => ({ kind: "p", text: t }));
export const blocks = fc.array(
  fc.oneof({ weight: 2, arbitrary: table }, { weight: 1, arbitrary: paragraph }),
  {
    minLength: 1,
    maxLength: 5,
  },
);
