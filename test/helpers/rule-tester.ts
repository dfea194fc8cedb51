import { check, type DocumentSnapshot, type Finding } from "../../src/engine";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Runs one rule strictly (an exception fails the test) on a frozen snapshot, so a rule that
 * mutates its input fails too.
 */
export function findingsOf(rule: string, snapshot: DocumentSnapshot): readonly Finding[] {
  return check(deepFreeze(snapshot), { rules: [rule], strict: true }).findings;
}

/** The parts of a finding a test pins: rule, message id, location, values. */
export function brief(f: Finding) {
  return {
    rule: f.rule,
    messageId: f.messageId,
    section: f.section,
    table: f.table,
    row: f.row,
    column: f.column,
    expected: f.expected,
    actual: f.actual,
  };
}
