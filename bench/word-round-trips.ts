/**
 * The add-in's round trips per action, counted in the fake Word of the adapter tests
 * (test/word/fake-word.ts) on the seeds and the sample report: every `context.sync()` and the
 * sync office.js itself ends `Word.run` with when anything is still queued (tracking included). A round trip is what makes
 * Word slow on the web and on big documents, so it is the figure to keep down; it is counted,
 * not timed. jsdom gives Node the DOMParser the adapter uses in Word.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { check, type CheckResult, type DocumentSnapshot, type Fix } from "../src/engine";
import {
  createWordPort,
  fillZeroFixes,
  planInsertAtCursor,
  planInsertSection,
  planReplaceTable,
  type DocumentPort,
} from "../src/word";
import { docxBlocks } from "../test/word/docx-blocks";
import { fakeHost, FakeSettings, FakeWord } from "../test/word/fake-word";

const { window } = new JSDOM("");
Object.assign(globalThis, { DOMParser: window.DOMParser, XMLSerializer: window.XMLSerializer });

type Step = (port: DocumentPort, result: CheckResult, snapshot: DocumentSnapshot) => Promise<unknown> | null;

/**
 * One action as the pane runs it, after a check of the document as it stands: `act` is counted,
 * `before` (what must have happened first) is not; `act` gives null when there is nothing to do.
 */
interface Action {
  readonly before?: Step;
  readonly act: Step;
}

const marked: Step = (port, result) => port.mark(result);

const ACTIONS: Readonly<Record<string, Action>> = {
  "读取 read": { act: (port) => port.read() },
  // the first write to a document proves its merged tables' cell addressing: one round trip more
  "标记 mark (检查我的报告), first": { act: (port, result) => port.mark(result) },
  "标记 mark, addressing already proved": {
    before: (port, result) =>
      port
        .mark(result)
        .then(() => port.clearMarks())
        .then(() => port.read()),
    act: (port, result) => port.mark(result),
  },
  "清除标记 clear marks": { before: (port, result) => port.mark(result), act: (port) => port.clearMarks() },
  "定位 go to a cell": {
    before: marked, // as in the pane, where 检查我的报告 marks (and so proves the addressing) first
    act: (port, result) => {
      const ref = result.cells[0]?.ref;
      return ref ? port.navigate(ref) : null;
    },
  },
  "修正 one fix": {
    before: marked, // as in the pane, where 检查我的报告 marks (and so proves the addressing) first
    act: (port, result) => {
      const fix = result.findings.find((f) => f.fix)?.fix as Fix | undefined;
      return fix ? port.applyFix(fix) : null;
    },
  },
  "空白填0 fill a table's blanks": {
    before: marked, // as in the pane, where 检查我的报告 marks (and so proves the addressing) first
    act: (port, result) => {
      const fixes = (["table3", "table4", "table2"] as const)
        .map((t) => fillZeroFixes(result, t))
        .find((f) => f.length);
      return fixes ? port.applyFixes!(fixes) : null;
    },
  },
  "插入缺少的部分 insert a missing section": {
    act: (port, result, snapshot) => {
      const missing = result.sections.find((s) => !s.found);
      const plan = missing && planInsertSection(snapshot, result, missing.key);
      return plan ? port.insert!(plan) : null;
    },
  },
  "插入标准表格 insert a standard table": { act: (port) => port.insert!(planInsertAtCursor(null, "table4")) },
  "换成标准表格 replace a damaged table": {
    act: (port, result, snapshot) => {
      const plan = planReplaceTable(snapshot, result, "table3");
      return plan ? port.replaceTable!(plan) : null;
    },
  },
};

/** The syncs `action` takes on the document, after a read and a check; -1 when it had nothing to do. */
async function roundTrips(bytes: Uint8Array, action: Action): Promise<number> {
  const word = new FakeWord(docxBlocks(bytes), { desktopShading: true });
  const port = createWordPort(fakeHost(word, new FakeSettings(), { wordApi: "1.4" }));
  const read = await port.read();
  if (!read.ok) throw new Error(`read failed: ${read.reason}`);
  const result = check(read.value.snapshot);
  await action.before?.(port, result, read.value.snapshot);
  const before = word.syncs;
  const pending = action.act(port, result, read.value.snapshot);
  if (!pending) return -1;
  const outcome = (await pending) as { ok?: boolean; reason?: string };
  if (outcome && outcome.ok === false) throw new Error(`action failed: ${outcome.reason}`);
  return word.syncs - before;
}

/** Pads to a column width in which a Chinese character takes two columns. */
const padWide = (text: string, width: number) =>
  text +
  " ".repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));

export async function wordRoundTrips(fixturesDir: string, samplePath: string): Promise<void> {
  console.log(
    "\n6. Word 加载项每个操作的往返次数（假 Word 计数，含 Word.run 自己的最后一次 sync） / round trips per add-in action, Word.run's final sync included",
  );
  const files = [0, 1, 2, 3, 4].map((n) => join(fixturesDir, `seed-00${n}.docx`)).concat(samplePath);
  const documents = files.map((f) => new Uint8Array(readFileSync(f)));
  for (const [name, action] of Object.entries(ACTIONS)) {
    const counts: number[] = [];
    for (const bytes of documents) counts.push(await roundTrips(bytes, action));
    const applied = counts.filter((n) => n >= 0);
    const range = applied.length
      ? `${Math.min(...applied)}${Math.max(...applied) > Math.min(...applied) ? `–${Math.max(...applied)}` : ""}`
      : "—";
    console.log(
      `   ${padWide(name, 40)} ${range.padStart(4)}  (${applied.length} of ${documents.length} documents)`,
    );
  }
}
