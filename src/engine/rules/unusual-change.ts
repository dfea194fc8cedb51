import { cellName } from "../describe";
import { figureKey } from "../previous/previous-report";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";
import type { TableKey } from "../types";

/** The figures assessors compare with last year's: the counts a body's work shows in. */
const FIGURES: readonly (readonly [TableKey, string, string])[] = [
  ["table2", "normative_docs", "issued"],
  ["table2", "normative_docs", "in_force"],
  ["table2", "licensing", "decisions"],
  ["table2", "penalty", "decisions"],
  ["table2", "coercion", "decisions"],
  ["table3", "new_received", "total"],
  ["table3", "r1_open", "total"],
  ["table3", "r7_total", "total"],
  ["table4", "review", "total"],
  ["table4", "lit_direct", "total"],
];

/**
 * A figure that moved far from last year's (more than five-fold up, or below a fifth) with
 * enough volume to matter: a typing slip (an extra 0), a wrong unit, or a real change the
 * report should explain. Small counts move a lot by chance and are left alone.
 */
const rule: Rule = {
  id: "unusual-change",
  meta: {
    description: {
      zh: "与上年报告相比，主要数字（行政许可、行政处罚、规范性文件、申请数、办理结果、复议诉讼）增长超过 5 倍或降到五分之一以下，且数量较大的，提示核实。",
      en: "A main figure (licences, penalties, normative documents, applications, results, appeals) that grew more than five-fold or fell below a fifth of last year's, at a volume that matters, is worth checking.",
    },
    severity: "info",
    tags: ["previous", "table2", "table3", "table4"],
    basis: "R8（参考）；与上年报告比较",
    messages: {
      grew: {
        zh: "{cell}为 {actual}，上年为 {previous}，增长到 {times} 倍；请核实数字，或在正文中说明原因。",
        en: "{cell} is {actual}, {previous} last year: {times} times as many. Check the figure or explain the change in the text.",
      },
      fromZero: {
        zh: "{cell}为 {actual}，上年为 0；请核实数字，或在正文中说明原因。",
        en: "{cell} is {actual}, 0 last year. Check the figure or explain the change in the text.",
      },
      fell: {
        zh: "{cell}为 {actual}，上年为 {previous}，降到不足五分之一；请核实数字，或在正文中说明原因。",
        en: "{cell} is {actual}, {previous} last year: under a fifth. Check the figure or explain the change in the text.",
      },
    },
    options: {
      ratio: {
        default: 5,
        description: {
          zh: "增长或下降超过这个倍数时提示",
          en: "Report a change beyond this factor, up or down",
        },
      },
      minVolume: {
        default: 30,
        description: {
          zh: "两年中较大的数至少为这么多时才提示（小数字的波动不算）",
          en: "Report only when the larger of the two years' figures is at least this (small counts move by chance)",
        },
      },
    },
  },
  check(context) {
    const previous = context.previous?.cells;
    if (!previous) return;
    const { ratio, minVolume } = context.options;
    for (const [table, row, column] of FIGURES) {
      const binding = context.tables.get(table);
      const cell = binding?.cells.get(cellId(row, column));
      const before = previous[figureKey(table, row, column)];
      if (!binding || !cell || cell.value.kind !== "number" || before === undefined) continue;
      const now = cell.value.value;
      if (Math.max(now, before) < minVolume) continue;
      const grew = now > before * ratio;
      if (!grew && !(now * ratio < before)) continue;
      context.report({
        messageId: before === 0 ? "fromZero" : grew ? "grew" : "fell",
        section: binding.table.section,
        table,
        row,
        column,
        cells: [{ table, row, column }],
        ref: cell.ref,
        expected: before,
        actual: now,
        data: {
          cell: cellName(binding.table, cell.key),
          actual: now,
          previous: before,
          times: before > 0 ? Math.round((10 * now) / before) / 10 : null,
        },
      });
    }
  },
};

export default rule;
