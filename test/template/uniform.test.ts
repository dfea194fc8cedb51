import { formats } from "../../src/template";

const tables = formats.flatMap((f) => f.tables);

describe("uniform templates", () => {
  it("write every row, column and table with the same fields in the same order", () => {
    const shapes = (objects: readonly object[]) => new Set(objects.map((o) => Object.keys(o).join()));
    expect(shapes(tables.flatMap((t) => t.rows))).toEqual(
      new Set(["key,label,variants,group,short,columns"]),
    );
    expect(shapes(tables.flatMap((t) => t.columns))).toEqual(
      new Set(["key,label,variants,group,short,kind,unit"]),
    );
    expect(shapes(tables)).toEqual(new Set(["key,section,name,layout,rows,columns,blocks,headers,sums"]));
  });

  it("keep the data's values", () => {
    const t3 = tables.find((t) => t.key === "table3")!;
    expect(t3.columns.find((c) => c.key === "total")).toEqual({
      key: "total",
      label: "总计",
      variants: [{ text: "合计", status: "nonstandard" }],
      short: "总计",
      kind: "count",
    });
    expect(t3.rows.find((r) => r.key === "r3_1")).toEqual({
      key: "r3_1",
      label: "1.属于国家秘密",
      short: "（三）1",
      group: "（三）不予公开",
      columns: t3.columns.map((c) => c.key),
    });
  });
});
