import { check } from "../../../src/engine";
import { brief, findingsOf } from "../../helpers/rule-tester";
import { para, report, tableFromRows } from "../../helpers/snapshot";

const doc = (...texts: string[]) => ({ blocks: texts.map((t, i) => para(t, { ref: { p: i } })) });

describe("not-a-report", () => {
  it("finds nothing in a report, nor in a report that has only one section heading or one table", () => {
    expect(findingsOf("not-a-report", report())).toEqual([]);
    expect(findingsOf("not-a-report", doc("某镇年度报告", "一、总体情况", "本年度……"))).toEqual([]);
    const onlyTable3 = report({ section: (key, blocks) => (key === "s3" ? blocks.slice(2) : []) });
    expect(findingsOf("not-a-report", onlyTable3)).toEqual([]);
  });

  it("says an empty document is empty", () => {
    expect(findingsOf("not-a-report", { blocks: [] }).map(brief)).toEqual([
      expect.objectContaining({ rule: "not-a-report", messageId: "empty", section: null, table: null }),
    ]);
    expect(findingsOf("not-a-report", doc("", "  "))[0].messageId).toBe("empty");
  });

  it("says a document of pictures and hardly any text is probably a scan", () => {
    const scan = { blocks: [para("", { pictures: 3 }), para("第1页", { pictures: 2 })] };
    const [finding] = findingsOf("not-a-report", scan);
    expect(finding.messageId).toBe("scanned");
    expect(finding.message).toContain("5 张");
    expect(finding.severity).toBe("error");
  });

  it("tells an English document from any other document", () => {
    const english = doc(
      "2023 Annual Report on Government Information Disclosure",
      "I. Overview",
      "In 2023 the bureau disclosed 120 documents and received 15 applications.",
    );
    expect(findingsOf("not-a-report", english)[0].messageId).toBe("english");
    const notice = doc("关于召开2024年工作会议的通知", "各科室：定于下周一召开会议，请准时参加。");
    expect(findingsOf("not-a-report", notice)[0].messageId).toBe("other");
    const spreadsheet = {
      blocks: [
        tableFromRows([
          ["姓名", "电话"],
          ["张三", "123"],
        ]),
      ],
    };
    expect(findingsOf("not-a-report", spreadsheet)[0].messageId).toBe("other");
  });

  it("stands alone: a check of a file that is no report gives this one finding and nothing else", () => {
    const { findings, sections, tables } = check(doc("关于召开工作会议的通知", "各科室："), { strict: true });
    expect(findings.map((f) => f.rule)).toEqual(["not-a-report"]);
    expect(sections.every((s) => !s.found) && tables.every((t) => !t.found)).toBe(true);
  });

  it("leaves the other rules to report what a report lacks", () => {
    const rules = check(doc("一、总体情况", "本年度……"), { strict: true }).findings.map((f) => f.rule);
    expect(rules).toContain("section-missing");
    expect(rules).toContain("table-missing");
    expect(rules).not.toContain("not-a-report");
  });
});
