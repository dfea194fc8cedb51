import type { CheckResult } from "../../src/engine";

/** Where each report table was bound: the parts it was assembled from and how many cells. */
export const bindings = (result: CheckResult) =>
  result.tables.map((t) => ({
    key: t.key,
    found: t.found,
    format: t.format,
    bound: t.bound,
    parts: t.parts,
  }));
