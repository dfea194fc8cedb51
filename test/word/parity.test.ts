/** @jest-environment jsdom */
/**
 * Issue 10, item 5: every fixture and every seed, checked through the Word path (the fake Word,
 * its tables' OOXML read back through `getOoxml()`, paragraph text through getReviewedText on
 * WordApi 1.4) and through the .docx path, gives the same findings.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { check, type Finding } from "../../src/engine";
import { createWordPort } from "../../src/word";
import { docxBlocks } from "./docx-blocks";
import { fakeHost, FakeWord } from "./fake-word";

Object.assign(globalThis, { TextDecoder });

const dir = path.resolve(__dirname, "../fixtures/docx");
const key = (f: Finding) =>
  [f.rule, f.severity, f.section, f.table, f.row, f.column, JSON.stringify(f.ref)].join("|");

/** The fixtures the .docx reader reads (the others are bad inputs, tested in test/bad-inputs). */
const readable = readdirSync(dir)
  .filter((f) => f.endsWith(".docx"))
  .filter((f) => {
    try {
      readDocx(new Uint8Array(readFileSync(path.join(dir, f))));
      return true;
    } catch {
      return false;
    }
  });

/**
 * [Silent] Whether `body.tables` lists the tables nested in cells: the add-in keeps the top-level
 * ones and reads nested ones from their table's OOXML either way.
 */
describe.each(readable)("%s", (file) => {
  it.each([
    ["desktop", "omitted"],
    ["web", "listed"],
  ] as const)(
    "gives the same findings through Word (%s, nested tables %s in body.tables) as through the .docx reader",
    async (platform, nestedTables) => {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      const word = new FakeWord(docxBlocks(bytes), { platform, deletedText: "included", nestedTables });
      const port = createWordPort(fakeHost(word, undefined, { wordApi: "1.4", trackChanges: true }));
      const read = await port.read();
      if (!read.ok) throw new Error(`${read.reason} ${read.detail ?? ""}`);
      expect(check(read.value.snapshot).findings.map(key)).toEqual(check(readDocx(bytes)).findings.map(key));
    },
  );
});
