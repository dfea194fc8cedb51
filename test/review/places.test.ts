import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check } from "../../src/engine";
import { letterContent } from "../../src/review/letter-items";
import { placeOf } from "../../src/review/places";

const findings = (name: string) =>
  check(readDocx(readFileSync(path.join(__dirname, "../fixtures/docx", name)))).findings;

describe("where a finding sits, in the report's words", () => {
  it("places a template leftover by its section and keeps its quote in the message", () => {
    for (const name of ["seed-004.docx", "unfilled-template.docx"]) {
      const leftovers = findings(name).filter((f) => f.rule === "template-leftover");
      expect(leftovers.length).toBeGreaterThan(0);
      for (const f of leftovers) {
        expect(placeOf(f)).toMatch(f.section ? /^[一二三四五六]、/ : /^标题或各部分之外的文字$/);
        expect(f.message).toMatch(/“[^”]+”/);
      }
    }
  });

  it("gives a letter's template-leftover item its section as the place, the quote in the problem", () => {
    const all = findings("seed-004.docx");
    const leftover = all.find((f) => f.rule === "template-leftover")!;
    const item = letterContent([leftover]).items[0];
    expect(item.place).toBe("六、其他需要报告的事项");
    expect(item.problem).toContain("“注意事项：”");
  });

  it("places a broken sum by the sum it names", () => {
    const sum = findings("sum-errors.docx").find((f) => f.rule === "row-total")!;
    expect(placeOf(sum)).toMatch(/^表[三四]“.+”行$/);
  });
});
