import type { Rule } from "../rule";

/** The six sections come in the format's order. */
const rule: Rule = {
  id: "section-order",
  meta: {
    description: {
      zh: "六个部分应按格式规定的顺序排列。",
      en: "The six sections must come in the order of the format.",
    },
    severity: "warning",
    tags: ["sections"],
    basis: "国办公开办函〔2021〕30号",
    messages: {
      between: {
        zh: "第{numeral}部分“{title}”的位置不对，应排在第{after}部分之后、第{before}部分之前。",
        en: "Section {numeral} “{title}” is out of place; it belongs between sections {after} and {before}.",
      },
      last: {
        zh: "第{numeral}部分“{title}”的位置不对，应排在第{after}部分之后。",
        en: "Section {numeral} “{title}” is out of place; it belongs after section {after}.",
      },
      first: {
        zh: "第{numeral}部分“{title}”的位置不对，应排在第{before}部分之前。",
        en: "Section {numeral} “{title}” is out of place; it belongs before section {before}.",
      },
    },
  },
  check(context) {
    // in document order; the sections off the longest run in template order are the misplaced ones
    const found = [...context.sections].sort((a, b) => a.block - b.block);
    const order = (key: string) => context.format.sections.findIndex((t) => t.key === key);
    const inOrder = longestIncreasing(found.map((s) => order(s.key)));
    found.forEach((s, i) => {
      if (inOrder.has(i)) return;
      const template = context.format.sections[order(s.key)];
      const kept = (t: { key: string }) => found.some((f, k) => f.key === t.key && inOrder.has(k));
      const after = context.format.sections.slice(0, order(s.key)).reverse().find(kept);
      const before = context.format.sections.slice(order(s.key) + 1).find(kept);
      context.report({
        messageId: after && before ? "between" : after ? "last" : "first",
        section: s.key,
        actual: s.heading,
        ref: s.ref,
        data: {
          numeral: template.numeral,
          title: template.title,
          after: after?.numeral,
          before: before?.numeral,
        },
      });
    });
  },
};
export default rule;

/**
 * Indexes of the longest increasing run of values; on a tie the run through earlier elements
 * wins, so a section moved down is the one reported, not the one it jumped over.
 */
function longestIncreasing(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j] < values[i] && length[j] + 1 > length[i]) [length[i], previous[i]] = [length[j] + 1, j];
    }
  }
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept.add(at);
    at = previous[at];
  }
  return kept;
}
