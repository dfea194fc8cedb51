/**
 * Why a rule exists, in the clerk's words: its one-sentence description and its official basis.
 * The rule pages (scripts/build-rule-docs.ts → docs/rules) and the pane's 为什么 both read this,
 * so the two never say different things.
 */
import type { Message } from "./rule";
import { rules } from "./rules";

/** The relations of format-2021.md §5 a rule's basis may name (R1…). */
export const RELATIONS: Readonly<Record<string, string>> = {
  R1: "表三每一列：一 + 二 = 三（七）+ 四（表头注明的勾稽关系“第一项加第二项之和，等于第三项加第四项之和”）",
  R2: "表三每一列：“（七）总计”= （一）至（六）各项之和（由表格结构得出）",
  R3: "表三每一行：“总计”= 自然人与五类法人或其他组织之和（由表格结构得出）",
  R5: "表四每一组：“总计”= 结果维持 + 结果纠正 + 其他结果 + 尚未审结（由表格结构得出）",
  R6: "表中的件数是非负整数（2019 年格式的“本年增/减”可以为负）；“本年收费金额（单位：万元）”是非负数，可以有小数",
  R7: "跨年度：本年表三“二、上年结转”= 上年报告表三“四、结转下年度继续办理”，逐列成立",
  R8: "跨年度（参考）：本年表二“现行有效件数”≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数",
  R9: "同一年度（参考）：表二“现行有效件数”≥ 本年制发件数 − 本年废止件数（本年制发、未废止的文件年末仍然有效）",
  R10: "只有省级人民政府和设区的市、自治州的人民政府可以制定规章（《立法法》第九十三条）：乡镇、街道、县级机关的“规章”一行应为 0",
  R11: "正文中写到的件数（收到申请、上年结转、予以公开、行政复议等）应与统计表中对应的单元格一致",
};

/** A basis spelled out: each relation it names (R1…) followed by what the relation says. */
export function basisText(basis: string): string {
  return basis.replace(/\bR\d+\b/g, (r) => (RELATIONS[r] ? `${r}（${RELATIONS[r]}）` : r));
}

export interface RuleExplanation {
  readonly description: Message;
  /** The official basis, relations spelled out (Chinese: the notice and the 条例 are Chinese). */
  readonly basis: string;
}

/** A rule's explanation by id; null for an id no rule has (internal-error). */
export function explainRule(id: string): RuleExplanation | null {
  const rule = rules.find((r) => r.id === id);
  return rule ? { description: rule.meta.description, basis: basisText(rule.meta.basis) } : null;
}
