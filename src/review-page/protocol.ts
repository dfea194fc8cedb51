/** The messages between the review page and its check workers. */
import type { Checked } from "./check-bytes";

export interface ReviewRequest {
  readonly id: number;
  readonly bytes: ArrayBuffer;
}

export type ReviewReply = Checked & { readonly id: number };
