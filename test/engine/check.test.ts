import { optionsOf } from "../../src/engine/check";
import type { Rule } from "../../src/engine/rule";

const rule: Rule = {
  id: "some-rule",
  meta: {
    description: { zh: "某规则", en: "some rule" },
    severity: "warning",
    tags: [],
    basis: "条例",
    messages: {},
    options: {
      minChars: { default: 80, description: { zh: "最少字数", en: "fewest characters" } },
      ratio: { default: 5, description: { zh: "倍数", en: "ratio" } },
    },
  },
  check: () => undefined,
};

describe("a rule's options", () => {
  it("are the metadata's defaults when the caller gives none", () => {
    expect(optionsOf(rule, undefined)).toEqual({ minChars: 80, ratio: 5 });
  });

  it("take the caller's finite numbers, ignore unknown names and non-numbers", () => {
    const given = { minChars: 120, ratio: Number.NaN, other: 3 } as Record<string, number>;
    expect(optionsOf(rule, given)).toEqual({ minChars: 120, ratio: 5 });
  });

  it("are empty for a rule without options", () => {
    expect(optionsOf({ ...rule, meta: { ...rule.meta, options: undefined } }, { minChars: 1 })).toEqual({});
  });
});
