import { render } from "../../src/engine/render";

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
});
