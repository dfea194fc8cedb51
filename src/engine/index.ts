/** The checking engine: pure, deterministic, no host imports. */
export * from "./types";
export { check } from "./check";
export type { CheckOptions } from "./check";
export type { RuleMeta, RuleOption } from "./rule";
export { rules } from "./rules";
export { provideSimplifier, simplifierReady, containsTraditional } from "./simplifier";
export type { Simplify } from "./simplifier";
export { previousReport } from "./previous/previous-report";
export { agencyOf } from "./agency";
export { suspectNote } from "./diagnose/suspect-report";
export type { PreviousReport } from "./previous/previous-report";
export { explainRule, basisText } from "./explain";
export type { RuleExplanation } from "./explain";
export { parseProfile, validProfile, profileOptions, ProfileError, MAX_PROFILE_CHARS } from "./profile";
export type { Profile, RuleSetting } from "./profile";
