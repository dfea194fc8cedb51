/** @jest-environment jsdom */
/** The right-click command checks with the clerk's profile, as the pane does. */
import { PROFILE_SETTING } from "../../src/taskpane/profile-store";
import { FakeSettings, FakeWord } from "../word/fake-word";

jest.mock("../../src/engine", () => {
  const actual = jest.requireActual("../../src/engine");
  return { ...actual, check: jest.fn(actual.check) };
});

const word = new FakeWord([
  { kind: "p", text: "某镇2022年政府信息公开工作年度报告" },
  { kind: "table", table: { rows: [[{ text: "1" }, { text: "2" }]] } },
]);
const settings = new FakeSettings();
Object.assign(globalThis, {
  Office: {
    // office.js: a callback is optional, and a promise is returned either way
    onReady: (callback?: () => void) => (callback?.(), Promise.resolve({ host: "Word" })),
    actions: { associate: jest.fn() },
    context: {
      requirements: { isSetSupported: (set: string, v: string) => set === "WordApi" && Number(v) <= 1.3 },
      document: { settings, mode: "readWrite" },
    },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
  },
  Word: {
    run: (a: unknown, b?: unknown) =>
      typeof a === "function" ? word.run(a as never) : word.runWith(a as unknown[], b as never),
  },
});

it("honours the document's profile, then the user's", async () => {
  const { checkReport } = await import("../../src/commands/commands");
  const { check } = jest.requireMock("../../src/engine") as { check: jest.Mock };
  const event = { completed: jest.fn() };

  localStorage.setItem(
    PROFILE_SETTING,
    JSON.stringify({ name: "用户", rules: { "cell-blank": { severity: "error" } } }),
  );
  await checkReport(event as unknown as Office.AddinCommands.Event);
  expect(check.mock.calls.at(-1)[1]).toEqual({ severities: { "cell-blank": "error" } });

  settings.set(PROFILE_SETTING, { name: "本文档", rules: { "copied-text": { off: true } } });
  await checkReport(event as unknown as Office.AddinCommands.Event);
  const options = check.mock.calls.at(-1)[1];
  expect(options.severities).toBeUndefined();
  expect(options.rules).not.toContain("copied-text");
  expect(options.rules).toContain("balance");
  expect(event.completed).toHaveBeenCalledTimes(2);
});
