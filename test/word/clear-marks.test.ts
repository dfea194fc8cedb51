/** @jest-environment jsdom */
/**
 * 清除标记 and the clerk's Ctrl+Z: Word's undo takes back the add-in's shading (a whole batch at a
 * time, or one cell at a time: the fake's `undo` switch), while the document's settings, where the
 * record of our marks is kept, stay as saved. Whatever was undone, every mark comes off exactly:
 * each cell gets back its own shading, the clerk's yellow included.
 */
import { TextDecoder } from "node:util";
import type { HostRef } from "../../src/engine";
import { createWordPort, WORD_MARK_COLORS, type DocumentPort } from "../../src/word";
import { fakeHost, FakeSettings, FakeWord, type FakeBlock, type FakeOptions } from "./fake-word";
import { errorsAt } from "./errors-at";

Object.assign(globalThis, { TextDecoder });

const ERROR = WORD_MARK_COLORS.error.slice(1);

const blocks = (): FakeBlock[] => [
  { kind: "p", text: "清溪镇2022年政府信息公开工作年度报告" },
  {
    kind: "table",
    table: {
      rows: [
        [{ text: "表二" }, { text: "数量" }],
        [{ text: "规章" }, { text: "" }],
        [{ text: "规范性文件" }, { text: "3", fill: "FFFF00" }],
      ],
    },
  },
  { kind: "p", text: "说明" },
];

/** The blank cell (no colour of its own) and the clerk's yellow one. */
const BLANK: HostRef = { t: 0, tr: 1, tc: 1 };
const YELLOW: HostRef = { t: 0, tr: 2, tc: 1 };

function setup(options: FakeOptions): { word: FakeWord; port: DocumentPort } {
  const word = new FakeWord(blocks(), { desktopShading: true, ...options });
  return { word, port: createWordPort(fakeHost(word, new FakeSettings())) };
}

/** 检查我的报告 with these findings: read, then mark. */
async function check(port: DocumentPort, refs: HostRef[]) {
  expect((await port.read()).ok).toBe(true);
  expect(await port.mark(errorsAt(refs))).toMatchObject({ ok: true });
}

describe.each(["sync", "write"] as const)("Ctrl+Z taking back one %s at a time", (undo) => {
  it("a mark 清除标记 took off and Ctrl+Z brought back comes off again, to the cell's own colour", async () => {
    const { word, port } = setup({ undo });
    const before = word.fills();
    await check(port, [BLANK, YELLOW]);
    expect(word.fills()[0][2][1]).toBe(ERROR);
    expect(await port.clearMarks()).toMatchObject({ ok: true });
    expect(word.fills()).toEqual(before);
    while (word.undo() && word.fills()[0][2][1] !== ERROR); // until the yellow cell is pink again
    expect(word.fills()[0][2][1]).toBe(ERROR);
    expect(await port.clearMarks()).toMatchObject({ ok: true, value: { unreachable: 0 } });
    expect(word.fills()).toEqual(before);
  });

  it("a mark a later check took back and Ctrl+Z brought back comes off with 清除标记", async () => {
    const { word, port } = setup({ undo });
    const before = word.fills();
    await check(port, [BLANK, YELLOW]);
    await check(port, [BLANK]); // the yellow cell's finding is gone: its own colour back
    expect(word.fills()[0][2][1]).toBe("FFFF00");
    while (word.undo() && word.fills()[0][2][1] !== ERROR);
    expect(word.fills()[0][2][1]).toBe(ERROR);
    await port.clearMarks();
    expect(word.fills()).toEqual(before);
  });

  it("a check marking the cell Ctrl+Z painted again keeps its own colour, not ours, for 清除标记", async () => {
    const { word, port } = setup({ undo });
    const before = word.fills();
    await check(port, [YELLOW]);
    await port.clearMarks();
    word.undo();
    expect(word.fills()[0][2][1]).toBe(ERROR);
    await check(port, [YELLOW]);
    await port.clearMarks();
    expect(word.fills()).toEqual(before);
  });
});
