import { check } from "../../src/engine";
import { MAX_QUOTED, render } from "../../src/engine/render";
import { report } from "../helpers/snapshot";

describe("render", () => {
  it("fills each placeholder, the same name as often as it appears", () => {
    expect(render("{cell}为 {value}，应为 {expected}；{cell}", { cell: "表三", value: 3, expected: 0 })).toBe(
      "表三为 3，应为 0；表三",
    );
  });

  it("leaves a placeholder without a value visible, and writes a value's $ signs as they are", () => {
    expect(render("{a}-{b}-{c}", { a: null, c: "$&$1" })).toBe("{a}-{b}-$&$1");
  });

  it("gives the same text the second time a template is rendered", () => {
    const template = "{x} 与 {y}";
    expect(render(template, { x: 1, y: 2 })).toBe("1 与 2");
    expect(render(template, { x: "甲", y: "乙" })).toBe("甲 与 乙");
    expect(render("没有占位", {})).toBe("没有占位");
  });

  it("quotes a value of more than MAX_QUOTED characters by its start and an ellipsis", () => {
    expect(render("“{text}”不是数字", { text: "甲".repeat(MAX_QUOTED) })).toBe(
      `“${"甲".repeat(MAX_QUOTED)}”不是数字`,
    );
    expect(render("“{text}”不是数字", { text: "甲".repeat(MAX_QUOTED + 1) })).toBe(
      `“${"甲".repeat(MAX_QUOTED)}…”不是数字`,
    );
  });

  it("keeps every message of a check short when a cell holds a megabyte of text", () => {
    const huge = "这一格被粘贴了整篇文章。".repeat(100_000);
    const { findings } = check(report({ values: { table2: { penalty: { decisions: huge } } } }));
    const quoting = findings.filter((f) => f.message.includes("这一格被粘贴了整篇文章"));
    expect(quoting.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.message.length).toBeLessThan(2 * MAX_QUOTED);
      expect(f.messageEn.length).toBeLessThan(2 * MAX_QUOTED);
    }
  });
});
