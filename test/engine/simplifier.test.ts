/**
 * OpenCC is loaded only when a text has a character it changes: the engine knows which from a
 * committed list (src/engine/_lib/traditional-chars.ts), regenerated here from opencc-js so it
 * cannot go stale.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  TRADITIONAL_CHARS_FILE,
  traditionalCharacters,
  traditionalCharsModule,
} from "../../scripts/build-traditional-chars";
import { readDocx } from "../../src/docx";
import { check, containsTraditional } from "../../src/engine";
import { loadOpenCC } from "../../src/engine/_lib/load-opencc";
import { normaliseText, toSimplified } from "../../src/engine/normalise";
import { hasTraditional } from "../../src/engine/simplifier";
import sidecar from "../fixtures/fixtures.json";

jest.mock("../../src/engine/_lib/load-opencc", () => {
  const actual = jest.requireActual("../../src/engine/_lib/load-opencc");
  return { loadOpenCC: jest.fn(actual.loadOpenCC) };
});
const loads = loadOpenCC as jest.MockedFunction<typeof loadOpenCC>;

const root = join(__dirname, "../..");
const snapshots = sidecar.fixtures.map((f) => ({
  file: f.file,
  snapshot: readDocx(readFileSync(join(root, f.file))),
}));

describe("the list of traditional characters", () => {
  it("is what opencc-js converts now (else run scripts/build-traditional-chars.ts)", () => {
    expect(readFileSync(TRADITIONAL_CHARS_FILE, "utf8")).toBe(traditionalCharsModule());
  });

  it("holds the characters the reports' traditional copies use, and no simplified one", () => {
    const chars = traditionalCharacters();
    for (const ch of "發數據機關辦網檢舉") expect([ch, chars.includes(ch)]).toEqual([ch, true]);
    for (const ch of "发数据机关办网检举公开政府信息年度报告")
      expect([ch, chars.includes(ch)]).toEqual([ch, false]);
    expect(hasTraditional("本年制发件数")).toBe(false);
    expect(hasTraditional("本年制發件數")).toBe(true);
  });
});

describe("OpenCC, loaded on first need", () => {
  const simplified = snapshots.filter((s) => !containsTraditional(s.snapshot));
  const traditional = snapshots.filter((s) => containsTraditional(s.snapshot));

  it("is not loaded to check every simplified fixture", () => {
    expect(simplified.length).toBeGreaterThan(10);
    for (const { snapshot } of simplified) check(snapshot, { strict: true });
    expect(toSimplified("本年制发件数")).toBe("本年制发件数");
    expect(loads).not.toHaveBeenCalled();
  });

  it("is loaded once a report has a traditional character, and converts it", () => {
    expect(traditional.map((s) => s.file)).toContain("test/fixtures/docx/seed-001.docx");
    for (const { snapshot } of traditional) check(snapshot, { strict: true });
    expect(normaliseText("本年制發(fā)件數(shù)")).toBe("本年制发件数");
    expect(loads).toHaveBeenCalledTimes(1);
  });
});
