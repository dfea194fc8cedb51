/**
 * A review page worker: reads one .docx and checks it off the page's thread, so forty reports
 * never freeze the page.
 */
import { checkBytes } from "./check-bytes";
import type { ReviewReply, ReviewRequest } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReviewRequest>) => void) | null;
  postMessage(reply: ReviewReply): void;
};

scope.onmessage = ({ data }) => {
  scope.postMessage({ id: data.id, ...checkBytes(new Uint8Array(data.bytes)) });
};
