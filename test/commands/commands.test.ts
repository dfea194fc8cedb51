/** @jest-environment jsdom */
/**
 * The right-click command runs the same read → check → mark as the pane and always completes
 * its event, or Word leaves the command busy.
 */
import { FakeSettings, FakeWord } from "../word/fake-word";

const word = new FakeWord([
  { kind: "p", text: "某镇2022年政府信息公开工作年度报告" },
  { kind: "table", table: { rows: [[{ text: "1" }, { text: "2" }]] } },
]);
const associate = jest.fn();
const onReady = jest.fn(() => new Promise(() => undefined)); // office.js still initialising
const showAsTaskpane = jest.fn(() => new Promise(() => undefined)); // [Silent] may hang without a shared runtime
Object.assign(globalThis, {
  Office: {
    onReady,
    actions: { associate },
    addin: { showAsTaskpane },
    context: {
      requirements: {
        // the platform supports a shared runtime; this add-in does not use one
        isSetSupported: (set: string, v: string) =>
          set === "SharedRuntime" || (set === "WordApi" && Number(v) <= 1.3),
      },
      document: { settings: new FakeSettings(), mode: "readWrite" },
    },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
  },
  Word: {
    run: (a: unknown, b?: unknown) =>
      typeof a === "function" ? word.run(a as never) : word.runWith(a as unknown[], b as never),
  },
});

let checkReport: typeof import("../../src/commands/commands").checkReport;
beforeAll(async () => {
  // loaded after the globals, as Office loads the function file after office.js
  ({ checkReport } = await import("../../src/commands/commands"));
});

describe("the checkReport command", () => {
  it("is registered under the manifest's FunctionName at load, without waiting for onReady", () => {
    expect(associate).toHaveBeenCalledWith("checkReport", checkReport);
    expect(onReady).toHaveBeenCalled(); // office.js dispatches commands once it sees this
  });

  it("reads and checks the document, then completes", async () => {
    const event = { completed: jest.fn() };
    await checkReport(event as unknown as Office.AddinCommands.Event);
    expect(word.syncs).toBeGreaterThanOrEqual(2);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).not.toHaveBeenCalled(); // no shared runtime: it could hang the command
  });

  it("completes even when Word fails", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const run = word.run;
    word.run = () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" }));
    const event = { completed: jest.fn() };
    await checkReport(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    word.run = run;
    error.mockRestore();
  });
});
