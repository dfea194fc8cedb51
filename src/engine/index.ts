/** The checking engine: pure, deterministic, no host imports. */
export * from "./types";
export { check } from "./check";
export type { CheckOptions } from "./check";
