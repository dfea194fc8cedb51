/**
 * Fixes as tracked changes: Track Changes on for the write where Word can set it (WordApi 1.4),
 * put back to what it was — after a failed write too — and nothing touched where Word cannot.
 */
import { readFlatOpc } from "../../src/docx";
import { withTrackedChanges, TrackingNotRestored } from "../../src/word/tracked-changes";
import { createWordPort } from "../../src/word";
import type { Fix } from "../../src/engine";
import { FakeSettings, FakeWord, type FakeOptions } from "./fake-word";

/** Just Word's document and its Track Changes mode, with the ways a sync can fail. */
function fakeDocument(mode: string, failing: { write?: boolean; restore?: boolean } = {}) {
  const log: string[] = [];
  let pending: string | null = null;
  let current = mode;
  let loaded = false;
  const document = {
    load: () => {
      loaded = true;
      return document;
    },
    get changeTrackingMode() {
      if (!loaded) throw new Error("PropertyNotLoaded");
      return current;
    },
    set changeTrackingMode(m: string) {
      pending = m;
    },
  };
  const context = {
    document,
    sync: async () => {
      if (pending !== null) {
        if (pending === mode && failing.restore) throw new Error("GeneralException");
        log.push(pending);
        current = pending;
        pending = null;
      }
    },
  };
  const write = async () => {
    await context.sync();
    if (failing.write) throw new Error("AccessDenied while tracking");
    log.push(`write under ${current}`);
    return "written";
  };
  return { context: context as unknown as Word.RequestContext, write, log, mode: () => current };
}

describe("withTrackedChanges", () => {
  it("turns Track Changes on for the write and off again", async () => {
    const word = fakeDocument("Off");
    expect(await withTrackedChanges(word.context, true, word.write)).toEqual({
      value: "written",
      tracked: true,
    });
    expect(word.log).toEqual(["TrackAll", "write under TrackAll", "Off"]);
    expect(word.mode()).toBe("Off");
  });

  it("leaves the clerk's own tracking as it is", async () => {
    const word = fakeDocument("TrackMineOnly");
    expect(await withTrackedChanges(word.context, true, word.write)).toEqual({
      value: "written",
      tracked: true,
    });
    expect(word.log).toEqual(["write under TrackMineOnly"]);
  });

  it("writes untracked, touching nothing, where Word cannot set the mode (before WordApi 1.4)", async () => {
    const word = fakeDocument("Off");
    const load = jest.spyOn(word.context.document, "load");
    expect(await withTrackedChanges(word.context, false, word.write)).toEqual({
      value: "written",
      tracked: false,
    });
    expect(load).not.toHaveBeenCalled();
    expect(word.log).toEqual(["write under Off"]);
  });

  it("puts tracking back when the write fails while it is on, and reports the write's error", async () => {
    const word = fakeDocument("Off", { write: true });
    await expect(withTrackedChanges(word.context, true, word.write)).rejects.toThrow(
      "AccessDenied while tracking",
    );
    expect(word.log).toEqual(["TrackAll", "Off"]);
    expect(word.mode()).toBe("Off");
  });

  it("says so, in Chinese, when tracking cannot be turned off again", async () => {
    const word = fakeDocument("Off", { restore: true });
    const error = await withTrackedChanges(word.context, true, word.write).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackingNotRestored);
    expect(String(error)).toMatch(/修订模式没能恢复为关闭，请在“审阅”选项卡中检查“修订”/);
    expect(word.log).toEqual(["TrackAll", "write under TrackAll"]);
  });
});

describe("the Word port's fixes", () => {
  const blocks = () => [
    { kind: "table" as const, table: { rows: [[{ text: "" }, { text: "" }]] } },
    { kind: "p" as const, text: "结尾" },
  ];
  const fixes: Fix[] = [0, 1].map((tc) => ({
    op: "set-cell",
    at: { table: "table3", row: "r", column: `c${tc}` },
    ref: { t: 0, tr: 0, tc },
    from: "",
    to: "0",
  }));
  function setup(options: FakeOptions, trackChanges: boolean) {
    const word = new FakeWord(blocks(), options);
    const port = createWordPort({
      run: word.run,
      runWith: (objects, batch) => word.runWith(objects, batch),
      settings: new FakeSettings(),
      capabilities: {
        tables: true,
        comments: false,
        noColorShading: false,
        readOnly: false,
        wordApi: "1.4",
        trackChanges,
      },
      parse: readFlatOpc,
    });
    return { word, port };
  }

  it("writes 空白填0 as tracked changes and restores the mode", async () => {
    const { word, port } = setup({}, true);
    await port.read();
    expect(await port.applyFixes!(fixes)).toEqual({
      ok: true,
      value: { applied: 2, refused: 0, tracked: true },
    });
    expect(word.tables[0].rows[0].map((c) => c.text)).toEqual(["0", "0"]);
    expect(word.trackingModes).toEqual(["TrackAll", "Off"]);
  });

  it("writes untracked in a Word without the API, and says so", async () => {
    const { word, port } = setup({}, false);
    await port.read();
    expect(await port.applyFixes!(fixes)).toEqual({
      ok: true,
      value: { applied: 2, refused: 0, tracked: false },
    });
    expect(word.trackingModes).toEqual([]);
  });

  it("changes nothing, the mode included, in a protected document", async () => {
    const { word, port } = setup({ protected: true }, true);
    await port.read();
    const done = await port.applyFixes!(fixes);
    expect(done.ok).toBe(false);
    expect(word.tables[0].rows[0].map((c) => c.text)).toEqual(["", ""]);
    expect(word.options.trackChanges).toBe(false);
  });
});
