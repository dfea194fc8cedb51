/**
 * The pane's first load carries no OpenCC: in the browser build the engine has no converter of
 * its own (load-opencc.browser.ts, put in by webpack), and the page or its worker fetches OpenCC
 * before a check whose text needs it.
 */
import { check, simplifierReady, type DocumentSnapshot } from "../../src/engine";
import { toSimplified } from "../../src/engine/normalise";
import { readySimplifierFor, withSimplifier } from "../../src/taskpane/load-simplifier";
import { para, report } from "../helpers/snapshot";

// what webpack puts in the pages in place of the Node loader
jest.mock("../../src/engine/_lib/load-opencc", () =>
  jest.requireActual("../../src/engine/_lib/load-opencc.browser"),
);

const traditionalReport = (): DocumentSnapshot => ({
  blocks: [para("本年制發件數"), ...report().blocks],
});

describe("OpenCC in the pages", () => {
  it("is not fetched for a simplified report, whose check needs none", async () => {
    await withSimplifier(check)(report());
    expect(simplifierReady()).toBe(false);
    // a page that never fetched it leaves traditional text as it is, and does not fail
    expect(toSimplified("制發")).toBe("制發");
  });

  it("is fetched before checking a report with a traditional character", async () => {
    await readySimplifierFor({ id: 1, snapshot: traditionalReport() });
    expect(simplifierReady()).toBe(true);
    expect(toSimplified("本年制發件數")).toBe("本年制发件数");
  });
});
