import { check, type DocumentSnapshot } from "../../../src/engine";
import { report } from "../../helpers/snapshot";
import { someTable2 } from "../../helpers/values";

const RULE = "regulations-without-power";

/** A report whose title names `agency`, with 规章 issued/repealed/in force as given. */
function reportBy(agency: string, regulations = { issued: 1, repealed: 0, in_force: 3 }): DocumentSnapshot {
  const snapshot = report({ values: { table2: { ...someTable2(1), regulations } } });
  const [title, ...rest] = snapshot.blocks;
  return { blocks: [{ ...title, text: `${agency}2022年政府信息公开工作年度报告` } as typeof title, ...rest] };
}
const found = (snapshot: DocumentSnapshot) => check(snapshot, { rules: [RULE], strict: true }).findings;

describe(RULE, () => {
  it("warns when a township reports 规章, on the first non-zero cell, and says where they belong", () => {
    const [f, ...more] = found(reportBy("白石镇人民政府"));
    expect(more).toEqual([]);
    expect([f.severity, f.table, f.row, f.column, f.expected, f.actual]).toEqual([
      "warning",
      "table2",
      "regulations",
      "issued",
      0,
      1,
    ]);
    expect(f.cells.map((c) => c.column)).toEqual(["issued", "repealed", "in_force"]);
    expect(f.message).toBe(
      "白石镇人民政府属于乡镇，没有制定规章的权限（《立法法》第九十三条），表二“规章”·“本年制发件数”应为 0，实为 1。如填的是本机关制发的行政规范性文件，请移到“行政规范性文件”一行。",
    );
  });

  it.each([
    ["青山县市场监督管理局", "县级（区级）机关"],
    ["重庆市渝北区人民政府", "县级（区级）机关"],
    ["重庆市渝北区大盛镇人民政府", "乡镇"],
    ["南山街道办事处", "街道"],
  ])("knows %s as %s", (agency, level) => {
    expect(found(reportBy(agency)).map((f) => f.data.level)).toEqual([level]);
  });

  it.each(["镇江市人民政府", "广西壮族自治区人民政府", "青石市人民政府", "国家统计局"])(
    "leaves %s alone: it may make 规章, or its level is not plain from the name",
    (agency) => {
      expect(found(reportBy(agency))).toEqual([]);
    },
  );

  it("finds nothing when a township's 规章 row is all 0", () => {
    expect(found(reportBy("白石镇人民政府", { issued: 0, repealed: 0, in_force: 0 }))).toEqual([]);
  });
});
