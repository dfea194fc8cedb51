/** The checking engine: pure, deterministic, no host imports. */
export * from "./types";
export { check } from "./check";
export type { CheckOptions } from "./check";
export { previousReport } from "./previous/previous-report";
export { agencyOf } from "./agency";
export { suspectNote } from "./diagnose/suspect-report";
export type { PreviousReport } from "./previous/previous-report";
