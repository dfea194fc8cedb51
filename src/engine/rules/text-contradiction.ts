import { cellName } from "../describe";
import { around, proseParagraphs } from "../narrative/prose";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";

// "所有申请均已办结", "均已按期答复", "已全部办结", "全部在法定期限内答复完毕"
const ALL_DONE =
  /(?:均|全部|都|全都|悉数)(?:已|已经)?(?:按期|按时|依法|如期|在法定期限内|在规定时限内)?(?:办结|答复完毕|办理完毕|予以答复|作出答复|答复)|(?:已|已经)(?:全部|全都)(?:按期|按时|依法)?(?:办结|答复|办理完毕)|(?:无|没有)(?:申请)?结转(?:至|到)?下一?年/;
// what the sentence must be about: applications for information, not 建议, 提案 or 信访
const ABOUT_APPLICATIONS = /申请/;
const ABOUT_OTHERS = /建议|提案|信访|复议|诉讼|举报|投诉|留言|咨询|热线/;
// "已办结的均已按期答复", "其余…", "除2件结转下年度外": the sentence itself allows for some not closed
const ALLOWING = /已办结的|办结的申请|已答复的|其余|除[^,，。;；]{0,20}外|结转/;

/**
 * Statements the tables contradict in kind rather than in a figure (figures are
 * `text-table-mismatch`'s): every application closed or answered, while table 三 carries some
 * over to next year.
 */
const rule: Rule = {
  id: "text-contradiction",
  meta: {
    description: {
      zh: "正文的定性表述不能与统计表矛盾：写“所有申请均已办结”“均已按期答复”或“无结转”的，表三“四、结转下年度继续办理”应为 0。",
      en: "The text must not contradict the tables: a report that says every application was closed or answered (or none carried over) must carry none over to next year in table 3.",
    },
    severity: "error",
    tags: ["text", "table3"],
    basis: "R11；条例第三十三条",
    messages: {
      allDone: {
        zh: "正文说“{quote}”，但{cell}为 {carried} 件：还有申请结转下年度继续办理。",
        en: 'The text says "{quote}", but {cell} is {carried}: some applications carry over to next year.',
      },
    },
  },
  check(context) {
    const binding = context.tables.get("table3");
    const carried = binding?.cells.get(cellId("carried_forward", "total"));
    if (!binding || !carried || carried.value.kind !== "number" || carried.value.value <= 0) return;
    for (const p of proseParagraphs(context.text)) {
      // a claim counts only in a sentence about 申请: a paragraph without the word holds none
      if (!p.text.includes("申请")) continue;
      let offset = 0;
      for (const sentence of p.text.split(/(?<=[。;；!?])/)) {
        const m =
          ABOUT_APPLICATIONS.test(sentence) && !ABOUT_OTHERS.test(sentence) ? ALL_DONE.exec(sentence) : null;
        // "无结转下年度" says so outright; any other claim stands unless the sentence allows exceptions
        if (m && (m[0].includes("结转") || !ALLOWING.test(sentence))) {
          const at = offset + m.index;
          context.report({
            messageId: "allDone",
            section: p.section,
            table: "table3",
            row: "carried_forward",
            column: "total",
            cells: [{ table: "table3", row: "carried_forward", column: "total" }],
            ref: p.ref,
            expected: 0,
            actual: carried.value.value,
            data: {
              quote: around(p, at, at + m[0].length, 12),
              cell: cellName(binding.table, carried.key),
              carried: carried.value.value,
            },
          });
        }
        offset += sentence.length;
      }
    }
  },
};

export default rule;
