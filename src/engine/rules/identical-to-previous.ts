import { tableFigures } from "../previous/previous-report";
import type { Rule } from "../rule";

/**
 * Every table figure the same as last year's: the tables were copied from last year's report
 * and not filled in (国办公开办函〔2021〕30号 names 内容雷同 among the faults to answer for).
 * A body with nothing to report has zeros both years, so some figures must be other than 0.
 */
const rule: Rule = {
  id: "identical-to-previous",
  meta: {
    description: {
      zh: "统计表的数字不应与上年报告完全相同：全部相同的，多半是照搬了上年的表格。",
      en: "The table figures should not all equal last year's: identical tables were usually copied from last year's report.",
    },
    severity: "warning",
    tags: ["previous", "table2", "table3", "table4"],
    basis: "国办公开办函〔2021〕30号（四）明确责任：内容雷同",
    messages: {
      identical: {
        zh: "三张统计表中的 {count} 个数字（其中 {nonZero} 个不为 0）与上年（{previousYear} 年度）报告完全相同，请核实是否照搬了上年的表格。",
        en: "All {count} table figures ({nonZero} of them not 0) equal last year's report ({previousYear}): check that the tables were not copied.",
      },
    },
    options: {
      minNonZero: {
        default: 3,
        description: {
          zh: "两年相同的数字中至少有这么多个不为 0 时才提示（全为 0 的小单位两年相同是正常的）",
          en: "Report only when at least this many of the identical figures are not 0 (a small body may have zeros both years)",
        },
      },
      minFigures: {
        default: 20,
        description: { zh: "至少比较这么多个数字", en: "Compare at least this many figures" },
      },
    },
  },
  check(context) {
    const previous = context.previous;
    if (!previous?.cells || (previous.year !== null && previous.year === context.year)) return;
    const current = tableFigures(context.tables);
    const shared = Object.keys(current).filter((k) => k in previous.cells!);
    if (shared.length < context.options.minFigures) return;
    if (shared.some((k) => current[k] !== previous.cells![k])) return;
    const nonZero = shared.filter((k) => current[k] !== 0).length;
    if (nonZero < context.options.minNonZero) return;
    context.report({
      messageId: "identical",
      actual: shared.length,
      data: {
        count: shared.length,
        nonZero,
        previousYear: previous.year ?? (context.year ? context.year - 1 : "?"),
      },
    });
  },
};

export default rule;
