import { findingsOf } from "../../helpers/rule-tester";
import { para, report } from "../../helpers/snapshot";
import type { DocumentSnapshot } from "../../../src/engine";

const RULE = "year-missing";
const withoutYears = (snapshot: DocumentSnapshot): DocumentSnapshot => ({
  blocks: snapshot.blocks.map((b) =>
    b.kind === "paragraph" ? { ...b, text: b.text.replace(/(?:19|20)\d{2}年/g, "【请填写】年") } : b,
  ),
});

describe(RULE, () => {
  it("says nothing when the title states the year", () => {
    expect(findingsOf(RULE, report())).toEqual([]);
  });

  it("warns once when no year is written anywhere", () => {
    const found = findingsOf(RULE, withoutYears(report()));
    expect(found.map((f) => [f.severity, f.messageId])).toEqual([["warning", "missing"]]);
  });

  it("says nothing when the body names the year, though the title does not", () => {
    const snapshot = withoutYears(report());
    const blocks = [...snapshot.blocks, para("2023年本机关未收取信息处理费。")];
    expect(findingsOf(RULE, { blocks })).toEqual([]);
  });
});
