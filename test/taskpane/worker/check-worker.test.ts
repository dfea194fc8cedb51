/**
 * check-worker.ts as the browser runs it: loading it compiles the engine on an empty document
 * (the pane starts the worker when idle), then each request is answered with the engine's result.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../../src/docx";
import * as engine from "../../../src/engine";
import type { CheckReply } from "../../../src/taskpane/worker/protocol";

jest.mock("../../../src/engine", () => {
  const actual = jest.requireActual("../../../src/engine");
  return { ...actual, check: jest.fn(actual.check) };
});

const scope = globalThis as unknown as {
  self?: {
    onmessage: ((e: { data: unknown }) => Promise<void>) | null;
    postMessage: (reply: CheckReply) => void;
  };
};

afterEach(() => delete scope.self);

it("checks an empty document as it loads, then answers each request with the engine's result", async () => {
  const replies: CheckReply[] = [];
  scope.self = { onmessage: null, postMessage: (reply) => replies.push(reply) };
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/taskpane/worker/check-worker");
  });
  expect(jest.mocked(engine.check).mock.calls).toEqual([[{ blocks: [] }]]);
  expect(replies).toEqual([]);

  const snapshot = readDocx(readFileSync(path.resolve(__dirname, "../../fixtures/docx/seed-000.docx")));
  await scope.self.onmessage!({ data: { id: 7, snapshot } });
  expect(replies).toEqual([{ id: 7, result: jest.requireActual("../../../src/engine").check(snapshot) }]);
});
