/**
 * The engine in a Web Worker, so a long check never freezes the pane: it gets a snapshot (and last
 * year's report) and answers with the result, or with the engine's error message.
 */
import { check, type CheckOptions, type DocumentSnapshot } from "../../engine";
import type { CheckReply, CheckRequest } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};

scope.onmessage = ({ data }) => {
  const { id, snapshot, options } = data as {
    id: number;
    snapshot: DocumentSnapshot;
    options?: CheckOptions;
  };
  try {
    scope.postMessage({ id, result: check(snapshot, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
