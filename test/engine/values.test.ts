import fc from "fast-check";
import { inColumnUnit, parseCellValue } from "../../src/engine/values";

describe("parseCellValue", () => {
  it.each([
    ["0", 0],
    [" 0 ", 0],
    ["12", 12],
    ["１２", 12],
    [" ３ ", 3],
    ["1,234", 1234],
    ["0.52", 0.52],
    ["-1", -1],
    ["+2", 2],
    ["零", 0],
    // a dash copied from a PDF in front of a figure is its minus sign
    ["–3", -3],
    ["—3", -3],
  ])("reads %j as the number %p", (text, value) => {
    expect(parseCellValue(text)).toEqual({ kind: "number", value });
  });

  it.each(["", " ", "\u3000", "\n"])("reads %j as blank, not zero", (text) => {
    expect(parseCellValue(text)).toEqual({ kind: "blank" });
  });

  it.each([
    "/",
    "-",
    "—",
    "——",
    "无",
    "－",
    "／",
    "――",
    "─",
    "ー",
    "−",
    "暂无",
    "没有",
    "未发生",
    "不涉及",
    "x",
    "无。",
  ])("treats %j as a placeholder, not zero", (text) => {
    expect(parseCellValue(text).kind).toBe("placeholder");
  });

  it("keeps a placeholder's text half-width, without spaces, a minus sign as a hyphen", () => {
    expect(parseCellValue(" － ")).toMatchObject({ kind: "placeholder", text: "-" });
    expect(parseCellValue("−")).toMatchObject({ kind: "placeholder", text: "-" });
    expect(parseCellValue("／")).toMatchObject({ kind: "placeholder", text: "/" });
  });

  it.each(["五件", "若干", "1.2.3", "约5"])("reads %j as text that is not a number", (text) => {
    expect(parseCellValue(text)).toEqual({ kind: "text", text });
  });

  it.each([
    "1".repeat(14),
    "9".repeat(400),
    "-" + "1".repeat(320),
    "12,345,678,901,234",
    "1".repeat(400) + ".5",
  ])("reads %j, longer than any count, as text, never as an approximate number or Infinity", (text) => {
    expect(parseCellValue(text)).toEqual({ kind: "text", text });
  });

  it.each([
    ["9999999999999", 9999999999999],
    ["0000000000000000042", 42],
    ["1,234,567,890,123", 1234567890123],
  ])("reads the large count %j exactly", (text, value) => {
    expect(parseCellValue(text)).toEqual({ kind: "number", value });
  });
});

describe("figures as units write them", () => {
  it("reads a figure with its unit as the figure, and keeps the unit", () => {
    expect(parseCellValue("12件")).toEqual({ kind: "number", value: 12, unit: "件" });
    expect(parseCellValue("12（件）")).toEqual({ kind: "number", value: 12, unit: "件" });
    expect(parseCellValue("3 起")).toEqual({ kind: "number", value: 3, unit: "起" });
    expect(parseCellValue("0.52万元")).toEqual({ kind: "number", value: 0.52, unit: "万元" });
    expect(parseCellValue("12.35万")).toEqual({ kind: "number", value: 12.35, unit: "万" });
    // every unit a count is written with, as "12件" is read
    for (const [text, value, unit] of [
      ["17次", 17, "次"],
      ["214个", 214, "个"],
      ["3人次", 3, "人次"],
      ["2（件）", 2, "件"],
      ["1,200条", 1200, "条"],
      ["５宗", 5, "宗"],
    ] as const)
      expect(parseCellValue(text)).toEqual({ kind: "number", value, unit });
    for (const text of ["次", "17次3", "十七次"]) expect(parseCellValue(text).kind).toBe("text");
  });

  it("never joins two figures of one cell into one number", () => {
    for (const text of ["1 1", "1\n1", "1\t2", "１　２", "3\n\n4"])
      expect(parseCellValue(text)).toEqual({ kind: "text", text: text.trim() });
    expect(parseCellValue(" 12\n")).toEqual({ kind: "number", value: 12 });
  });
});

describe("one shape for every value", () => {
  const SHAPE = ["kind", "value", "unit", "text"];

  it("gives every kind of value the same fields in the same order, the fields it lacks undefined", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom("", "/", "12", "12件", "五件", "1 1", "零")),
        (text) => {
          const value = parseCellValue(text);
          expect(Object.keys(value)).toEqual(SHAPE);
          // what JSON writes is what the kind has: a figure and its unit, or the text
          const written = Object.keys(JSON.parse(JSON.stringify(value)));
          if (value.kind === "number")
            expect(written).toEqual(value.unit ? ["kind", "value", "unit"] : ["kind", "value"]);
          else expect(written).toEqual(value.kind === "blank" ? ["kind"] : ["kind", "text"]);
        },
      ),
    );
  });

  it("keeps the shape when a figure is read in its column's unit", () => {
    const amount = { kind: "amount", unit: "万元" } as const;
    for (const text of ["12元", "12件", "3万", "12"])
      expect(Object.keys(inColumnUnit(parseCellValue(text), amount, text))).toEqual(SHAPE);
  });
});
