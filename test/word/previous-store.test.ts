import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx, readFlatOpc } from "../../src/docx";
import { check, previousReport, type PreviousReport } from "../../src/engine";
import {
  compactPrevious,
  createWordPort,
  MAX_TEXT_CHARS,
  runCheck,
  typedPrevious,
  type WordHost,
} from "../../src/word";
import { PREVIOUS_SETTING, loadPrevious } from "../../src/word/previous-store";
import { FakeSettings, FakeWord } from "./fake-word";

const root = path.resolve(__dirname, "../..");
const lastYear = previousReport(
  readDocx(new Uint8Array(readFileSync(path.join(root, "test/fixtures/docx/clean-2021-zero.docx")))),
);

function setup(over: { readOnly?: boolean } = {}) {
  const word = new FakeWord([{ kind: "p", text: "清溪镇2022年政府信息公开工作年度报告" }]);
  const settings = new FakeSettings();
  const host = (s: FakeSettings): WordHost => ({
    run: word.run,
    runWith: (objects, batch) => word.runWith(objects, batch),
    settings: s,
    capabilities: {
      tables: true,
      comments: false,
      noColorShading: true,
      readOnly: over.readOnly ?? false,
      wordApi: "1.3",
    },
    parse: readFlatOpc,
  });
  const saves = jest.spyOn(settings, "saveAsync");
  return {
    word,
    settings,
    saves,
    port: createWordPort(host(settings)),
    reopen: () => createWordPort(host(settings.reopen())),
  };
}

describe("last year's report in the document settings", () => {
  it("stores it with one save and no Word batch, and a reopened document still has it", async () => {
    const { word, saves, port, reopen } = setup();
    const stored = compactPrevious("2021年报告.docx", lastYear);
    expect(await port.savePrevious!(stored)).toEqual({ ok: true, value: undefined });
    expect(saves).toHaveBeenCalledTimes(1);
    expect(word.syncs).toBe(0);
    const loaded = await reopen().loadPrevious!();
    expect(loaded).toEqual({ ok: true, value: stored });
    expect(loaded.ok && loaded.value?.report).toEqual(lastYear);
  });

  it("keeps the body's name, so that another body's report is not compared; a name that is not one is dropped", async () => {
    const { port, reopen, settings } = setup();
    expect(lastYear.agency).toBeTruthy();
    await port.savePrevious!(compactPrevious("a.docx", lastYear));
    const loaded = await reopen().loadPrevious!();
    expect(loaded.ok && loaded.value?.report.agency).toBe(lastYear.agency);
    for (const [agency, kept] of [
      ["某".repeat(5000), "某".repeat(30)],
      [42, undefined],
      ["", undefined],
    ] as const) {
      const stored = settings.get(PREVIOUS_SETTING) as { report: Record<string, unknown> };
      settings.set(PREVIOUS_SETTING, { ...stored, report: { ...stored.report, agency } });
      expect(loadPrevious(settings)?.report.agency).toBe(kept);
    }
  });

  it("keeps every table figure, for the rules that compare whole tables", async () => {
    const { port, reopen } = setup();
    await port.savePrevious!(compactPrevious("a.docx", lastYear));
    const loaded = await reopen().loadPrevious!();
    expect(Object.keys((loaded.ok && loaded.value?.report.cells) || {}).length).toBeGreaterThan(170);
  });

  it("stores figures the clerk typed, marked as typed, and reads them back", async () => {
    const { port, reopen } = setup();
    const typed = typedPrevious({ natural: 2, total: 3 }, { normative_docs: 12 });
    await port.savePrevious!(typed);
    const loaded = await reopen().loadPrevious!();
    expect(loaded).toEqual({ ok: true, value: typed });
    expect(loaded.ok && loaded.value).toMatchObject({ typed: true, report: { year: null, sections: {} } });
  });

  it("says there is none in a document where none was picked", async () => {
    expect(await setup().port.loadPrevious!()).toEqual({ ok: true, value: null });
  });

  it("removes it with one save", async () => {
    const { saves, port, reopen } = setup();
    await port.savePrevious!(compactPrevious("a.docx", lastYear));
    expect(await port.savePrevious!(null)).toEqual({ ok: true, value: undefined });
    expect(saves).toHaveBeenCalledTimes(2);
    expect(await reopen().loadPrevious!()).toEqual({ ok: true, value: null });
  });

  it("reports a failed save as a failure, not an exception", async () => {
    const { settings, port } = setup();
    jest
      .spyOn(settings, "saveAsync")
      .mockImplementation((cb?: (r: { status: string; error?: { message?: string } }) => void) =>
        cb?.({ status: "failed", error: { message: "quota" } }),
      );
    expect(await port.savePrevious!(compactPrevious("a.docx", lastYear))).toMatchObject({
      ok: false,
      reason: "host-error",
    });
  });

  it("ignores settings that are not a stored report", () => {
    const settings = new FakeSettings();
    expect(loadPrevious(settings)).toBeNull();
    settings.set(PREVIOUS_SETTING, { version: 2, name: "x" });
    expect(loadPrevious(settings)).toBeNull();
    settings.set(PREVIOUS_SETTING, { version: 1, name: "x", report: { carriedForward: "1" } });
    expect(loadPrevious(settings)).toBeNull();
    settings.set(PREVIOUS_SETTING, {
      version: 1,
      name: "x",
      report: {
        year: "2021",
        carriedForward: { total: 2, natural: "1" },
        inForce: {},
        sections: { s1: ["a", 3] },
      },
    });
    expect(loadPrevious(settings)?.report).toEqual({
      year: null,
      carriedForward: { total: 2 },
      inForce: {},
      sections: { s1: ["a"] },
    });
  });

  it("keeps the stored data small: long texts are cut and flagged", () => {
    const long: PreviousReport = {
      ...lastYear,
      sections: { s1: Array.from({ length: 100 }, (_, i) => `第${i}段。`.padEnd(1000, "文")) },
    };
    const stored = compactPrevious("long.docx", long);
    expect(stored.truncated).toBe(true);
    const kept = stored.report.sections.s1!.join("").length;
    expect(kept).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(kept).toBeGreaterThan(MAX_TEXT_CHARS - 1000);
    expect(compactPrevious("a.docx", lastYear).truncated).toBe(false);
    expect(JSON.stringify(compactPrevious("a.docx", lastYear)).length).toBeLessThan(100_000);
  });

  it("every check passes the remembered report to the engine", async () => {
    const { port } = setup();
    const spy = jest.fn(check);
    await runCheck(port, spy);
    expect(spy.mock.calls[0]).toHaveLength(1);
    const stored = compactPrevious("a.docx", lastYear);
    await port.savePrevious!(stored);
    await runCheck(port, spy);
    expect(spy.mock.calls[1][1]).toEqual({ previous: stored.report });
  });
});
