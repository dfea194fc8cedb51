import fc from "fast-check";
import {
  labelKey,
  lettersAndDigits,
  normaliseText,
  stripPinyinGlosses,
  toHalfWidth,
  toSimplified,
} from "../../src/engine/normalise";

describe("normalisation", () => {
  it("removes the pinyin glosses conversion tools leave", () => {
    expect(stripPinyinGlosses("領(lǐng)導(dǎo)小組")).toBe("領導小組");
    expect(stripPinyinGlosses("（一）予以公开")).toBe("（一）予以公开");
  });

  it("converts traditional to simplified characters", () => {
    expect(toSimplified("本年制發件數")).toBe("本年制发件数");
  });

  it("turns full-width digits and brackets half-width", () => {
    expect(toHalfWidth("（１２）")).toBe("(12)");
  });

  it("gives one key for the label's spaced, bracketed, quoted and traditional forms", () => {
    const key = labelKey("3.危及“三安全一稳定”");
    expect(labelKey('3. 危及"三安全一稳定"')).toBe(key);
    expect(labelKey("3.危及「三安全一穩定」")).toBe(key);
    expect(labelKey("商業\n企業")).toBe(labelKey("商业企业"));
    expect(labelKey("(三) 不予 公开")).toBe(labelKey("（三）不予公开"));
    expect(labelKey("本年制發(fā)件數(shù)")).toBe(labelKey("本年制发件数"));
  });

  it("keeps exactly the letters and digits, as the Unicode pattern does", () => {
    const reference = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, "");
    // every code unit of the plane, one at a time: the ranges told at a glance included
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if (lettersAndDigits(unit) !== reference(unit)) differing.push(c);
    }
    expect(differing).toEqual([]);
    const unit = fc.oneof(
      fc.constantFrom(
        "年",
        "〇",
        "々",
        "、",
        "“",
        "Ⅳ",
        "①",
        "𠀀",
        "\ud840",
        "\udc00",
        "é",
        "A",
        "z",
        "9",
        " ",
        "_",
      ),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join("");
        expect(lettersAndDigits(text)).toBe(reference(text));
      }),
    );
  });

  it("collapses spaces in paragraph text", () => {
    expect(normaliseText("三、 本 年 度")).toBe("三、 本 年 度".replace(/\s+/g, " "));
  });
});
