/** @jest-environment jsdom */
/**
 * Issue 10, item 9: on random documents, under every combination of the fake Word's [Silent]
 * switches, with random faults injected at random points (a batch failing half-way, comments
 * refused, getOoxml of a table or of the body throwing, protection), on documents with perhaps a
 * table in a text box or a hidden run, or held in a web page's layout table, and the clerk editing between actions (a table inserted
 * above, a row added, a figure typed), the add-in:
 *  - never writes a wrong cell: a shading write lands only on a cell it planned to mark or on a
 *    cell in one of our colours (putting back its own); a fix lands only on the cell it was for;
 *  - never leaves a mark 清除标记 cannot remove: after the run, one fault-free 清除标记 puts back
 *    every cell's own shading.
 * `npm test` runs a compact version; `npm run fuzz` raises the runs through FUZZ_RUNS.
 */
import fc from "fast-check";
import type { HostRef, SnapshotTable } from "../../src/engine";
import { readFlatOpc } from "../../src/docx";
import { createWordPort, WORD_MARK_COLORS, type DocumentPort } from "../../src/word";
import {
  FakeSettings,
  FakeWord,
  withContent,
  type FakeBlock,
  type FakeCell,
  type FakeCellBlock,
  type FakeFaults,
  type LaidOutCell,
  type FakeOptions,
  type FakeTable,
} from "./fake-word";
import { errorsAt } from "./errors-at";
import { blocks } from "./random-documents";

// FUZZ_SEED explores other documents and faults; a failure prints the seed and path to replay
const params = {
  seed: Number(process.env.FUZZ_SEED) || 20261204,
  numRuns: Number(process.env.FUZZ_RUNS) || 60,
};

const OURS = new Set(Object.values(WORD_MARK_COLORS).map((c) => c.slice(1)));

/**
 * The clerk's own shading is never exactly one of Word's mark colours here: a cell the clerk
 * shaded #FEC6CD cannot be told from our mark (marks.property.test.ts covers what happens then),
 * and in a table with no labels it could be taken for a mark moved by an insertion. The palette's
 * Office presets (#FFC7CE, which random documents draw) are the clerk's, and come back exactly.
 */
const documents = blocks.map((doc) =>
  doc.map((b): FakeBlock =>
    b.kind === "table"
      ? {
          ...b,
          table: {
            rows: b.table.rows.map((row) =>
              row.map((c) => (c.fill && OURS.has(c.fill) ? { ...c, fill: "D9D9D9" } : c)),
            ),
          },
        }
      : b,
  ),
);

const variant: fc.Arbitrary<FakeOptions> = fc.record({
  cellCount: fc.constantFrom("physical", "skip-continuation"),
  getCell: fc.constantFrom("counted", "grid-column"),
  platform: fc.constantFrom("desktop", "web"),
  protected: fc.constantFrom(false, false, false, false, true),
  protectedError: fc.constantFrom("AccessDenied", "GeneralException"),
  viewing: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
  textBoxes: fc.constantFrom("excluded", "included"),
  hiddenText: fc.constantFrom("excluded", "included"),
  autoShading: fc.constantFrom("removes", "keeps"),
  colourlessReadThrows: fc.constantFrom("web", "everywhere"),
  outlineLevels: fc.constantFrom("word", "ooxml"),
  commentMarks: fc.constantFrom("none", "text"),
  undo: fc.constantFrom("sync", "write"),
});

/**
 * A random document, with perhaps one of its tables moved into a text box anchored in the
 * paragraph before it, and perhaps a hidden run at the end of a paragraph.
 */
const withTextBoxes: fc.Arbitrary<FakeBlock[]> = fc
  .tuple(documents, fc.option(fc.nat()), fc.option(fc.nat()))
  .map(([doc, box, hide]) => {
    const out = doc.map((b) => ({ ...b }));
    const tables = out.flatMap((b, i) => (b.kind === "table" && out[i - 1]?.kind === "p" ? [i] : []));
    if (box !== null && tables.length) {
      const at = tables[box % tables.length];
      const anchor = out[at - 1] as Extract<FakeBlock, { kind: "p" }>;
      anchor.textBox = [(out[at] as Extract<FakeBlock, { kind: "table" }>).table];
      out.splice(at, 1);
    }
    const paragraphs = out.filter((b): b is Extract<FakeBlock, { kind: "p" }> => b.kind === "p");
    if (hide !== null && paragraphs.length) paragraphs[hide % paragraphs.length].hidden = "（隐）";
    return out;
  });

/**
 * A document as a web page turned into Word holds it: its paragraphs and tables in one cell of
 * a layout table (FakeCell.blocks) after a page's heading line. Read as the report, its tables
 * nested and unaddressed: nothing in them may be shaded or fixed.
 */
const laidOut: fc.Arbitrary<FakeBlock[]> = documents.map((doc): FakeBlock[] => {
  const blocks = doc.map((b): FakeCellBlock =>
    b.kind === "p" ? { kind: "p", text: b.text } : { kind: "table", table: b.table },
  );
  const page = withContent({ text: "", blocks });
  return [
    { kind: "p", text: "首页 > 年报" },
    { kind: "table", table: { rows: [[page]] } },
  ];
});

/** A layout cell's `tables` are its `blocks`' tables again after a copy (JSON keeps them apart). */
function relinked(doc: FakeBlock[]): FakeBlock[] {
  for (const b of doc)
    if (b.kind === "table") for (const c of b.table.rows.flat()) if (c.blocks) withContent(c as LaidOutCell);
  return doc;
}

type Fault = { writesBeforeFailure?: number; comments?: boolean; ooxmlOf?: number; bodyOoxml?: boolean };
const fault: fc.Arbitrary<Fault> = fc.record(
  {
    writesBeforeFailure: fc.nat({ max: 6 }),
    comments: fc.boolean(),
    ooxmlOf: fc.nat({ max: 3 }),
    bodyOoxml: fc.boolean(),
  },
  { requiredKeys: [] },
);
type Edit =
  | { kind: "table-above" }
  | { kind: "add-row"; at: number }
  | { kind: "type"; at: number; text: string }
  | { kind: "undo" };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ kind: "table-above" as const }),
  fc.record({ kind: fc.constant("add-row" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("type" as const),
    at: fc.nat(),
    text: fc.constantFrom("", "0", "7", "总计"),
  }),
  // the clerk's Ctrl+Z: the add-in's last shading taken back, its record left as saved
  fc.constant({ kind: "undo" as const }),
);
type Step =
  | { kind: "check"; via: "pane" | "command"; picks: number[]; comments: boolean; fault: Fault }
  | { kind: "fill"; picks: number[]; fault: Fault }
  | { kind: "clear"; fault: Fault }
  | { kind: "edit"; edit: Edit };
const picks = fc.array(fc.nat(), { maxLength: 8 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("check" as const),
      via: fc.constantFrom("pane" as const, "command" as const),
      picks,
      comments: fc.boolean(),
      fault,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("fill" as const), picks, fault }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("clear" as const), fault }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("edit" as const), edit }) },
);

/** Every table of the model: the body's and the text boxes', and the tables nested in their cells. */
const allTables = (word: FakeWord): FakeTable[] =>
  word.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : (b.textBox ?? []))).flatMap(withNested);
const withNested = (table: FakeTable): FakeTable[] => [
  table,
  ...table.rows.flat().flatMap((c) => (c.tables ?? []).flatMap(withNested)),
];
const allCells = (word: FakeWord): FakeCell[] => allTables(word).flatMap((t) => t.rows.flat());

/**
 * The model cells a ref reaches, merges down included: what marking it may paint. A read that
 * checked the body's OOXML numbers the body's tables (`t`) as the reader does and gives a text
 * box's table no address (`box`: nothing may be painted); one that could not (`unchecked`)
 * numbers the tables Word lists.
 */
function cellsAt(word: FakeWord, ref: HostRef, unchecked: boolean): FakeCell[] {
  // a table nested in a cell (a web page's layout table's) has no address: nothing may be painted
  if (ref.path !== undefined) return [];
  const tables = unchecked ? word.tables : word.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const rows = tables[ref.t as number]?.rows;
  const origin = rows?.[ref.tr as number]?.[ref.tc as number];
  if (!rows || !origin) return [];
  const colOf = (row: FakeCell[], cell: FakeCell) =>
    row.slice(0, row.indexOf(cell)).reduce((n, c) => n + (c.gridSpan ?? 1), 0);
  const col = colOf(rows[ref.tr as number], origin);
  const out = [origin];
  for (let r = (ref.tr as number) + 1; r < rows.length; r++) {
    const below = rows[r].find((c) => colOf(rows[r], c) === col);
    if (!below || below.vMerge !== "continue") break;
    out.push(below);
  }
  return out;
}

function applyEdit(word: FakeWord, e: Edit): void {
  if (e.kind === "undo") {
    word.undo();
    return;
  }
  const tables = word.tables;
  if (e.kind === "table-above") {
    word.blocks.unshift({ kind: "table", table: { rows: [[{ text: "插入" }, { text: "" }]] } });
    return;
  }
  if (!tables.length) return;
  if (e.kind === "add-row") {
    const table = tables[e.at % tables.length];
    table.rows.splice(e.at % (table.rows.length + 1), 0, [{ text: "新增" }, { text: "" }]);
    return;
  }
  const cells = allCells(word).filter((c) => c.vMerge !== "continue");
  if (!cells.length) return;
  const typed = cells[e.at % cells.length];
  typed.text = e.text;
  // a layout cell's content typed over: its text is now its one paragraph, its tables kept
  delete typed.blocks;
}

function inject(word: FakeWord, f: Fault): void {
  const faults: FakeFaults = {};
  if (f.writesBeforeFailure !== undefined) faults.writesBeforeFailure = f.writesBeforeFailure;
  if (f.comments) faults.comments = true;
  if (f.ooxmlOf !== undefined) faults.ooxml = (t) => t === f.ooxmlOf;
  if (f.bodyOoxml) faults.bodyOoxml = true;
  word.faults = faults;
}

async function run(doc: FakeBlock[], options: FakeOptions, steps: Step[]) {
  const word = new FakeWord(relinked(JSON.parse(JSON.stringify(doc)) as FakeBlock[]), {
    ...options,
    // WordApiDesktop 1.4 (cell.shading, "no colour") is not on the web: there it is white
    desktopShading: options.platform !== "web",
  });
  const original = new Map(allCells(word).map((c) => [c, c.fill ?? null]));
  const settings = new FakeSettings();
  const portOn = (s: FakeSettings): DocumentPort =>
    createWordPort({
      run: word.run,
      runWith: (objects, batch) => word.runWith(objects, batch),
      settings: s,
      capabilities: {
        tables: true,
        comments: true,
        noColorShading: options.platform !== "web",
        readOnly: false,
        wordApi: "1.4",
      },
      parse: readFlatOpc,
    });
  const pane = portOn(settings);
  const command = portOn(settings.runtime());
  /** The refs the pane's last read gave, and the model cells they were then. */
  let lastRefs: { ref: HostRef; cells: FakeCell[] }[] = [];

  for (const s of steps) {
    if (s.kind === "edit") {
      applyEdit(word, s.edit);
      continue;
    }
    const fills = new Map(allCells(word).map((c) => [c, c.fill ?? null]));
    const texts = new Map(allCells(word).map((c) => [c, c.text]));
    let allowed = new Set<FakeCell>();
    const port = s.kind === "check" && s.via === "command" ? command : pane;
    if (s.kind === "check") {
      inject(word, { ooxmlOf: s.fault.ooxmlOf, bodyOoxml: s.fault.bodyOoxml });
      const read = await port.read();
      word.faults = {};
      if (!read.ok) continue;
      const unchecked = !!read.value.issues?.some((i) => i.kind === "story");
      const cellsOf = (w: FakeWord, ref: HostRef) => cellsAt(w, ref, unchecked);
      const refs = read.value.snapshot.blocks.flatMap((b) =>
        b.kind === "table" ? (b as SnapshotTable).cells.map((c) => c.ref) : [],
      );
      const cellRefs = refs.map((ref) => ({ ref, cells: cellsOf(word, ref) }));
      if (port === pane) lastRefs = cellRefs;
      const picked = refs.length ? s.picks.map((i) => refs[i % refs.length]) : [];
      allowed = new Set(picked.flatMap((ref) => cellsOf(word, ref)));
      inject(word, { ...s.fault, ooxmlOf: undefined, bodyOoxml: undefined });
      await port.mark(errorsAt(picked), { comments: s.comments });
    } else if (s.kind === "clear") {
      inject(word, s.fault);
      await pane.clearMarks();
    } else {
      const targets = lastRefs.length ? s.picks.map((i) => lastRefs[i % lastRefs.length]) : [];
      const fixes = targets.map(({ ref }) => ({
        op: "set-cell" as const,
        at: { table: "table3" as const, row: "r", column: "c" },
        ref,
        from: "",
        to: "0",
      }));
      inject(word, s.fault);
      await pane.applyFixes!(fixes);
      // a fix may land only on the cell its ref was at the read, and only if that cell was blank
      const fixable = new Set(targets.map((t) => t.cells[0]).filter((c) => c && !texts.get(c)?.trim()));
      for (const c of allCells(word))
        if (texts.has(c) && c.text !== texts.get(c)) {
          expect(fixable.has(c)).toBe(true);
          expect(c.text).toBe("0");
        }
    }
    word.faults = {};
    // shading changed only on planned cells (to our colour) or on cells that had our colour
    for (const c of allCells(word)) {
      const was = fills.get(c);
      if (was === undefined || (c.fill ?? null) === was) continue;
      const ok = (allowed.has(c) && OURS.has(c.fill ?? "")) || (was !== null && OURS.has(was));
      if (!ok) throw new Error(`wrong cell shaded: ${was} → ${c.fill} (${s.kind})`);
    }
    if (s.kind !== "fill") for (const c of allCells(word)) expect(c.text).toBe(texts.get(c) ?? c.text);
  }

  word.faults = {};
  return { word, original, cleared: await pane.clearMarks() };
}

describe("the add-in under random Word behaviours, faults and edits (issue 10)", () => {
  it("never shades or fixes a wrong cell, and one 清除标记 at the end takes every mark off", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: withTextBoxes }, { weight: 1, arbitrary: laidOut }),
        variant,
        fc.array(step, { minLength: 1, maxLength: 6 }),
        async (doc, options, steps) => {
          const { word, original, cleared } = await run(doc, options, steps);
          if (options.protected || options.viewing) return;
          expect(cleared.ok).toBe(true);
          for (const c of allCells(word)) {
            const was = original.get(c) ?? null; // cells added by edits had no shading
            // the clerk's own pink cannot be told from ours: it may come back without colour
            if (was && OURS.has(was) && (c.fill ?? null) === null) continue;
            // where "no colour" cannot be set (the web), "Auto" leaves a fill or the read-back of
            // no colour throws, it comes back white, counted as approximate
            const white =
              options.platform === "web" ||
              options.autoShading === "keeps" ||
              options.colourlessReadThrows === "everywhere";
            if (white && was === null && c.fill === "FFFFFF") continue;
            expect(c.fill ?? null).toBe(was);
          }
        },
      ),
      params,
    );
  }, 14_400_000);
});
