import { chineseNumber, readNumber } from "../../../src/engine/narrative/numbers";

describe("chineseNumber", () => {
  it.each([
    ["五", 5],
    ["两", 2],
    ["零", 0],
    ["十", 10],
    ["十五", 15],
    ["二十三", 23],
    ["一百三十", 130],
    ["一百零五", 105],
    ["一千二百", 1200],
    ["一万二千", 12000],
  ])("reads %s as %i", (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it.each(["", "一二", "十十", "百", "三十二十", "五个"])("refuses %p", (text) => {
    expect(chineseNumber(text)).toBeNull();
  });
});

describe("readNumber", () => {
  it("reads Arabic digits with thousands separators and Chinese numerals", () => {
    expect(readNumber("1,234")).toBe(1234);
    expect(readNumber("130")).toBe(130);
    expect(readNumber("一百三十")).toBe(130);
  });

  it("reads no count from hundreds of digits, which would be Infinity", () => {
    expect(readNumber("9".repeat(400))).toBeNull();
    expect(readNumber("9007199254740993")).toBeNull();
    expect(readNumber("9007199254740991")).toBe(9007199254740991);
  });
});
