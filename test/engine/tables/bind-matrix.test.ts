import fc from "fast-check";
import { similarity } from "../../../src/engine/_lib/similarity";
import { closeLabel } from "../../../src/engine/tables/bind-matrix";
import { templateLabelKey } from "../../../src/engine/tables/label-index";
import { formats } from "../../../src/template";

const rows = formats.flatMap((f) => f.tables.filter((t) => t.layout === "matrix").flatMap((t) => t.rows));

describe("closeLabel", () => {
  it("says what the bigram similarity says, asked once or again", () => {
    // keys made of a row's own label, cut and altered, so that some are close and some not
    const keys = fc
      .tuple(fc.constantFrom(...rows), fc.nat(), fc.nat(), fc.string({ maxLength: 3 }))
      .map(([row, from, to, extra]) => {
        const key = templateLabelKey(row.label);
        return key.slice(from % (key.length + 1), to % (key.length + 1)) + extra;
      });
    fc.assert(
      fc.property(fc.constantFrom(...rows), keys, (row, key) => {
        const expected = similarity(templateLabelKey(row.label), key) >= 0.5;
        expect(closeLabel(row, key)).toBe(expected);
        expect(closeLabel(row, key)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
