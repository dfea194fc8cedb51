import type { CheckResult, Finding, HostRef } from "../../src/engine";

/** A totals error at `ref`: all that marking reads of a finding. */
export const errorAt = (ref: HostRef): Finding => ({
  rule: "row-total",
  severity: "error",
  messageId: "unbalanced",
  section: "s3",
  table: "table3",
  row: "r",
  column: "c",
  expected: 1,
  actual: 2,
  cells: [],
  message: "总计应为 1，实为 2",
  messageEn: "total should be 1, is 2",
  data: {},
  ref,
});

/** A check's result holding only an error at each of `refs`. */
export const errorsAt = (refs: readonly HostRef[]): CheckResult => ({
  format: "2021",
  year: 2022,
  sections: [],
  tables: [],
  cells: [],
  findings: refs.map(errorAt),
});
