import type { AgencyLevel } from "../agency";
import { cellName } from "../describe";
import type { Rule } from "../rule";
import { cellId } from "../tables/binding";
import { DOCUMENT_COLUMNS } from "./_lib/document-counts";

const LEVELS: Readonly<Record<AgencyLevel, { zh: string; en: string }>> = {
  township: { zh: "乡镇", en: "a township" },
  street: { zh: "街道", en: "a sub-district" },
  county: { zh: "县级（区级）机关", en: "a county-level body" },
};

/**
 * R10: only provincial governments and those of 设区的市 and 自治州 make 规章. A township, a
 * sub-district or a county-level body that reports 规章 has usually put its 行政规范性文件 in
 * the wrong row. The level comes from the name in the title; unclear names are left alone.
 */
const rule: Rule = {
  id: "regulations-without-power",
  meta: {
    description: {
      zh: "乡镇、街道和县级（区级）机关没有制定规章的权限，表二“规章”一行应为 0；填了数字的，多半是把行政规范性文件填错了行。",
      en: "Townships, sub-districts and county-level bodies cannot make 规章 (government rules): their 规章 row in table 2 should be 0; a figure there is usually a normative document in the wrong row.",
    },
    severity: "warning",
    tags: ["table2", "plausibility"],
    basis: "R10",
    messages: {
      notZero: {
        zh: "{agency}属于{level}，没有制定规章的权限（《立法法》第九十三条），{cell}应为 0，实为 {actual}。如填的是本机关制发的行政规范性文件，请移到“行政规范性文件”一行。",
        en: "{agency} is {levelEn}, which cannot make 规章 (Legislation Law, art. 93): {cell} should be 0, is {actual}. If these are the body's normative documents, move them to the 行政规范性文件 row.",
      },
    },
  },
  check(context) {
    const binding = context.tables.get("table2");
    const agency = context.agency;
    if (!binding || !agency?.level) return;
    const cells = DOCUMENT_COLUMNS.map((column) => binding.cells.get(cellId("regulations", column)));
    const first = cells.find((c) => c?.value.kind === "number" && c.value.value > 0);
    if (!first || first.value.kind !== "number") return;
    const level = LEVELS[agency.level];
    context.report({
      messageId: "notZero",
      section: binding.table.section,
      table: "table2",
      row: "regulations",
      column: first.key.column,
      expected: 0,
      actual: first.value.value,
      cells: DOCUMENT_COLUMNS.map((column) => ({ table: "table2", row: "regulations", column }) as const),
      ref: first.ref,
      data: {
        agency: agency.name,
        level: level.zh,
        levelEn: level.en,
        cell: cellName(binding.table, first.key),
        actual: first.value.value,
      },
    });
  },
};

export default rule;
