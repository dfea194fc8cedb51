import { check } from "../../../src/engine";
import { cellShortName } from "../../../src/engine/diagnose/suspect-report";
import { format2021, getTable } from "../../../src/template";
import { report } from "../../helpers/snapshot";
import { consistentTable3, consistentTable4 } from "../../helpers/values";

const sums = ["row-total", "grand-total", "balance", "review-total"];
const table3 = getTable(format2021, "table3");

describe("the suspect cell on sum findings", () => {
  it("gives every broken sum the one cell that repairs them all, and suggests changing that cell first", () => {
    const v = consistentTable3(21);
    const original = v.r3_4.natural;
    v.r3_4.natural += 4;
    const found = check(report({ values: { table3: v } }), { strict: true, rules: sums }).findings;
    expect(found.map((f) => [f.rule, f.row, f.column])).toEqual([
      ["row-total", "r3_4", "total"],
      ["grand-total", "r7_total", "natural"],
    ]);
    for (const f of found) {
      expect(f.suspect).toEqual({ table: "table3", row: "r3_4", column: "natural", value: original });
      expect(f.suggestions?.[0]).toMatchObject({
        op: "set-cell",
        at: { table: "table3", row: "r3_4", column: "natural" },
        from: String(original + 4),
        to: String(original),
      });
      expect(f.data.suspect).toMatchObject({
        cell: "自然人·（三）4.保护第三方合法权益",
        to: original,
        repairs: [
          { rule: "row-total", where: "表三（三）4.保护第三方合法权益行合计" },
          { rule: "grand-total", where: "表三“自然人”列（七）总计" },
        ],
      });
      expect((f.data.suspect as { note: string }).note).toBe(
        `最可能出错：自然人·（三）4.保护第三方合法权益，应为 ${original}（改后2处不符的合计全部相符）。`,
      );
    }
  });

  it("names no suspect and says it cannot tell when several cells would do", () => {
    const v = consistentTable4(5);
    v.lit_direct = { maintain: 1, correct: 1, other: 1, pending: 2, total: 4 };
    const [f] = check(report({ values: { table4: v } }), { strict: true, rules: sums }).findings;
    expect(f.suspect).toBeUndefined();
    expect(f.data.undetermined).toMatchObject({ count: 5 });
    expect((f.data.undetermined as { note: string }).note).toMatch(/^无法确定哪一格有误/);
    // the old suggestion on the total cell stays
    expect(f.suggestions).toEqual([
      expect.objectContaining({ at: { table: "table4", row: "lit_direct", column: "total" } }),
    ]);
  });

  it("names cells the way a clerk says them", () => {
    const name = (row: string, column: string) => cellShortName(table3, { table: "table3", row, column });
    expect(name("r1_open", "natural")).toBe("自然人·（一）予以公开");
    expect(name("r2_partial", "total")).toBe("总计·（二）部分公开");
    expect(name("r6_2", "legal")).toBe(
      "法律服务机构·（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    );
    const table4 = getTable(format2021, "table4");
    expect(cellShortName(table4, { table: "table4", row: "lit_direct", column: "pending" })).toBe(
      "行政诉讼（未经复议直接起诉）·尚未审结",
    );
  });
});
