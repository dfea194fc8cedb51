import type { Rule } from "../rule";
import type { SectionMatch } from "../sections";

/** The six sections come in the format's order. */
const rule: Rule = {
  id: "section-order",
  meta: {
    description: {
      zh: "六个部分应按格式规定的顺序排列。",
      en: "The six sections must come in the order of the format.",
    },
    severity: "error",
    tags: ["sections"],
    basis: "国办公开办函〔2021〕30号",
    messages: {
      misplaced: {
        zh: "第{numeral}部分“{title}”的位置不对，应排在第{after}部分之后。",
        en: "Section {numeral} “{title}” is out of place; it belongs after section {after}.",
      },
      first: {
        zh: "第{numeral}部分“{title}”的位置不对，应排在其他部分之前。",
        en: "Section {numeral} “{title}” is out of place; it belongs before the others.",
      },
    },
  },
  check(context) {
    const found = context.sections; // in template order
    const inOrder = longestIncreasing(found);
    found.forEach((s, i) => {
      if (inOrder.has(i)) return;
      const template = context.format.sections.find((t) => t.key === s.key)!;
      const before = found.slice(0, i).filter((_, k) => inOrder.has(k)).pop();
      const after = before && context.format.sections.find((t) => t.key === before.key)!.numeral;
      context.report({
        messageId: after ? "misplaced" : "first",
        section: s.key,
        actual: s.heading,
        ref: s.ref,
        data: { numeral: template.numeral, title: template.title, after },
      });
    });
  },
};
export default rule;

/** Indexes of the largest set of sections already in document order (the rest are misplaced). */
function longestIncreasing(found: readonly SectionMatch[]): Set<number> {
  const length = found.map(() => 1);
  const previous = found.map(() => -1);
  for (let i = 0; i < found.length; i++) {
    for (let j = 0; j < i; j++) {
      if (found[j].block < found[i].block && length[j] + 1 > length[i]) [length[i], previous[i]] = [length[j] + 1, j];
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
