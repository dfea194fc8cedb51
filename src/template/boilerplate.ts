import type { SectionKey } from "../engine/types";

/**
 * The text of a blank report: what the template command writes and what the add-in inserts for a
 * missing section. Every place the clerk must write is a 【请填写…】 placeholder, which the checker
 * reports while it is left in (`template-leftover`). No figures appear in the text: numbers
 * belong in the tables, and a number typed here could contradict them.
 */
export const PLACEHOLDER_OPEN = "【请填写";

/** A placeholder, with what to write when given. */
export const placeholder = (what?: string): string => (what ? `【请填写：${what}】` : "【请填写】");

/** The title of a report on `year`. */
export const reportTitle = (year: number): string =>
  `${placeholder("机关名称")}${year}年政府信息公开工作年度报告`;

/** The paragraph under the title. */
export const reportOpening = (year: number): readonly string[] => [
  `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。` +
    `本报告所列数据统计期限为${year}年1月1日至${year}年12月31日。` +
    `如对本报告有疑问，请与${placeholder("联系机关、地址、电话")}联系。`,
];

/** The signature block at the end. */
export const reportSignature: readonly string[] = [placeholder("机关名称"), placeholder("日期")];

/**
 * Body text of each section, after its heading and before its table. Section 一 lists the five
 * aspects the notice names (国办公开办函〔2021〕30号 “（一）总体情况”).
 */
export const sectionBoilerplate: Readonly<Record<SectionKey, readonly string[]>> = {
  s1: [
    `（一）主动公开。${placeholder("本年度主动公开政府信息的主要做法和成效")}`,
    `（二）依申请公开。${placeholder("受理、办理和答复政府信息公开申请的做法")}`,
    `（三）政府信息管理。${placeholder("信息发布审查、政策文件清理等做法")}`,
    `（四）政府信息公开平台建设。${placeholder("政府网站、政务新媒体、公开栏等平台的建设和使用")}`,
    `（五）监督保障。${placeholder("工作机构、培训、考核等保障措施；各级人民政府还应写明工作考核、社会评议和责任追究结果")}`,
  ],
  s2: [`本年度主动公开政府信息的数据见下表。${placeholder("需要说明的事项，没有则删去本句")}`],
  s3: [`本年度收到和处理政府信息公开申请的数据见下表。${placeholder("需要说明的事项，没有则删去本句")}`],
  s4: [
    `本年度因政府信息公开工作被申请行政复议、提起行政诉讼的数据见下表。${placeholder("需要说明的事项，没有则删去本句")}`,
  ],
  s5: [
    `（一）存在的主要问题。${placeholder("本年度政府信息公开工作存在的主要问题")}`,
    `（二）改进情况。${placeholder("针对上述不足和上一年度报告所列事项采取的措施及成效")}`,
  ],
  s6: [
    placeholder(
      "依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，未收取的写明本年度未收取信息处理费；以及政务公开工作要点落实等其他事项",
    ),
  ],
};
