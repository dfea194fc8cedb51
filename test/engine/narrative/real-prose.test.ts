/**
 * The wording rules stay quiet on the way real reports write: sentences in the manner of
 * published reports (reduplication, figures, dates, websites, comparisons with other years,
 * plans for next year, short titles of laws), in a 2023 report of a county department.
 */
import { check } from "../../../src/engine";
import { reportWith } from "../../helpers/narrative";

const RULES = [
  "text-contradiction",
  "year-mismatch",
  "outline-numbering",
  "section-thin",
  "repeated-word",
  "empty-brackets",
  "punctuation",
  "regulation-name",
  "published-late",
];

const HEAD = [
  "青石县财政局2023年政府信息公开工作年度报告",
  "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
];

const PROSE = {
  s1: [
    "2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《政府信息公开条例》和《2023年政务公开工作要点》，做到人人参与、事事公开、件件有回音。",
    "（一）主动公开。全年主动公开政府信息1,256条，较2022年增长12.5%；政府网站www.czj.gov.cn每日9:00更新，累计访问量达3.2万人次。",
    "（二）依申请公开。本年新收政府信息公开申请15件，上年结转1件，已办结的申请均已按期答复，另有2件结转下年度继续办理。",
    "（三）政府信息管理。严格落实“三审三校”制度，一一核对公开内容，实实在在地把好质量关；对照2022年度政府信息公开工作考核反馈的问题逐项整改。",
    "（四）平台建设。完善政府网站政务公开专栏，常常更新、天天巡查，确保栏目内容准确。",
    "（五）监督保障。将政务公开工作纳入年度目标考核，在全县2022年度政务公开工作考核中获评优秀等次。",
  ],
  s5: [
    "（一）存在的主要问题。一是政策解读形式较为单一；二是信息更新不够及时，个别栏目有待进一步完善。",
    "（二）改进措施。一是丰富解读形式，采用图解、视频等方式；二是建立更新台账，确保信息及时准确。2024年，我局将进一步加强培训，研究研究新情况，一步一步抓好落实。",
  ],
  s6: [
    "（一）信息处理费收取情况。本年度未收取信息处理费。",
    "（二）人大代表建议和政协提案办理情况。共承办人大代表建议3件、政协提案2件，已全部按期办结，满意率100%。",
  ],
};

describe("the wording rules on the way real reports write", () => {
  it("find nothing in a well-written report", () => {
    const snapshot = reportWith(PROSE, { year: 2023, head: HEAD, tail: ["青石县财政局", "2024年1月26日"] });
    const found = check(snapshot, { rules: RULES, strict: true }).findings;
    expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
