import { formatNumber } from "../../src/docx/number-format";

const series = (numFmt: string, values: readonly number[]): string[] =>
  values.map((v) => formatNumber(v, numFmt));

describe("number formats", () => {
  it("counts in Chinese the way Chinese is spoken", () => {
    expect(
      series("chineseCounting", [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1001, 10000, 10001, 100000]),
    ).toEqual([
      "一",
      "二",
      "九",
      "十",
      "十一",
      "十九",
      "二十",
      "二十一",
      "九十九",
      "一百",
      "一百零一",
      "一百一十",
      "一千零一",
      "一万",
      "一万零一",
      "十万",
    ]);
    expect(series("chineseCountingThousand", [10, 12, 35])).toEqual(["十", "十二", "三十五"]);
  });

  it("counts in the Taiwanese, Japanese and Chinese legal styles", () => {
    expect(series("taiwaneseCounting", [11, 10000])).toEqual(["十一", "一萬"]);
    // LibreOffice's 一、二、三 lists, as it writes them to .docx
    expect(series("taiwaneseCountingThousand", [1, 6, 11])).toEqual(["一", "六", "十一"]);
    expect(series("ideographLegalTraditional", [1, 10, 23])).toEqual(["壹", "壹拾", "貳拾參"]);
    expect(series("japaneseCounting", [10, 11, 101, 110, 1000])).toEqual([
      "十",
      "十一",
      "百一",
      "百十",
      "千",
    ]);
    expect(series("chineseLegalSimplified", [1, 10, 11, 20])).toEqual(["壹", "壹拾", "壹拾壹", "贰拾"]);
  });

  it("writes digit by digit in ideographDigital", () => {
    expect(series("ideographDigital", [3, 10, 2024])).toEqual(["三", "一〇", "二〇二四"]);
  });

  it("writes the heavenly stems and earthly branches, and decimal past their end", () => {
    expect(series("ideographTraditional", [1, 2, 10, 11])).toEqual(["甲", "乙", "癸", "11"]);
    expect(series("ideographZodiac", [1, 12])).toEqual(["子", "亥"]);
  });

  it("encloses numbers in circles up to 50 and in parentheses or with a full stop up to 20", () => {
    expect(series("decimalEnclosedCircle", [1, 10, 20, 21, 36, 50, 51])).toEqual([
      "①",
      "⑩",
      "⑳",
      "㉑",
      "㊱",
      "㊿",
      "51",
    ]);
    expect(series("decimalEnclosedParen", [1, 20])).toEqual(["⑴", "⒇"]);
    expect(series("decimalEnclosedFullstop", [1, 21])).toEqual(["⒈", "21"]);
  });

  it("writes full-width and zero-padded decimals", () => {
    expect(series("decimalFullWidth", [7, 12])).toEqual(["７", "１２"]);
    expect(series("decimalZero", [7, 12])).toEqual(["07", "12"]);
  });

  it("writes letters the way Word repeats them and Roman numerals", () => {
    expect(series("upperLetter", [1, 26, 27, 28, 53, 780, 781])).toEqual([
      "A",
      "Z",
      "AA",
      "BB",
      "AAA",
      "Z".repeat(30),
      "781",
    ]);
    expect(series("lowerLetter", [3])).toEqual(["c"]);
    expect(series("upperRoman", [4, 9, 14, 1994])).toEqual(["IV", "IX", "XIV", "MCMXCIV"]);
    expect(series("lowerRoman", [3])).toEqual(["iii"]);
  });

  it("writes nothing for none and bullet, and decimal for formats it does not know", () => {
    expect(series("none", [1])).toEqual([""]);
    expect(series("bullet", [1])).toEqual([""]);
    expect(series("hebrew2", [5])).toEqual(["5"]);
    expect(series("upperRoman", [0])).toEqual(["0"]);
  });
});
