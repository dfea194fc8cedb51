/** The Word adapter: the only code that touches `Word.*`. */
export * from "./port";
export { detectCapabilities, officeCapabilities } from "./capabilities";
export {
  planMarks,
  findingTarget,
  isCellRef,
  refKey,
  MARK_COLORS,
  WORD_MARK_COLORS,
  LEGACY_WORD_MARK_COLORS,
} from "./plan-marks";
export type { MarkLevel, PlannedMark } from "./plan-marks";
export { createWordPort, officeHost } from "./word-port";
export type { WordHost } from "./word-port";
export { runCheck } from "./run-check";
export type { CheckFn, CheckRun, CheckStage, RunCheckOptions } from "./run-check";
export { COMMENT_PREFIX } from "./read-snapshot";
export { compactPrevious, MAX_TEXT_CHARS, typedPrevious } from "./previous-store";
export { findingKey, MAX_IGNORED } from "./ignored-store";
export type { IgnoredFinding } from "./ignored-store";
export type { StoredPrevious } from "./previous-store";
export {
  planRepairs,
  planInsertSection,
  planInsertTable,
  planInsertAtCursor,
  planReplaceTable,
  missingTables,
  fillZeroFixes,
  targetFormat,
} from "./plan-repairs";
export type {
  Anchor,
  InsertPlan,
  InsertSectionPlan,
  InsertTablePlan,
  RepairPlan,
  ReplaceTablePlan,
  UncarriedValue,
} from "./plan-repairs";
