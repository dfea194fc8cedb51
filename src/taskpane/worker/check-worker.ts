/**
 * The engine in a Web Worker, so a long check never freezes the pane: it gets a snapshot (and last
 * year's report) and answers with the result, or with the engine's error message.
 */
import { check, type CheckOptions, type DocumentSnapshot } from "../../engine";
import { readySimplifierFor } from "../load-simplifier";
import type { CheckReply, CheckRequest } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};

// the engine compiled before the first request: the worker starts when the pane is idle (see
// worker-check.ts), and an empty document runs the check's whole path in a few milliseconds
check({ blocks: [] });

scope.onmessage = async ({ data }) => {
  const { id, snapshot, options } = data as {
    id: number;
    snapshot: DocumentSnapshot;
    options?: CheckOptions;
  };
  try {
    // OpenCC comes as a chunk of its own, fetched only for a text with a traditional character
    await readySimplifierFor(data);
    scope.postMessage({ id, result: check(snapshot, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
