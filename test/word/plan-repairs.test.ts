import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { reportTemplateDocx } from "../../src/docx/write";
import { check, type DocumentSnapshot, type SnapshotBlock } from "../../src/engine";
import {
  fillZeroFixes,
  missingTables,
  planInsertSection,
  planInsertTable,
  planRepairs,
  planReplaceTable,
} from "../../src/word";
import { gridRows, report, tableFromRows } from "../helpers/snapshot";
import { consistentTable3 } from "../helpers/values";

const template = readDocx(reportTemplateDocx(2024));
const textOf = (b: SnapshotBlock | undefined) => (b?.kind === "paragraph" ? b.text : b?.kind);

/** The blank report without the blocks for which `drop` is true. */
function without(drop: (b: SnapshotBlock, i: number) => boolean): DocumentSnapshot {
  return { blocks: template.blocks.filter((b, i) => !drop(b, i)) };
}

/** The blank report without one section (its heading up to the next heading). */
function withoutSection(numeral: string): DocumentSnapshot {
  const start = template.blocks.findIndex((b) => textOf(b)?.startsWith(`${numeral}、`));
  let end = start + 1;
  while (end < template.blocks.length && !/^[一二三四五六]、/.test(textOf(template.blocks[end]) ?? "")) end++;
  if (numeral === "六")
    end = template.blocks.findIndex((b) => textOf(b) === "【请填写：机关名称】" && b !== template.blocks[0]);
  return without((_, i) => i >= start && i < end);
}

describe("planInsertSection", () => {
  it("places a missing middle section after the previous section's last content", () => {
    const snapshot = withoutSection("五");
    const plan = planInsertSection(snapshot, check(snapshot), "s5")!;
    expect(plan.anchor).toMatchObject({ kind: "after" });
    const at = snapshot.blocks.findIndex(
      (b) => JSON.stringify(b.ref) === JSON.stringify((plan.anchor as { ref: unknown }).ref),
    );
    // table4 is followed by an empty paragraph: the content ends at the table
    expect(textOf(snapshot.blocks[at])).toBe("table");
    expect(textOf(snapshot.blocks.slice(at + 1).find((b) => textOf(b) !== ""))).toMatch(/^六、/);
    expect(plan.model).toMatchObject({ listNumbering: false });
  });

  it("places a missing last section before the signature block", () => {
    const snapshot = withoutSection("六");
    const plan = planInsertSection(snapshot, check(snapshot), "s6")!;
    expect(plan.anchor).toMatchObject({ kind: "after", text: expect.stringMatching(/^（二）改进情况/) });
  });

  it("places a missing first section before the second section's heading", () => {
    const snapshot = withoutSection("一");
    const plan = planInsertSection(snapshot, check(snapshot), "s1")!;
    expect(plan.anchor).toMatchObject({ kind: "after", text: expect.stringMatching(/^本报告根据/) });
  });

  it("takes the look of the heading nearest the missing section, the one before it on a tie", () => {
    const headingOf = (snapshot: DocumentSnapshot, n: string) =>
      snapshot.blocks.find((b) => textOf(b)?.startsWith(`${n}、`))?.ref;
    const noFive = withoutSection("五");
    expect(planInsertSection(noFive, check(noFive), "s5")!.model?.heading).toEqual(headingOf(noFive, "四"));
    const noOne = withoutSection("一");
    expect(planInsertSection(noOne, check(noOne), "s1")!.model?.heading).toEqual(headingOf(noOne, "二"));
  });

  it("plans no insertion next to a heading on a later line of a paragraph, where no paragraph ends between the sections", () => {
    const noFive = withoutSection("五");
    // 四's heading and body pasted into the paragraph before them, after a manual line break
    const four = noFive.blocks.findIndex((b) => textOf(b)?.startsWith("四、"));
    const joined = (i: number): SnapshotBlock => {
      const [above, heading] = [noFive.blocks[i - 1], noFive.blocks[i]];
      return above.kind === "paragraph" && heading.kind === "paragraph"
        ? { ...above, text: `${above.text}\n${heading.text}` }
        : above;
    };
    expect(noFive.blocks[four - 1].kind).toBe("paragraph");
    const pasted = {
      blocks: noFive.blocks.flatMap((b, i) => (i === four ? [] : i === four - 1 ? [joined(four)] : [b])),
    };
    const result = check(pasted);
    expect(result.sections.find((s) => s.key === "s4")).toMatchObject({ found: true, ref: { line: 1 } });
    expect(planInsertSection(pasted, result, "s5")).toBeNull();
    // the same report with 四 in a paragraph of its own gets its insertion
    expect(planInsertSection(noFive, check(noFive), "s5")).not.toBeNull();
  });

  it("plans nothing for a section that is there", () => {
    expect(planInsertSection(template, check(template), "s3")).toBeNull();
  });
});

describe("planInsertTable and planReplaceTable", () => {
  it("puts a missing table after its section's text", () => {
    const tables = template.blocks.filter((b) => b.kind === "table");
    const snapshot = without((b) => b === tables[0]);
    const plan = planInsertTable(snapshot, check(snapshot), "table2")!;
    expect(plan.anchor).toMatchObject({
      kind: "after",
      text: expect.stringMatching(/^本年度主动公开政府信息的数据/),
    });
  });

  it("plans no insertion for a table whose section is missing (inserting the section brings it)", () => {
    const snapshot = withoutSection("四");
    expect(planInsertTable(snapshot, check(snapshot), "table4")).toBeNull();
    expect(planRepairs(snapshot, check(snapshot)).map((p) => p.kind)).toEqual(["insert-section"]);
  });

  it("carries every value of a clean table and has nothing to list", () => {
    const plan = planReplaceTable(template, check(template), "table3")!;
    expect(plan).toMatchObject({ carried: 175, zeroFilled: 0, uncarried: [], parts: [{ t: 1 }] });
    expect(Object.values(plan.values).every((v) => v === "0")).toBe(true);
  });

  it("offers to replace an outdated or damaged table and nothing for a clean report", () => {
    expect(planRepairs(template, check(template))).toEqual([]);
    const old = readDocx(readFileSync(path.resolve(__dirname, "../fixtures/docx/outdated-2022.docx")));
    const plans = planRepairs(old, check(old));
    expect(plans.some((p) => p.kind === "replace-table" && p.table === "table2")).toBe(true);
  });

  it("offers to replace 表三 with rows merged into one, listing the merged rows' figures it cannot carry", () => {
    const values = consistentTable3(3);
    const rows = gridRows("table3", values);
    const at = rows.findIndex((r) => r.some((c) => c.startsWith("1.信访举报投诉类申请")));
    const merged = rows[at].map((cell, k) => (cell === "^" ? cell : `${cell}\n${rows[at + 1][k]}`));
    const snapshot = report({
      values: { table3: values },
      tables: { table3: tableFromRows([...rows.slice(0, at), merged, ...rows.slice(at + 2)]) },
    });
    const result = check(snapshot);
    expect(result.findings.some((f) => f.rule === "table-rows-merged")).toBe(true);
    const plan = planRepairs(snapshot, result).find(
      (p) => p.kind === "replace-table" && p.table === "table3",
    );
    expect(plan).toBeDefined();
    expect(plan?.kind === "replace-table" && plan.uncarried.length).toBeGreaterThan(0);
  });

  it("collects the 空白填0 fixes of one table only", () => {
    const seed = readDocx(readFileSync(path.resolve(__dirname, "../fixtures/docx/seed-002.docx")));
    const result = check(seed);
    expect(fillZeroFixes(result, "table3").every((f) => f.op === "set-cell" && f.at.table === "table3")).toBe(
      true,
    );
    expect(fillZeroFixes(result, "table2")).toEqual([]);
  });
});

describe("missingTables", () => {
  it("lists no table for a complete report, so no standard table is offered at the cursor", () => {
    expect(missingTables(check(template))).toEqual([]);
  });

  it("lists exactly the tables a report lacks, a damaged one not among them", () => {
    const tables = template.blocks.filter((b) => b.kind === "table");
    const snapshot = without((b) => b === tables[0] || b === tables[2]);
    expect(missingTables(check(snapshot))).toEqual(["table2", "table4"]);
    const seed = readDocx(readFileSync(path.resolve(__dirname, "../fixtures/docx/seed-002.docx")));
    expect(missingTables(check(seed))).toEqual(["table4"]); // its table3 is cut off, but there
  });
});
