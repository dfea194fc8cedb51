/** Executes the pane's repair plans on a .docx, as the demo page does. */
import {
  applyFixesToDocx,
  insertSectionIntoDocx,
  insertTableIntoDocx,
  replaceTableInDocx,
  type BlockPlace,
} from "../../../src/docx/write";
import { readDocx } from "../../../src/docx";
import { check } from "../../../src/engine";
import { fillZeroFixes, planRepairs, type Anchor, type RepairPlan } from "../../../src/word";

const placeOf = (anchor: Anchor): BlockPlace => (anchor.kind === "cursor" ? { kind: "end" } : anchor);

export function repair(bytes: Uint8Array, plan: RepairPlan): Uint8Array {
  if (plan.kind === "insert-table")
    return insertTableIntoDocx(bytes, plan.format, plan.table, placeOf(plan.anchor));
  if (plan.kind === "insert-section")
    return insertSectionIntoDocx(bytes, plan.format, plan.section, placeOf(plan.anchor), plan.model);
  return replaceTableInDocx(bytes, plan.format, plan.table, plan.parts, plan.values);
}

/** Every repair the pane offers, one at a time with a check between, then 空白填0 on every table. */
export function repairAll(bytes: Uint8Array): Uint8Array {
  let out = bytes;
  for (let round = 0; round < 6; round++) {
    const snapshot = readDocx(out);
    const plan = planRepairs(snapshot, check(snapshot))[0];
    if (!plan) break;
    out = repair(out, plan);
  }
  const result = check(readDocx(out));
  const fixes = (["table2", "table3", "table4"] as const).flatMap((t) => fillZeroFixes(result, t));
  return applyFixesToDocx(out, fixes).bytes;
}
