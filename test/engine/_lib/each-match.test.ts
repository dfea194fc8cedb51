import fc from "fast-check";
import { eachMatch } from "../../../src/engine/_lib/each-match";

const matches = (re: RegExp, text: string) => {
  const out: [number, string, string | undefined][] = [];
  eachMatch(re, text, (m) => out.push([m.index, m[0], m[1]]));
  return out;
};

describe("eachMatch", () => {
  const text = fc
    .array(fc.constantFrom(..."本我局镇2022年度一是，".split("")), { maxLength: 30 })
    .map((cs) => cs.join(""));

  it.each([/(?:本|我)(局|镇)/g, /(\d{2,4})年度?/g, /([一二])是/g, /(?<!我)局/g])(
    "gives what matchAll gives: %s",
    (re) => {
      fc.assert(
        fc.property(text, (t) => {
          expect(matches(re, t)).toEqual([...t.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
          expect(re.lastIndex).toBe(0);
        }),
        { numRuns: 1000 },
      );
    },
  );

  it("refuses a pattern that is not global", () => {
    expect(() => eachMatch(/a/, "a", () => undefined)).toThrow(/global/);
  });
});
