import { check, type DocumentSnapshot } from "../../../src/engine";
import { report } from "../../helpers/snapshot";

const RULE = "assessment-not-reported";

/** A report by `agency` whose section 一 says `overview`. */
function reportBy(agency: string, overview: string): DocumentSnapshot {
  const snapshot = report({
    section: (key, blocks) =>
      key === "s1"
        ? [blocks[0], { ...blocks[1], text: overview } as (typeof blocks)[1], ...blocks.slice(2)]
        : blocks,
  });
  const [title, ...rest] = snapshot.blocks;
  return { blocks: [{ ...title, text: `${agency}2022年政府信息公开工作年度报告` } as typeof title, ...rest] };
}
const found = (snapshot: DocumentSnapshot) => check(snapshot, { rules: [RULE], strict: true }).findings;

const FULL =
  "本年度政务公开工作纳入年度目标考核，考核结果为良好；社会评议满意度为96.8%；未发生因政府信息公开工作被责任追究的情况。";

describe(RULE, () => {
  it("warns a people's government whose 总体情况 leaves out what 条例第五十条第四项 asks, naming what is missing", () => {
    const [f, ...more] = found(
      reportBy("白石镇人民政府", "本年度，本镇扎实推进主动公开，政务公开工作纳入年度考核。"),
    );
    expect(more).toEqual([]);
    expect([f.severity, f.section, f.actual]).toEqual(["warning", "s1", "社会评议、责任追究"]);
    expect(f.message).toBe(
      "“一、总体情况”没有写到社会评议、责任追究结果情况。白石镇人民政府是人民政府，按条例第五十条第四项应当报告工作考核、社会评议和责任追究结果情况；没有的，也应写明“未发生……”。",
    );
  });

  it.each(["白石镇人民政府", "保德县", "青石市人民政府"])(
    "finds nothing when %s reports all three",
    (agency) => {
      expect(found(reportBy(agency, FULL))).toEqual([]);
    },
  );

  it.each(["青山县市场监督管理局", "南山街道办事处", "青石县人民政府办公室"])(
    "leaves %s alone: a department or a 街道 is not a people's government",
    (agency) => {
      expect(found(reportBy(agency, "本年度主动公开政府信息318条。"))).toEqual([]);
    },
  );

  it("does not take 可评价性 for 社会评议", () => {
    const overview = "确保工作的执行力、透明度和可评价性。年度考核优秀，未发生责任追究。";
    expect(found(reportBy("大盛镇人民政府", overview)).map((f) => f.actual)).toEqual(["社会评议"]);
  });

  it("does not take a satisfaction rate alone for 社会评议", () => {
    const overview = "年度考核结果为良好，群众满意度达98%，未发生责任追究。";
    expect(found(reportBy("大盛镇人民政府", overview)).map((f) => f.actual)).toEqual(["社会评议"]);
  });
});
