/** @jest-environment jsdom */
/**
 * Inserting a missing section (插入这一部分) under every behaviour Word's documentation leaves
 * open: whether a new paragraph continues the anchor's list, whether `attachToList` works,
 * throws, is absent or numbers otherwise, whether `insertOoxml` applies a style the package does
 * not define, and what "Replace" leaves after the inserted table. Under each, the new heading
 * reads "四、<title>" exactly once (Word's number or a typed one, never both) in the look of the
 * report's own headings, nothing else changes, and no stray paragraph is left (or the pane is
 * told it could not be tidied).
 */
import { TextDecoder } from "node:util";
import { reportTemplateDocx } from "../../src/docx/write";
import { check } from "../../src/engine";
import { createWordPort, planInsertSection } from "../../src/word";
import { docxBlocks } from "./docx-blocks";
import { fakeHost, FakeSettings, FakeWord, type FakeBlock, type FakeOptions } from "./fake-word";

Object.assign(globalThis, { TextDecoder });

type P = Extract<FakeBlock, { kind: "p" }>;
const TITLE = "政府信息公开行政复议、行政诉讼情况";
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const LOOK = {
  style: "ReportHeading",
  font: "黑体",
  fontSize: 16,
  bold: true,
  format: { alignment: "Left", firstLineIndent: 32, spaceBefore: 6 },
};

/**
 * The blank 2024 report without section 四, its headings in a look of their own, and section 三
 * ending with a numbered paragraph (the anchor the new heading goes after). `listed`: Word numbers
 * the headings (list 1) instead of their text.
 */
let template: FakeBlock[] | null = null;

function report(listed: boolean): FakeBlock[] {
  template ??= docxBlocks(reportTemplateDocx(2024));
  const blocks = clone(template).map((b): FakeBlock => {
    const m = b.kind === "p" ? /^([一二三四五六])、(.*)$/.exec(b.text) : null;
    if (!m || b.kind !== "p") return b;
    const look = { ...b, ...LOOK, format: { ...LOOK.format } };
    return listed ? { ...look, text: m[2], listString: `${m[1]}、`, list: { id: 1, level: 0 } } : look;
  });
  const heading = (n: string) =>
    blocks.findIndex((b) => b.kind === "p" && (b.text.startsWith(`${n}、`) || b.listString === `${n}、`));
  const four = heading("四");
  blocks.splice(four, heading("五") - four, {
    kind: "p",
    text: "本年度无其他需要说明的事项。",
    listString: "1.",
    list: { id: 7, level: 0 },
  });
  return blocks;
}

const BEHAVIOURS = {
  paragraphNumbering: ["plain", "inherit"],
  attachToList: ["works", "throws", "absent", "renumbers"],
  ooxmlStyles: ["any", "defined"],
  ooxmlReplace: ["merge", "keep", "drop"],
} as const;

/** Every combination of the behaviours. */
const every: FakeOptions[] = Object.entries(BEHAVIOURS).reduce<FakeOptions[]>(
  (all, [name, values]) => all.flatMap((o) => values.map((v) => ({ ...o, [name]: v }))),
  [{}],
);
/**
 * `npm test` runs every combination of the list and "Replace" behaviours, the styles switch
 * alternating (it does not reach the heading); `npm run fuzz` (FUZZ_RUNS set) runs all of them.
 */
const combinations = process.env.FUZZ_RUNS
  ? every
  : every.filter((o) => (o.ooxmlStyles === "any") === (o.paragraphNumbering === "plain"));

async function insertFour(listed: boolean, options: FakeOptions) {
  const word = new FakeWord(report(listed), options);
  const port = createWordPort(fakeHost(word, new FakeSettings(), { wordApi: "1.4" }));
  const read = await port.read();
  if (!read.ok) throw new Error(read.reason);
  const plan = planInsertSection(read.value.snapshot, check(read.value.snapshot), "s4")!;
  const original = [...word.blocks];
  const before = clone(word.blocks);
  const syncs = word.syncs;
  const outcome = await port.insert!(plan);
  return { word, port, original, before, outcome, syncs: word.syncs - syncs };
}

const shown = (b: FakeBlock) => (b.kind === "p" ? (b.listString ?? "") + b.text : "");

describe.each([
  ["typed", false],
  ["numbered by Word", true],
])("inserting section 四 into a report whose headings are %s", (_, listed) => {
  it.each(combinations.map((o) => [JSON.stringify(o), o]))("under %s", async (_name, options) => {
    const { word, port, original, before, outcome } = await insertFour(listed, options as FakeOptions);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const added = word.blocks.filter((b) => !original.includes(b));
    // nothing of the clerk's was overwritten or moved out of order
    expect(clone(word.blocks.filter((b) => original.includes(b)))).toEqual(before);
    // the heading reads 四、<title> once: Word's number or a typed one, never both
    const headings = added.filter((b) => shown(b).includes(TITLE)) as P[];
    expect(headings.map(shown)).toEqual([`四、${TITLE}`]);
    const heading = headings[0];
    expect(added[0]).toBe(heading);
    // numbered by Word exactly when Word can number it 四、 in the report's list
    const joined = listed && (options as FakeOptions).attachToList === "works";
    expect(heading).toMatchObject(joined ? { text: TITLE, listString: "四、" } : { text: `四、${TITLE}` });
    if (!joined) expect(heading.listString).toBeUndefined();
    // in the look of the report's own headings
    expect(heading).toMatchObject({ style: LOOK.style, font: LOOK.font, fontSize: 16, bold: true });
    expect(heading.format).toMatchObject(LOOK.format);
    // no stray paragraph: the table is followed by 五's heading, no other added paragraph is numbered or empty
    const table = word.blocks.findIndex((b) => added.includes(b) && b.kind === "table");
    expect(shown(word.blocks[table + 1])).toMatch(/^五、/);
    expect(added.filter((b) => b !== heading && b.kind === "p" && (b.listString || !b.text.trim()))).toEqual(
      [],
    );
    expect(outcome.value.untidy).toBeUndefined();
    // and the check finds section 四 with its table (the styles switch does not touch the heading)
    if ((options as FakeOptions).ooxmlStyles === "defined") return;
    const again = await port.read();
    if (!again.ok) throw new Error(again.reason);
    const result = check(again.value.snapshot);
    expect(result.sections.find((s) => s.key === "s4")).toMatchObject({ found: true });
    expect(result.tables.find((t) => t.key === "table4")).toMatchObject({ found: true, bound: 15 });
  });
});

describe("the round trips of inserting a section", () => {
  it("takes 4: confirm, read the models, write, then tidy after the table (typed) or join the list and tidy (numbered)", async () => {
    expect((await insertFour(false, {})).syncs).toBe(4);
    expect((await insertFour(true, {})).syncs).toBe(4);
  });

  it("takes one more, only when Word numbers the heading otherwise, to put the typed heading back", async () => {
    expect((await insertFour(true, { attachToList: "renumbers" })).syncs).toBe(5);
    expect((await insertFour(true, { attachToList: "throws" })).syncs).toBe(5);
  });
});

describe("when Word leaves something that cannot be tidied", () => {
  it.each([false, true])(
    "keeps the insertion and says so, rather than failing (headings numbered by Word: %s)",
    async (listed) => {
      const word = new FakeWord(report(listed), { ooxmlReplace: "keep" });
      word.faults.deleteParagraph = true;
      const port = createWordPort(fakeHost(word, new FakeSettings(), { wordApi: "1.4" }));
      const read = await port.read();
      if (!read.ok) throw new Error(read.reason);
      const original = [...word.blocks];
      const plan = planInsertSection(read.value.snapshot, check(read.value.snapshot), "s4")!;
      expect(await port.insert!(plan)).toMatchObject({ ok: true, value: { untidy: true } });
      const added = word.blocks.filter((b) => !original.includes(b));
      expect(added.filter((b) => shown(b).includes(TITLE)).map(shown)).toEqual([`四、${TITLE}`]);
      expect(added.filter((b) => b.kind === "table")).toHaveLength(1);
    },
  );
});

describe("next to a paragraph with hidden text (Word's text and the reader's differ)", () => {
  it.each(["excluded", "included"] as const)(
    "inserts, comparing Word's own text with Word's own text (hidden text %s by Word)",
    async (hiddenText) => {
      const blocks = report(false);
      const anchor = blocks.find((b) => b.kind === "p" && b.text === "本年度无其他需要说明的事项。") as P;
      anchor.hidden = "（隐藏的说明）";
      const word = new FakeWord(blocks, { hiddenText });
      const port = createWordPort(fakeHost(word, new FakeSettings(), { wordApi: "1.4" }));
      const read = await port.read();
      if (!read.ok) throw new Error(read.reason);
      const plan = planInsertSection(read.value.snapshot, check(read.value.snapshot), "s4")!;
      // the anchor is that paragraph, as the reader reads it: without its hidden text
      expect(plan.anchor).toMatchObject({ kind: "after", text: "本年度无其他需要说明的事项。" });
      const original = [...word.blocks];
      expect(await port.insert!(plan)).toMatchObject({ ok: true });
      const added = word.blocks.filter((b) => !original.includes(b));
      expect(added.filter((b) => shown(b).includes(TITLE)).map(shown)).toEqual([`四、${TITLE}`]);
      expect(word.blocks.indexOf(added[0])).toBe(word.blocks.indexOf(anchor) + 1);
    },
  );

  it("still refuses when the clerk changed that paragraph since the check", async () => {
    const blocks = report(false);
    const anchor = blocks.find((b) => b.kind === "p" && b.text === "本年度无其他需要说明的事项。") as P;
    anchor.hidden = "（隐藏的说明）";
    const word = new FakeWord(blocks, { hiddenText: "included" });
    const port = createWordPort(fakeHost(word, new FakeSettings(), { wordApi: "1.4" }));
    const read = await port.read();
    if (!read.ok) throw new Error(read.reason);
    const plan = planInsertSection(read.value.snapshot, check(read.value.snapshot), "s4")!;
    anchor.text = "本年度无其他需要说明的事项。另有说明。";
    const before = clone(word.blocks);
    expect(await port.insert!(plan)).toMatchObject({ ok: false });
    expect(clone(word.blocks)).toEqual(before);
  });
});
