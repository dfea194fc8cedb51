import { bindOutOfOrder } from "../../../src/engine/tables/align";

describe("bindOutOfOrder", () => {
  it("binds each unmatched template row to the one left-over document row that carries its label", () => {
    // template rows 0 and 1 unmatched; document rows 1 and 2 left over, labelled 1 and 0
    const matched = [-1, -1, 0];
    const moved = bindOutOfOrder(matched, 3, (i) => [2, 1, 0][i]);
    expect(matched).toEqual([2, 1, 0]);
    expect(moved).toEqual([0, 1]);
  });

  it("binds no row whose label two left-over document rows carry, nor a row already matched", () => {
    const matched = [-1, 3, 0];
    const moved = bindOutOfOrder(matched, 4, (i) => [2, 0, 0, 1][i]);
    expect(matched).toEqual([-1, 3, 0]);
    expect(moved).toEqual([]);
  });

  it("leaves unlabelled document rows where they are", () => {
    const matched = [-1, 1];
    expect(bindOutOfOrder(matched, 3, () => -1)).toEqual([]);
    expect(matched).toEqual([-1, 1]);
  });
});
