/** @jest-environment jsdom */
/**
 * The body's OOXML against Word's collections (src/word/_lib/body-story.ts): where they do not
 * line up, nothing is assumed and the read says so.
 */
import { readFlatOpc } from "../../src/docx";
import type { ReadIssue } from "../../src/word";
import { readBodyStory, shownText, textBoxTables } from "../../src/word/_lib/body-story";
import { FakeWord, type FakeTable } from "./fake-word";

const table = (...texts: string[]): FakeTable => ({ rows: [texts.map((text) => ({ text }))] });
const story = (word: FakeWord) => readBodyStory(word.bodyOoxml(), readFlatOpc)!;
const word = new FakeWord([
  { kind: "p", text: "标题" },
  { kind: "table", table: table("甲", "1") },
  { kind: "p", text: "锚", hidden: "隐藏", textBox: [table("乙", "2")] },
  { kind: "table", table: table("丙", "3") },
]);

describe("the body's OOXML", () => {
  it("shows the text box's table after its anchor, and which paragraph hides text", () => {
    const s = story(word);
    expect(s.tables.map((t) => [t.inTextBox, t.paragraphsBefore, t.tablesBefore])).toEqual([
      [false, 1, 0],
      [true, 2, 1],
      [false, 2, 1],
    ]);
    expect(s.paragraphs).toEqual([
      { text: "标题", mayHide: false },
      { text: "锚", mayHide: true },
    ]);
  });

  it("gives Word's text-box table the reader's block where Word lists it in the reader's order", () => {
    const boxes = textBoxTables(story(word), [[["甲", "1"]], [["乙", "2"]], [["丙", "3"]]]);
    expect(boxes.unchecked).toBe(false);
    expect(boxes.listed.map((b) => b?.ref)).toEqual([undefined, { box: 0 }, undefined]);
  });

  it("assumes nothing where Word lists the tables in another order, and says so", () => {
    const boxes = textBoxTables(story(word), [[["甲", "1"]], [["丙", "3"]], [["乙", "2"]]]);
    expect(boxes).toEqual({ listed: [], unlisted: [], unchecked: true });
  });

  it("assumes nothing where Word lists another number of tables, and says so", () => {
    expect(textBoxTables(story(word), [[["甲", "1"]]]).unchecked).toBe(true);
  });

  it("takes no paragraph's text where Word counts other paragraphs (a text box's among the body's), and says so", () => {
    const issues: ReadIssue[] = [];
    expect(shownText(story(word), [0, 3, 5], issues).size).toBe(0);
    expect(issues).toEqual([{ kind: "story", unchecked: "paragraphs", code: "Mismatch" }]);
    expect(shownText(story(word), [0, 3], issues)).toEqual(new Map([[3, "锚"]]));
  });
});
