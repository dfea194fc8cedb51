/** @jest-environment jsdom */
import fc from "fast-check";
import type { CheckResult, Finding, HostRef, Severity, SnapshotTable } from "../../src/engine";
import { createWordPort, WORD_MARK_COLORS, type DocumentPort } from "../../src/word";
import { fakeHost, FakeSettings, FakeWord, type FakeBlock, type FakeOptions } from "./fake-word";
import { blocks } from "./random-documents";

/**
 * Issue 6: on any document, 检查 (mark) then 清除标记 puts back every cell's shading and leaves
 * every character as it was. `npm run fuzz` raises the run count through FUZZ_RUNS.
 */
const params = { seed: 20261122, numRuns: Number(process.env.FUZZ_RUNS) || 150 };

const options: fc.Arbitrary<FakeOptions> = fc.record({
  cellCount: fc.constantFrom("physical", "skip-continuation"),
  platform: fc.constantFrom("desktop", "web"),
});
// "no colour" (WordApiDesktop 1.4) exists only in desktop Word; on the web it is white (below)
const desktopOptions = options.map((o): FakeOptions => ({ ...o, platform: "desktop" }));

type Pick = { at: number; severity: Severity; culprit: boolean };

/** Which cells a check names: indices into the read cells, with a severity, and whether it is the culprit. */
const picks = fc.array(
  fc.record({
    at: fc.nat(),
    severity: fc.constantFrom<Severity>("error", "warning", "info"),
    culprit: fc.boolean(),
  }),
  { maxLength: 12 },
);
/** One or two checks before clearing: a second check re-marks some cells and drops others. */
const checks = fc.array(picks, { minLength: 1, maxLength: 2 });

function finding(ref: HostRef | null, severity: Severity, parts: HostRef[]): Finding {
  return {
    rule: "row-total",
    severity,
    messageId: "unbalanced",
    section: "s3",
    table: "table3",
    row: "new_received",
    column: "total",
    expected: 1,
    actual: 2,
    cells: parts.map((ref) => ({ table: "table3", row: `r${refKey(ref)}`, column: "total" })),
    message: "总计应为 1，实为 2",
    messageEn: "total should be 1, is 2",
    data: {},
    ref,
  };
}
const refKey = (ref: HostRef) => JSON.stringify(ref);

/** A check result naming the picked cells; the bound cells let `part` marks find their refs. */
function resultFor(cellRefs: HostRef[], picked: Pick[]): CheckResult {
  const findings = picked.map((p) => {
    const ref = cellRefs.length ? cellRefs[p.at % cellRefs.length] : null;
    return p.culprit ? finding(ref, p.severity, []) : finding(null, p.severity, ref ? [ref] : []);
  });
  const cells = cellRefs.map((ref) => ({
    key: { table: "table3" as const, row: `r${refKey(ref)}`, column: "total" },
    text: "",
    value: { kind: "blank" as const },
    ref,
  }));
  return { format: "2021", year: 2022, sections: [], tables: [], cells, findings };
}
function portFor(word: FakeWord, noColorShading: boolean, comments: boolean): DocumentPort {
  return createWordPort(fakeHost(word, new FakeSettings(), { comments, noColorShading, wordApi: "1.4" }));
}

/** Every character of the document, in the fake's own model (paragraphs and cells). */
const textOf = (word: FakeWord) =>
  JSON.stringify(
    word.blocks.map((b) => (b.kind === "p" ? b.text : b.table.rows.map((r) => r.map((c) => c.text)))),
  );

async function markThenClear(
  docBlocks: FakeBlock[],
  opts: FakeOptions,
  rounds: Pick[][],
  noColorShading: boolean,
  comments: boolean,
) {
  const word = new FakeWord(JSON.parse(JSON.stringify(docBlocks)) as FakeBlock[], {
    ...opts,
    desktopShading: noColorShading,
  });
  const fillsBefore = word.fills();
  const textBefore = textOf(word);
  const port = portFor(word, noColorShading, comments);
  const marked = new Set<string>();
  let approximate = 0;
  for (const picked of rounds) {
    const read = await port.read();
    if (!read.ok) throw new Error(`read failed: ${read.reason}`);
    const cellRefs = read.value.snapshot.blocks.flatMap((b) =>
      b.kind === "table" ? (b as SnapshotTable).cells.map((c) => c.ref) : [],
    );
    const mark = await port.mark(resultFor(cellRefs, picked), { comments });
    if (!mark.ok) throw new Error(`mark failed: ${mark.reason}`);
    approximate += mark.value.approximate;
    word.fills().forEach((t, ti) =>
      t.forEach((r, ri) =>
        r.forEach((f, ci) => {
          if (f !== fillsBefore[ti][ri][ci]) marked.add(`${ti}/${ri}/${ci}`);
        }),
      ),
    );
  }
  const cleared = await port.clearMarks();
  if (!cleared.ok) throw new Error(`clear failed: ${cleared.reason}`);
  approximate += cleared.value.approximate;
  return { word, fillsBefore, textBefore, marked, cleared: cleared.value, approximate };
}

/**
 * A cell the clerk shaded in one of Word's mark colours cannot be told from a mark whose record
 * was lost, so its colour is never recorded as an original (issue 10): after 清除标记 it may have
 * no colour (white where Word cannot set "no colour"). Every other cell must be exact, those in
 * the palette's Office presets (#FFC7CE, which random documents draw) included.
 */
const OURS = new Set(Object.values(WORD_MARK_COLORS).map((c) => c.slice(1)));
const ourColourAsOriginal = (before: (string | null)[][][], after: (string | null)[][][]) =>
  after.map((t, ti) =>
    t.map((r, ri) =>
      r.map((f, ci) => {
        const was = before[ti][ri][ci];
        return was && OURS.has(was) && (f === null || f === "FFFFFF") ? was : f;
      }),
    ),
  );

describe("mark then 清除标记 on random documents (fake Word)", () => {
  it("puts back every cell's shading exactly and leaves every character as it was", async () => {
    await fc.assert(
      fc.asyncProperty(blocks, desktopOptions, checks, fc.boolean(), async (doc, opts, rounds, comments) => {
        const { word, fillsBefore, textBefore, cleared } = await markThenClear(
          doc,
          opts,
          rounds,
          true,
          comments,
        );
        expect(ourColourAsOriginal(fillsBefore, word.fills())).toEqual(fillsBefore);
        expect(textOf(word)).toBe(textBefore);
        expect(word.comments).toHaveLength(0);
        expect(cleared).toMatchObject({ changed: 0, approximate: 0, unreachable: 0 });
      }),
      params,
    );
  });

  it("where Word cannot set 'no colour', differs only in marked colourless cells, turned white and counted (by 检查 or 清除标记)", async () => {
    await fc.assert(
      fc.asyncProperty(blocks, options, checks, async (doc, opts, rounds) => {
        const { word, fillsBefore, textBefore, marked, approximate } = await markThenClear(
          doc,
          opts,
          rounds,
          false,
          false,
        );
        const expected = fillsBefore.map((t, ti) =>
          t.map((r, ri) => r.map((f, ci) => (f === null && marked.has(`${ti}/${ri}/${ci}`) ? "FFFFFF" : f))),
        );
        expect(ourColourAsOriginal(fillsBefore, word.fills())).toEqual(expected);
        expect(textOf(word)).toBe(textBefore);
        const after = word.fills().flat(2);
        expect(approximate).toBe(after.filter((f, i) => f !== fillsBefore.flat(2)[i]).length);
      }),
      params,
    );
  });
});
