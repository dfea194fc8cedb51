import { format2019, format2021, getTable, officialGrid, type GridCell } from "../../src/template";

const at = (cells: readonly GridCell[], text: string) => cells.find((c) => c.text === text)!;
const spans = (c: GridCell) => [c.row, c.col, c.rowSpan, c.colSpan];

describe("officialGrid", () => {
  it("draws table3 of 2021 with the merges of the official format", () => {
    const grid = officialGrid(getTable(format2021, "table3"));
    expect([grid.rowCount, grid.colCount]).toEqual([28, 10]);
    expect(
      spans(at(grid.cells, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")),
    ).toEqual([0, 0, 3, 3]);
    expect(spans(at(grid.cells, "申请人情况"))).toEqual([0, 3, 1, 7]);
    expect(spans(at(grid.cells, "自然人"))).toEqual([1, 3, 2, 1]);
    expect(spans(at(grid.cells, "法人或其他组织"))).toEqual([1, 4, 1, 5]);
    expect(spans(at(grid.cells, "总计"))).toEqual([1, 9, 2, 1]);
    expect(spans(at(grid.cells, "三、本年度办理结果"))).toEqual([5, 0, 22, 1]);
    expect(spans(at(grid.cells, "（三）不予公开"))).toEqual([7, 1, 8, 1]);
    expect(spans(at(grid.cells, "（四）无法提供"))).toEqual([15, 1, 3, 1]);
    expect(spans(at(grid.cells, "（五）不予处理"))).toEqual([18, 1, 5, 1]);
    expect(spans(at(grid.cells, "（六）其他处理"))).toEqual([23, 1, 3, 1]);
    expect(spans(at(grid.cells, "（七）总计"))).toEqual([26, 1, 1, 2]);
    expect(spans(at(grid.cells, "四、结转下年度继续办理"))).toEqual([27, 0, 1, 3]);
    expect(grid.cells.filter((c) => c.value)).toHaveLength(175);
  });

  it("draws table3 of 2019 with a single （六）其他处理 row and 161 values", () => {
    const grid = officialGrid(getTable(format2019, "table3"));
    expect(spans(at(grid.cells, "三、本年度办理结果"))).toEqual([5, 0, 20, 1]);
    expect(spans(at(grid.cells, "（六）其他处理"))).toEqual([23, 1, 1, 2]);
    expect(grid.cells.filter((c) => c.value)).toHaveLength(161);
  });

  it("draws table2 of 2021 as four blocks with 10 values, single values spanning three columns", () => {
    const grid = officialGrid(getTable(format2021, "table2"));
    expect([grid.rowCount, grid.colCount]).toEqual([14, 4]);
    expect(spans(at(grid.cells, "第二十条第（一）项"))).toEqual([0, 0, 1, 4]);
    const licensing = grid.cells.find((c) => c.value?.row === "licensing")!;
    expect([licensing.col, licensing.colSpan]).toEqual([1, 3]);
    expect(grid.cells.filter((c) => c.value)).toHaveLength(10);
  });

  it("draws table2 of 2019 with the （九） block and 22 values", () => {
    const grid = officialGrid(getTable(format2019, "table2"));
    expect(grid.cells.some((c) => c.text === "第二十条第（九）项")).toBe(true);
    expect(grid.cells.filter((c) => c.value)).toHaveLength(22);
  });

  it("draws table4 with its two header levels over 15 values", () => {
    const grid = officialGrid(getTable(format2021, "table4"));
    expect([grid.rowCount, grid.colCount]).toEqual([4, 15]);
    expect(spans(at(grid.cells, "行政复议"))).toEqual([0, 0, 1, 5]);
    expect(spans(at(grid.cells, "行政诉讼"))).toEqual([0, 5, 1, 10]);
    expect(spans(at(grid.cells, "未经复议直接起诉"))).toEqual([1, 5, 1, 5]);
    expect(spans(at(grid.cells, "复议后起诉"))).toEqual([1, 10, 1, 5]);
    expect(spans(grid.cells.find((c) => c.text === "结果维持")!)).toEqual([1, 0, 2, 1]);
    expect(grid.cells.filter((c) => c.value).map((c) => c.col)).toEqual([...Array(15).keys()]);
  });

  it("never lets two cells cover the same grid position", () => {
    for (const format of [format2021, format2019]) {
      for (const table of format.tables) {
        const grid = officialGrid(table);
        const seen = new Set<string>();
        for (const c of grid.cells)
          for (let r = c.row; r < c.row + c.rowSpan; r++)
            for (let k = c.col; k < c.col + c.colSpan; k++) {
              expect(seen.has(`${r},${k}`)).toBe(false);
              seen.add(`${r},${k}`);
            }
        expect(seen.size).toBe(grid.rowCount * grid.colCount);
      }
    }
  });
});
