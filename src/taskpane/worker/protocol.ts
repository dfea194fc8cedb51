/** The messages between the pane and its check worker. */
import type { CheckOptions, CheckResult, DocumentSnapshot } from "../../engine";

export interface CheckRequest {
  readonly id: number;
  readonly snapshot: DocumentSnapshot;
  readonly options?: CheckOptions;
}

export type CheckReply =
  { readonly id: number; readonly result: CheckResult } | { readonly id: number; readonly error: string };
