import { isNoneMark, isTemplateMask } from "../../../src/engine/_lib/cell-marks";

describe("the cell vocabulary", () => {
  it.each([
    "/",
    "／",
    "\\",
    "＼",
    "∕",
    "-",
    "--",
    "—",
    "——",
    "–",
    "‒",
    "―",
    "――",
    "─",
    "━",
    "ー",
    "−",
    "﹘",
    "﹣",
    "－",
    "⸺",
    "无",
    "無",
    "空",
    "暂无",
    "暫無",
    "没有",
    "沒有",
    "未发生",
    "暂未发生",
    "不涉及",
    "无此项",
    "无。",
    " 暂无 ",
    "N/A",
    "×",
    "x",
    "X",
  ])("reads %j as a mark for none", (text) => {
    expect(isNoneMark(text)).toBe(true);
  });

  it.each(["", " ", "0", "12", "一", "—3", "-1", "无法提供", "有", "XX", "××", "/-", "———————"])(
    "does not read %j as a mark for none",
    (text) => {
      expect(isNoneMark(text)).toBe(false);
    },
  );

  it.each(["XX", "xx", "××", "XXX", "ＸＸ", "X件", "××元", "XX万元", "____", "＿＿"])(
    "reads %j as a template's mask",
    (text) => {
      expect(isTemplateMask(text)).toBe(true);
    },
  );

  it.each(["x", "×", "X", "_", "Xbox", "12", "XX镇"])("does not read %j as a template's mask", (text) => {
    expect(isTemplateMask(text)).toBe(false);
  });
});
