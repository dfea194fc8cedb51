/**
 * What the buttons on a finding say: 空白填0 for a blank or placeholder cell, 修正标题编号 for a
 * heading's number, 修正合计 for writing the computed total into a total cell; other fixes say
 * what they change.
 */
import type { Finding, Fix } from "../engine";
import type { Strings } from "./strings";

/** Sum rules whose finding sits on the total cell: the computed value is the total. */
const TOTAL_RULES = new Set(["row-total", "grand-total", "review-total"]);

/** The label of a finding's safe fix. */
export function fixLabel(finding: Finding, fix: Fix, s: Strings): string {
  if (fix.op === "set-paragraph-prefix") return `${s.repair.fixHeading}：${fix.from} → ${fix.to}`;
  if (finding.rule === "cell-blank" || finding.rule === "cell-placeholder")
    return fix.from.trim() ? `${s.repair.fixBlank}（${fix.from.trim()} → ${fix.to}）` : s.repair.fixBlank;
  return s.fixButton(fix.from, fix.to);
}

/** The label of a suggestion's button: 修正合计 when it writes the computed total into the finding's own total cell. */
export function suggestionLabel(finding: Finding, fix: Fix, s: Strings): string {
  const onTotal =
    TOTAL_RULES.has(finding.rule) &&
    fix.op === "set-cell" &&
    fix.at.table === finding.table &&
    fix.at.row === finding.row &&
    fix.at.column === finding.column;
  return onTotal ? s.repair.fixSum : s.apply;
}
