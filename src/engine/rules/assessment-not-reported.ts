import { isGovernment } from "../agency";
import type { Rule } from "../rule";

/** What 条例第五十条第四项 asks a people's government to report, with the words that say it. */
const ITEMS: readonly { readonly zh: string; readonly en: string; readonly said: RegExp }[] = [
  { zh: "工作考核", en: "performance assessment", said: /考核/ },
  // a satisfaction rate alone ("满意度98%") is a survey, not the 社会评议 the article asks for
  { zh: "社会评议", en: "public evaluation", said: /评议|社会评价/ },
  { zh: "责任追究", en: "accountability", said: /追究|问责/ },
];

/**
 * A people's government (乡镇, 县, 市…, not its departments or a 街道办事处) reports in 一、总体情况
 * the results of 工作考核, 社会评议 and 责任追究 (条例第五十条第四项; 30号: 监督保障“含…”),
 * and says so when there were none. The body is known from the title or the signature.
 */
const rule: Rule = {
  id: "assessment-not-reported",
  meta: {
    description: {
      zh: "各级人民政府的年度报告应在“一、总体情况”中报告工作考核、社会评议和责任追究结果情况（没有的也应写明）。",
      en: "A people's government's report must state, under 一 (overview), the results of performance assessment, public evaluation and accountability (or that there were none).",
    },
    severity: "warning",
    tags: ["narrative", "content"],
    basis: "条例第五十条第四项；国办公开办函〔2021〕30号（一）总体情况",
    messages: {
      missing: {
        zh: "“一、总体情况”没有写到{items}结果情况。{agency}是人民政府，按条例第五十条第四项应当报告工作考核、社会评议和责任追究结果情况；没有的，也应写明“未发生……”。",
        en: "Section 一 does not mention the results of {itemsEn}. {agency} is a people's government and must report performance assessment, public evaluation and accountability (条例 art. 50(4)); say so when there were none.",
      },
    },
  },
  check(context) {
    const overview = context.text.sections.get("s1");
    const agency = context.agency;
    if (!overview?.length || !agency || !isGovernment(agency.name)) return;
    const text = overview.map((p) => p.text).join("");
    const missing = ITEMS.filter((item) => !item.said.test(text));
    if (!missing.length) return;
    context.report({
      messageId: "missing",
      section: "s1",
      actual: missing.map((m) => m.zh).join("、"),
      ref: overview[0].ref,
      data: {
        agency: agency.name,
        items: missing.map((m) => m.zh).join("、"),
        itemsEn: missing.map((m) => m.en).join(", "),
      },
    });
  },
};

export default rule;
