/**
 * What a letter back to a unit says, as data: each problem in plain Chinese with its place, the
 * formula where it is a sum, and the likely fix. Errors come first; many findings of one kind in
 * one table become one item with a count, so the letter fits on one page.
 */
import { suspectNote, type Finding, type Fix } from "../engine";
import { cellName } from "../engine/describe";
import { rules } from "../engine/rules";
import { format2021, getTable } from "../template";
import { placeOf, tableName } from "./places";

export interface LetterItem {
  readonly severity: "error" | "warning";
  readonly place: string;
  readonly problem: string;
  /** "一(60) + 二(0) = 60，三（七）(61) + 四(0) = 61，差 1", for a broken sum. */
  readonly formula: string | null;
  readonly fix: string;
}

export interface LetterContent {
  readonly items: readonly LetterItem[];
  readonly errors: number;
  readonly warnings: number;
  /** Items left out to keep to one page; the annotated copy lists them. */
  readonly omitted: number;
}

/** Findings of one kind in one table beyond this many become one item with a count. */
const GROUP_AT = 3;
/** Items a one-page letter holds. */
export const MAX_ITEMS = 10;

const DESCRIPTIONS = new Map(rules.map((r) => [r.id, r.meta.description.zh]));

export function letterContent(findings: readonly Finding[], maxItems = MAX_ITEMS): LetterContent {
  const problems = findings.filter(
    (f): f is Finding & { severity: "error" | "warning" } => f.severity !== "info",
  );
  const items = (["error", "warning"] as const).flatMap((severity) =>
    groups(problems.filter((f) => f.severity === severity)).map((group) =>
      group.length >= GROUP_AT ? groupItem(group) : group.map(item),
    ),
  );
  const flat = items.flat();
  return {
    items: flat.slice(0, maxItems),
    errors: problems.filter((f) => f.severity === "error").length,
    warnings: problems.filter((f) => f.severity === "warning").length,
    omitted: Math.max(0, flat.length - maxItems),
  };
}

/** Findings by rule and table, in order of first appearance. */
function groups<F extends Finding>(findings: readonly F[]): F[][] {
  const byKind = new Map<string, F[]>();
  for (const f of findings) {
    const key = `${f.rule}|${f.table ?? f.section ?? ""}`;
    const group = byKind.get(key);
    // pushed, not copied: a report of tens of thousands of findings made this quadratic
    if (group) group.push(f);
    else byKind.set(key, [f]);
  }
  return [...byKind.values()];
}

function item(f: Finding & { severity: "error" | "warning" }): LetterItem {
  const formula = typeof f.data.formula === "string" ? f.data.formula : null;
  return {
    severity: f.severity,
    place: placeOf(f),
    problem: f.message,
    formula: formula && !f.message.includes(formula) ? formula : null,
    fix: fixOf(f),
  };
}

/**
 * Groups whose findings each name a row or column the table lacks: the item names every one (a
 * table has at most a few dozen), or the unit cannot tell which to put back.
 */
const NAMED_GROUPS: Readonly<Record<string, { key: string; kind: string }>> = {
  "table-row-missing": { key: "row", kind: "行" },
  "table-column-missing": { key: "column", kind: "列" },
};

function groupItem(group: readonly (Finding & { severity: "error" | "warning" })[]): LetterItem {
  const first = group[0];
  const where = first.table ? tableName(first.table) : placeOf(first);
  const named = NAMED_GROUPS[first.rule];
  const names = named ? group.map((f) => f.data[named.key]) : [];
  if (named && names.every((n) => typeof n === "string" && n)) {
    const table = typeof first.data.table === "string" ? first.data.table : where;
    return {
      severity: first.severity,
      place: `${where}，共 ${group.length} 处`,
      problem: `${table}缺少以下 ${names.length} ${named.kind}：${names.map((n) => `“${String(n)}”`).join("、")}。`,
      formula: null,
      fix: fixOf(first, group.length),
    };
  }
  // what the rule asks and the cells by name where they differ, else the first messages themselves
  const places = [...new Set(group.map(placeOf))];
  const examples = (places.length > 1 ? places : group.map((f) => f.message)).map((t) =>
    t.replace(/。$/, ""),
  );
  const shown = `${examples.slice(0, 2).join("；")}${examples.length > 2 ? "等" : ""}`;
  const rule = DESCRIPTIONS.get(first.rule);
  const problem = places.length > 1 && rule ? `${rule.replace(/。$/, "")}，如${shown}。` : `${shown}。`;
  return {
    severity: first.severity,
    place: `${where}，共 ${group.length} 处`,
    problem,
    formula: null,
    fix: fixOf(first, group.length),
  };
}

/** The likely fix in words: the suspect cell, the safe fix, a suggestion, else what the rule asks. */
function fixOf(f: Finding, count = 1): string {
  if (count > 1 && f.fix) return `请逐格修改，例如${fixText(f.fix)}。`;
  const note = count === 1 ? suspectNote(f, "zh") : null;
  if (note) return note;
  if (f.fix) return `${fixText(f.fix)}。`;
  const suggestion = f.suggestions?.[0];
  if (suggestion?.op === "set-cell")
    return `可将${cellName(getTable(format2021, suggestion.at.table), suggestion.at)}改为 ${suggestion.to}，使合计相符；请先对照台账核实哪一格有误。`;
  return DESCRIPTIONS.get(f.rule) ?? "请核实后修改。";
}

function fixText(fix: Fix): string {
  const from = fix.from.trim() || "空白";
  return fix.op === "set-cell" ? `将“${from}”改为 ${fix.to}` : `将标题开头“${from}”改为“${fix.to}”`;
}
