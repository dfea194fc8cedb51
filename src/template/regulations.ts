/**
 * The laws, regulations and notices disclosure reports cite, by their exact official names
 * (as promulgated; the 条例 was revised in 2019 under the same name). `regulation-name` checks
 * the names reports cite against this list.
 */
export interface Regulation {
  /** The official name, without 《》. */
  readonly name: string;
  /** Its document number, where the name alone is not the whole reference. */
  readonly number?: string;
}

export const regulations: readonly Regulation[] = [
  { name: "中华人民共和国政府信息公开条例", number: "国务院令第711号" },
  { name: "中华人民共和国政府信息公开工作年度报告格式", number: "国办公开办函〔2021〕30号" },
  { name: "中华人民共和国政府信息公开工作年度报告格式（试行）", number: "国办公开办函〔2019〕60号" },
  { name: "政府信息公开信息处理费管理办法", number: "国办函〔2020〕109号" },
  { name: "关于全面推进政务公开工作的意见", number: "中办发〔2016〕8号" },
  { name: "关于全面推进基层政务公开标准化规范化工作的指导意见", number: "国办发〔2019〕54号" },
  { name: "国务院办公厅关于推进政务新媒体健康有序发展的意见", number: "国办发〔2018〕123号" },
  { name: "党政机关公文处理工作条例" },
  { name: "优化营商环境条例" },
  { name: "信访工作条例" },
  { name: "重大行政决策程序暂行条例" },
  { name: "中华人民共和国保守国家秘密法" },
  { name: "中华人民共和国档案法" },
  { name: "中华人民共和国个人信息保护法" },
  { name: "中华人民共和国数据安全法" },
  { name: "中华人民共和国网络安全法" },
  { name: "中华人民共和国立法法" },
  { name: "中华人民共和国行政许可法" },
  { name: "中华人民共和国行政处罚法" },
  { name: "中华人民共和国行政强制法" },
  { name: "中华人民共和国行政复议法" },
  { name: "中华人民共和国行政诉讼法" },
  { name: "中华人民共和国突发事件应对法" },
  { name: "中华人民共和国民法典" },
];
