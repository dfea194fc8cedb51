import { loadProofs, MAX_PROOFS, PROOFS_SETTING, saveProofs } from "../../src/word/proof-store";
import { FakeSettings } from "./fake-word";

describe("the proved layouts kept in the document", () => {
  it("gives back only this Word's proofs, and saves only when one is new", async () => {
    const settings = new FakeSettings();
    expect(await saveProofs(settings, "PC", ["a", "b", "a"])).toBe(true);
    expect(await saveProofs(settings, "OfficeOnline", ["b", "c"])).toBe(true);
    expect(await saveProofs(settings, "PC", ["b"])).toBe(false);
    expect([...loadProofs(settings, "PC")].sort()).toEqual(["a", "b"]);
    expect([...loadProofs(settings.reopen(), "OfficeOnline")].sort()).toEqual(["b", "c"]);
    expect(loadProofs(settings, "Mac").size).toBe(0);
  });

  it("keeps what the other runtime saved meanwhile", async () => {
    const pane = new FakeSettings();
    const command = pane.runtime();
    await saveProofs(command, "PC", ["from the command"]);
    await saveProofs(pane, "PC", ["from the pane"]);
    expect([...loadProofs(command.reopen(), "PC")].sort()).toEqual(["from the command", "from the pane"]);
  });

  it("keeps the newest MAX_PROOFS", async () => {
    const settings = new FakeSettings();
    await saveProofs(
      settings,
      "PC",
      Array.from({ length: MAX_PROOFS + 5 }, (_, i) => `layout ${i}`),
    );
    const kept = loadProofs(settings, "PC");
    expect(kept.size).toBe(MAX_PROOFS);
    expect(kept.has("layout 0")).toBe(false);
    expect(kept.has(`layout ${MAX_PROOFS + 4}`)).toBe(true);
  });

  it("ignores what is not its own", () => {
    const settings = new FakeSettings();
    for (const value of [
      null,
      "x",
      { version: 2, proofs: [] },
      { version: 1, proofs: [{ platform: 1 }, "y"] },
    ]) {
      settings.set(PROOFS_SETTING, value);
      expect(loadProofs(settings, "PC").size).toBe(0);
    }
  });
});
