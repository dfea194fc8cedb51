/** Shared set-up for tests that run the port over a seed report (the fixtures' .docx) in the fake Word. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { check, type CheckResult, type DocumentSnapshot } from "../../src/engine";
import { createWordPort, type Capabilities, type DocumentPort } from "../../src/word";
import { docxBlocks } from "./docx-blocks";
import { fakeHost, FakeSettings, FakeWord, type FakeBlock, type FakeOptions } from "./fake-word";

Object.assign(globalThis, { TextDecoder });

const root = path.resolve(__dirname, "../..");
/** A fixture of test/fixtures/docx as the fake's blocks. */
export const seed = (name: string): FakeBlock[] =>
  docxBlocks(new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx", name))));
export const seed002 = (): FakeBlock[] => seed("seed-002.docx");

/** A small table the clerk pasted into the document after the check (a contact list). */
export const pasted = (): FakeBlock => ({
  kind: "table",
  table: {
    rows: [
      [{ text: "附：联系人" }, { text: "电话" }],
      [{ text: "张三" }, { text: "12345" }],
    ],
  },
});

export function setup(
  blocks: FakeBlock[],
  options: FakeOptions = {},
  capabilities: Partial<Capabilities> = {},
  settings = new FakeSettings(),
) {
  const word = new FakeWord(blocks, { desktopShading: true, ...options });
  const port = createWordPort(
    fakeHost(word, settings, { wordApi: "1.4", trackChanges: true, ...capabilities }),
  );
  return { word, port, settings };
}

/** 检查我的报告: read, check and (unless told not to) mark. */
export async function checkNow(
  port: DocumentPort,
  mark = true,
): Promise<{ snapshot: DocumentSnapshot; result: CheckResult }> {
  const read = await port.read();
  if (!read.ok) throw new Error(`read failed: ${read.reason} ${read.detail ?? ""}`);
  const result = check(read.value.snapshot);
  if (mark) {
    const m = await port.mark(result);
    if (!m.ok) throw new Error(`mark failed: ${m.reason} ${m.detail ?? ""}`);
  }
  return { snapshot: read.value.snapshot, result };
}

export const tablesOf = (word: FakeWord) =>
  word.blocks.filter((b): b is Extract<FakeBlock, { kind: "table" }> => b.kind === "table");
export const text = (b: FakeBlock | undefined) => (b?.kind === "p" ? b.text : b?.kind);
export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** The cells whose fill differs from `before`, as "t:r:c=fill". */
export const changedFills = (word: FakeWord, before: (string | null)[][][]): string[] =>
  word
    .fills()
    .flatMap((t, ti) =>
      t.flatMap((row, r) =>
        row.flatMap((f, c) => (f !== before[ti]?.[r]?.[c] ? [`${ti}:${r}:${c}=${f}`] : [])),
      ),
    );
