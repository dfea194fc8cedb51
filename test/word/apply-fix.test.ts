/** @jest-environment jsdom */
/**
 * 修正 and 空白填0 in a cell where a reviewer's comment is anchored: Word's documentation is silent
 * on whether setting a cell's `value` keeps the comment (the fake's `valueOverComments`), so the
 * comment must survive either way: a blank cell gets its text added, a cell with text is left alone
 * and the clerk told why.
 */
import { TextDecoder } from "node:util";
import type { Fix } from "../../src/engine";
import { COMMENT_PREFIX, createWordPort, type DocumentPort } from "../../src/word";
import { fakeHost, FakeSettings, FakeWord, type FakeBlock, type FakeOptions } from "./fake-word";

Object.assign(globalThis, { TextDecoder });

const blocks = (): FakeBlock[] => [
  { kind: "p", text: "清溪镇2022年政府信息公开工作年度报告" },
  {
    kind: "table",
    table: {
      rows: [
        [{ text: "表二" }, { text: "数量" }],
        [{ text: "规章" }, { text: "" }],
        [{ text: "规范性文件" }, { text: "3" }],
      ],
    },
  },
  { kind: "p", text: "说明" },
];

const fill: Fix = {
  op: "set-cell",
  at: { table: "table2", row: "r", column: "c" },
  ref: { t: 0, tr: 1, tc: 1 },
  from: "",
  to: "0",
};
const correct: Fix = { ...fill, ref: { t: 0, tr: 2, tc: 1 }, from: "3", to: "4" };

/** Both of Word's plausible ways with a comment under `value`, with and without WordApi 1.4's comments, its mark shown in the text or not. */
const worlds = [true, false].flatMap((comments) =>
  (["kept", "deleted"] as const).flatMap((valueOverComments) =>
    (["none", "text"] as const).map((commentMarks) => ({ comments, valueOverComments, commentMarks })),
  ),
);

function setup(options: FakeOptions, comments: boolean): { word: FakeWord; port: DocumentPort } {
  const word = new FakeWord(blocks(), { desktopShading: true, ...options });
  const port = createWordPort(
    fakeHost(word, new FakeSettings(), { comments, wordApi: comments ? "1.4" : "1.3" }),
  );
  return { word, port };
}

/** A comment anchored in a cell of the first table, as a reviewer puts it there. */
function comment(word: FakeWord, tr: number, tc: number, content = "请核实这个数") {
  word.comments.push({
    content,
    at: { t: 0, rowIndex: tr, cellIndex: tc },
    cell: word.tables[0].rows[tr][tc],
  });
}

describe.each(worlds)(
  "a reviewer's comment in the cell (WordApi 1.4 comments: $comments, value over a comment: $valueOverComments, mark in text: $commentMarks)",
  ({ comments, valueOverComments, commentMarks }) => {
    it("空白填0 fills a blank commented cell by adding the 0, and the comment stays", async () => {
      const { word, port } = setup({ valueOverComments, commentMarks }, comments);
      comment(word, 1, 1);
      expect((await port.read()).ok).toBe(true);
      await expect(port.applyFixes!([fill])).resolves.toMatchObject({ ok: true, value: { applied: 1 } });
      expect(word.tables[0].rows[1][1].text).toBe("0");
      expect(word.comments.map((c) => c.content)).toEqual(["请核实这个数"]);
    });

    it("修正 leaves a commented cell with text as it is, and says the comment is why", async () => {
      const { word, port } = setup({ valueOverComments, commentMarks }, comments);
      comment(word, 2, 1);
      expect((await port.read()).ok).toBe(true);
      await expect(port.applyFixes!([correct, fill])).resolves.toMatchObject({
        ok: true,
        value: { applied: 1, refused: 1, commented: 1 },
      });
      await expect(port.applyFix(correct)).resolves.toMatchObject({ ok: false, reason: "commented" });
      expect(word.tables[0].rows[2][1].text).toBe("3");
      expect(word.tables[0].rows[1][1].text).toBe("0");
      expect(word.comments).toHaveLength(1);
    });
  },
);

describe("comments Word lists (WordApi 1.4)", () => {
  it("a comment added after the check is seen at the write", async () => {
    const { word, port } = setup({ valueOverComments: "deleted" }, true);
    expect((await port.read()).ok).toBe(true);
    comment(word, 2, 1);
    await expect(port.applyFixes!([correct])).resolves.toMatchObject({ ok: true, value: { commented: 1 } });
    expect(word.comments).toHaveLength(1);
  });

  it("our own comment does not stop a 修正 (the next check makes it again)", async () => {
    const { word, port } = setup({ valueOverComments: "deleted" }, true);
    comment(word, 2, 1, `${COMMENT_PREFIX}总计不符`);
    expect((await port.read()).ok).toBe(true);
    await expect(port.applyFixes!([correct])).resolves.toMatchObject({ ok: true, value: { applied: 1 } });
    expect(word.tables[0].rows[2][1].text).toBe("4");
  });
});
