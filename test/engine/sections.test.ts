import fc from "fast-check";
import {
  findSections,
  NUMBERED_CLOSE,
  splitHeading,
  titleCloseness,
  withoutEndColon,
} from "../../src/engine/sections";
import { labelKey } from "../../src/engine/normalise";
import { format2021 } from "../../src/template";
import { para } from "../helpers/snapshot";

const find = (...paragraphs: ReturnType<typeof para>[]) =>
  findSections({ blocks: paragraphs }, format2021.sections).map((s) => [s.key, s.prefix, s.title]);

describe("findSections", () => {
  it("finds the six official headings", () => {
    const headings = format2021.sections.map((s) => para(`${s.numeral}、${s.title}`));
    expect(find(...headings).map(([k]) => k)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
  });

  it("reads the heading forms real reports use", () => {
    expect(find(para("2、 主动公开政府信息情况"))).toEqual([["s2", "2、", "exact"]]);
    expect(find(para("（三）收到和处理政府信息公开申请情况"))).toEqual([["s3", "（三）", "exact"]]);
    expect(find(para("## 四、政府信息公开行政复议、行政诉讼情况"))).toEqual([["s4", "四、", "exact"]]);
    expect(find(para("五、存在问题及改进情况"))).toEqual([["s5", "五、", "variant"]]);
    expect(find(para("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况"))).toEqual([
      ["s4", "四、", "variant"],
    ]);
    expect(find(para("六、其他需要報告的事項"))).toEqual([["s6", "六、", "exact"]]);
    expect(find(para("三、收到和处理政府信息 公开申请情况"))).toEqual([["s3", "三、", "exact"]]);
    // a web editor's zero-width space, BOM or word joiner before the numbering
    for (const invisible of ["\u200b", "\ufeff", "\u2060 "])
      expect(find(para(`${invisible}一、总体情况`))).toEqual([["s1", "一、", "exact"]]);
  });

  it("takes the numbering from Word's automatic list numbering", () => {
    const p = para("主动公开政府信息情况", { listText: "2、" });
    expect(find(p)).toEqual([["s2", "2、", "exact"]]);
    expect(splitHeading(p).fromList).toBe(true);
  });

  it("does not take a subsection or an intro sentence for a section heading", () => {
    expect(find(para("（一）主动公开情况。我镇高度重视政府信息公开工作"))).toEqual([]);
    expect(
      find(para("从总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分编制本报告。")),
    ).toEqual([]);
  });

  it("finds a heading run into its section's text, and where that text starts", () => {
    const at = (text: string) => {
      const [found] = findSections({ blocks: [para(text)] }, format2021.sections);
      return [found.key, found.title, found.textFrom === undefined ? undefined : text.slice(found.textFrom)];
    };
    const [runIn] = findSections({ blocks: [para("六、其他需要报告的事项：无。")] }, format2021.sections);
    expect(runIn.heading).toBe("六、其他需要报告的事项");
    expect(at("六、其他需要报告的事项：本机关无其他需要报告的事项。")).toEqual([
      "s6",
      "exact",
      "本机关无其他需要报告的事项。",
    ]);
    expect(at("六、其他需要报告的事项。 无。")).toEqual(["s6", "exact", "无。"]);
    expect(at("五、存在问题及改进情况：一是公开不及时。")).toEqual(["s5", "variant", "一是公开不及时。"]);
    expect(at("六、其他需要報告的事項：無。")).toEqual(["s6", "exact", "無。"]);
    const long = "2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。".repeat(8);
    expect(at(`一、总体情况。${long}`)).toEqual(["s1", "exact", long]);
    // a long paragraph is body text unless "一、" and the official title start it
    expect(find(para(`（二）主动公开政府信息情况。${long}`))).toEqual([]);
    expect(find(para(`2、主动公开政府信息情况。${long}`))).toEqual([]);
    expect(find(para(`一、总体的情况。${long}`))).toEqual([]);
    // a title alone, its colon or full stop after it, has no text of the section
    expect(at("六、其他需要报告的事项：")).toEqual(["s6", "exact", undefined]);
    expect(at("六、其他需要报告的事项")).toEqual(["s6", "exact", undefined]);
  });

  it("prefers the numbered heading over an earlier mention", () => {
    const found = findSections(
      { blocks: [para("（一）总体情况"), para("一、总体情况")] },
      format2021.sections,
    );
    expect(found[0].block).toBe(1);
  });
});

describe("the time sections take", () => {
  it("is linear in the number of heading-like lines (a file of thousands of 一 and 三 headings)", () => {
    const headings = format2021.sections.map((s) => para(`${s.numeral}、${s.title}`));
    const pair = [para("一、总体情况"), para("三、收到和处理政府信息公开申请情况")];
    const doc = (n: number) => ({ blocks: [...headings, ...Array.from({ length: n }, () => pair).flat()] });
    /** The least CPU time of three runs, in milliseconds: other processes on the machine do not count. */
    const cpu = (n: number): number => {
      const snapshot = doc(n);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = process.cpuUsage();
        findSections(snapshot, format2021.sections);
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    cpu(1000);
    // sixteen times the lines: about sixteen times the time when linear, 256 when quadratic
    expect(cpu(48_000) / Math.max(cpu(3_000), 0.5)).toBeLessThan(64);
  });
});

describe("headings found by meaning", () => {
  const official = format2021.sections.map((s) => para(`${s.numeral}、${s.title}`));
  const withHeading = (i: number, text: string) => official.map((p, j) => (j === i ? para(text) : p));
  const found = (blocks: ReturnType<typeof para>[]) =>
    findSections({ blocks }, format2021.sections).map((s) => [s.key, s.title]);

  it("binds a drifted or mistyped heading to its section, as similar", () => {
    expect(found(withHeading(4, "五、存在的主要问题和改进举措"))[4]).toEqual(["s5", "keywords"]);
    expect(found(withHeading(3, "四、政府信息公开行政复义、行政诉讼情况"))[3]).toEqual(["s4", "similar"]);
    expect(found(withHeading(2, "三、收到和处理政府信思公开申请情况"))[2]).toEqual(["s3", "keywords"]);
    expect(found(withHeading(0, "一、总休情况"))[0]).toEqual(["s1", "similar"]);
  });

  it("binds an unnumbered close heading only in its place", () => {
    expect(found(withHeading(3, "政府信息公开行政复义、行政诉讼情况"))[3]).toEqual(["s4", "similar"]);
    // the same words after section 六 are not section 四
    const moved = [...official.filter((_, j) => j !== 3), para("政府信息公开行政复义、行政诉讼情况")];
    expect(found(moved).map(([k]) => k)).toEqual(["s1", "s2", "s3", "s5", "s6"]);
  });

  it("keeps different sections' titles apart: no title is close to another section's", () => {
    const titles = format2021.sections.map((s) => [s.title, ...s.variants].map(labelKey));
    titles.forEach((mine, i) =>
      titles.forEach((theirs, j) => {
        if (i === j) return;
        for (const t of mine) expect(titleCloseness(t, theirs)).toBeLessThan(NUMBERED_CLOSE);
      }),
    );
  });
});

describe("withoutEndColon", () => {
  it("removes the colon at a title's end as the pattern [:：]\\s*$ does", () => {
    const unit = fc.constantFrom(":", "：", " ", "\u3000", "\n", "\t", "a", "情", "况", ";");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (units) => {
        const title = units.join("");
        expect(withoutEndColon(title)).toBe(title.replace(/[:：]\s*$/, ""));
      }),
    );
  });
});
