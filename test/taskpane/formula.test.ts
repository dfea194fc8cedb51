import { formulaOf } from "../../src/taskpane/formula";
import { strings } from "../../src/taskpane/strings";

const zh = strings.zh;
const t = (label: string, value: number | null, blank = false) => ({ label, value, blank });

describe("formulaOf", () => {
  it("writes both sides with their sums and the difference", () => {
    const data = {
      terms: { left: [t("一", 60), t("二", 0)], right: [t("三（七）", 61), t("四", 0)] },
      leftSum: 60,
      rightSum: 61,
      diff: -1,
    };
    expect(formulaOf(data, zh, true)).toBe("一(60) + 二(0) = 60，三（七）(61) + 四(0) = 61，差 1");
  });

  it("writes a single-term side without a sum", () => {
    const data = {
      terms: { left: [t("自然人", 3), t("法人", 4)], right: [t("总计", 8)] },
      leftSum: 7,
      rightSum: 8,
      diff: -1,
    };
    expect(formulaOf(data, zh, true)).toBe("自然人(3) + 法人(4) = 7，总计(8)，差 1");
  });

  it("says blank for a blank cell counted as 0, whether marked by null or by blank", () => {
    const data = {
      terms: { left: [t("一", null), t("二", 0, true)], right: [t("总计", 1)] },
      leftSum: 0,
      rightSum: 1,
      diff: -1,
    };
    expect(formulaOf(data, zh, true)).toBe("一(空白) + 二(空白) = 0，总计(1)，差 1");
  });

  it("folds the zero terms of a long sum", () => {
    const left = [t("1", 0), t("2", 5), t("3", 0), t("4", 0), t("5", null)];
    const data = { terms: { left, right: [t("总计", 4)] } };
    expect(formulaOf(data, zh, true)).toBe("2(5) + 5(空白) + 其余 3 项(0) = 5，总计(4)，差 1");
  });

  it("computes sums when the finding leaves them out, and speaks English", () => {
    const data = { terms: { left: [t("a", 1.5), t("b", 1)], right: [t("total", 2)] } };
    expect(formulaOf(data, strings.en, false)).toBe("a(1.5) + b(1) = 2.5, total(2), difference 0.5");
  });

  it("is null for a finding that is not a sum", () => {
    expect(formulaOf({}, zh, true)).toBeNull();
    expect(formulaOf({ terms: { left: [], right: [] } }, zh, true)).toBeNull();
  });
});
