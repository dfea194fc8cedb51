/** @jest-environment jsdom */
import type { CheckResult, DocumentSnapshot, Finding } from "../../src/engine";
import { createDemoPort } from "../../src/demo/demo-port";

const snapshot: DocumentSnapshot = {
  blocks: [
    { kind: "paragraph", text: "主动公开政府信息情况", listText: "2、", outlineLevel: 1, ref: { p: 0 } },
    {
      kind: "table",
      rowCount: 2,
      colCount: 3,
      ref: { t: 0 },
      cells: [
        { row: 0, col: 0, rowSpan: 2, colSpan: 1, text: "项目", ref: { t: 0, tr: 0, tc: 0 } },
        { row: 0, col: 1, rowSpan: 1, colSpan: 2, text: "合计", ref: { t: 0, tr: 0, tc: 1 } },
        { row: 1, col: 1, rowSpan: 1, colSpan: 1, text: "3", ref: { t: 0, tr: 1, tc: 1 } },
        { row: 1, col: 2, rowSpan: 1, colSpan: 1, text: "4", ref: { t: 0, tr: 1, tc: 2 } },
      ],
    },
  ],
};
const finding = (ref: Finding["ref"], cells: Finding["cells"] = []): Finding => ({
  rule: "row-total",
  severity: "error",
  messageId: "m",
  section: null,
  table: "table3",
  row: null,
  column: null,
  expected: null,
  actual: null,
  cells,
  message: "m",
  messageEn: "m",
  data: {},
  ref,
});
const result: CheckResult = {
  format: "2021",
  year: 2022,
  sections: [],
  tables: [],
  cells: [
    {
      key: { table: "table3", row: "a", column: "b" },
      text: "3",
      value: { kind: "number", value: 3 },
      ref: { t: 0, tr: 1, tc: 1 },
    },
  ],
  findings: [
    finding({ t: 0, tr: 1, tc: 2 }, [{ table: "table3", row: "a", column: "b" }]),
    finding({ t: 0, tr: 9, tc: 9 }),
  ],
};

describe("the demo page's document port", () => {
  const setup = () => {
    const view = document.createElement("div");
    document.body.append(view);
    return { view, port: createDemoPort(view, snapshot) };
  };

  it("renders paragraphs with their list text and tables with their merges", () => {
    const { view } = setup();
    expect(view.querySelector("p")?.textContent).toBe("2、主动公开政府信息情况");
    const cells = view.querySelectorAll("td");
    expect(cells).toHaveLength(4);
    expect([cells[0].rowSpan, cells[1].colSpan]).toEqual([2, 2]);
  });

  it("marks the culprit and the cells that took part, and counts what it could not find", async () => {
    const { view, port } = setup();
    await expect(port.mark(result)).resolves.toEqual({
      ok: true,
      value: { marked: 1, participating: 1, unconfirmed: 1, approximate: 0, comments: 0 },
    });
    const marks = Array.from(view.querySelectorAll<HTMLElement>("[data-mark]")).map((e) => [
      e.textContent,
      e.dataset.mark,
    ]);
    expect(marks).toEqual([
      ["3", "part"],
      ["4", "error"],
    ]);
    await expect(port.clearMarks()).resolves.toMatchObject({ ok: true, value: { restored: 2 } });
    expect(view.querySelectorAll("[data-mark]")).toHaveLength(0);
  });

  it("goes to a cell by outlining it", async () => {
    const { view, port } = setup();
    await port.navigate({ t: 0, tr: 1, tc: 2 });
    expect(view.querySelector("[data-focus]")?.textContent).toBe("4");
    await expect(port.navigate({ t: 5, tr: 0, tc: 0 })).resolves.toMatchObject({
      ok: false,
      reason: "stale",
    });
  });

  it("applies a fix to the document and refuses a stale one", async () => {
    const { view, port } = setup();
    const fix = {
      op: "set-cell",
      at: { table: "table3", row: "a", column: "b" },
      ref: { t: 0, tr: 1, tc: 2 },
      from: "4",
      to: "5",
    } as const;
    await expect(port.applyFix(fix)).resolves.toEqual({ ok: true, value: undefined });
    expect(view.querySelectorAll("td")[3].textContent).toBe("5");
    await expect(port.applyFix(fix)).resolves.toMatchObject({ ok: false, reason: "stale" });
    const read = await port.read();
    expect(read.ok && read.value.tables).toEqual([{ ref: { t: 0 }, cells: 4, confirmed: 4 }]);
  });
});
