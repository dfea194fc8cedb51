/** @jest-environment jsdom */
/**
 * The seed reports through the Word adapter: each .docx is loaded into the fake Word (its
 * paragraphs, and its tables cell by cell with their merges and shading), read back through
 * `getOoxml()` and the real .docx reader, checked, marked and cleared. What the engine finds must
 * be what it finds reading the .docx directly, and every mark must land and come off again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { readDocx } from "../../src/docx";
import { check, type Finding } from "../../src/engine";
import { createWordPort, planMarks } from "../../src/word";
import { docxBlocks } from "./docx-blocks";
import { fakeHost, FakeWord } from "./fake-word";

// jsdom (for DOMParser) has no TextDecoder; browsers and Node have both
Object.assign(globalThis, { TextDecoder });

const files = [0, 1, 2, 3, 4].map((n) => path.resolve(__dirname, `../fixtures/docx/seed-00${n}.docx`));

const key = (f: Finding) =>
  [f.rule, f.severity, f.section, f.table, f.row, f.column, JSON.stringify(f.ref)].join("|");

describe.each(files.map((f) => [path.basename(f), f]))("%s in Word", (_name, file) => {
  const bytes = new Uint8Array(readFileSync(file));

  it.each(["physical", "skip-continuation"] as const)(
    "reads, checks, marks and clears like the .docx reader (Word counting cells the %s way)",
    async (cellCount) => {
      const word = new FakeWord(docxBlocks(bytes), { cellCount, desktopShading: true });
      const port = createWordPort(fakeHost(word));
      const read = await port.read();
      if (!read.ok) throw new Error(read.reason);
      expect(word.syncs).toBeLessThanOrEqual(2);
      expect(read.value.tables.every((t) => t.confirmed === t.cells)).toBe(true);

      const result = check(read.value.snapshot);
      expect(result.findings.map(key)).toEqual(check(readDocx(bytes)).findings.map(key));

      const before = JSON.stringify(word.fills());
      const syncs = word.syncs;
      const marked = await port.mark(result);
      const plan = planMarks(result);
      // one for the shading (when there is any), one the first time for proving the merged
      // tables' cell addressing (every seed's 表三 has merges)
      expect(word.syncs - syncs).toBe(1 + (plan.length ? 1 : 0));
      expect(marked).toEqual({
        ok: true,
        value: {
          marked: plan.filter((m) => m.level !== "part").length,
          participating: plan.filter((m) => m.level === "part").length,
          unconfirmed: 0,
          approximate: 0,
          comments: 0,
        },
      });
      if (plan.length) expect(JSON.stringify(word.fills())).not.toBe(before);
      const again = word.syncs;
      await port.read();
      await port.mark(result);
      // proved once per table: a second check costs its read only (the cells already have their colour)
      expect(word.syncs - again).toBe(2);
      await port.clearMarks();
      expect(JSON.stringify(word.fills())).toBe(before);
    },
  );
});
