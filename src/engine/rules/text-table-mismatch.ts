import type { TableTemplate } from "../../template";
import { cellName, shortTableName } from "../describe";
import { statementsOf, type FigureId, type Statement } from "../narrative/statements";
import type { Rule, RuleContext } from "../rule";
import { cellId, type TableBinding } from "../tables/binding";
import { figuresRunTogether } from "../tables/filling";
import type { CellKey, TableKey } from "../types";

/** The cells a stated figure is, and where a finding about it points. */
export interface Figure {
  readonly table: TableKey;
  readonly cells: readonly CellKey[];
  readonly name: string;
  /** Other sums the text may mean: "收到申请7件" may count last year's carried-over ones too. */
  readonly alternatives?: readonly (readonly CellKey[])[];
  /** A "none" statement: every cell must be 0, and the finding names the first that is not. */
  readonly none?: boolean;
}

const GROUPS: Partial<Record<FigureId, string>> = {
  r3: "（三）不予公开",
  r4: "（四）无法提供",
  r5: "（五）不予处理",
  r6: "（六）其他处理",
};

/**
 * The table cells a stated figure is, or null when its table was not found. A figure depends on
 * its table's template alone, and the templates are constant: each is worked out once. Shared
 * between checks, so a finding takes copies of its cells.
 */
export function figureOf(id: FigureId, tables: RuleContext["tables"]): Figure | null {
  if (id.startsWith("normative_")) return known(id, tables.get("table2")?.table, figure2);
  if (["review", "litigation", "lit_direct", "lit_after_review"].includes(id) || id.endsWith("_none"))
    return known(id, tables.get("table4")?.table, figure4);
  return known(id, tables.get("table3")?.table, figure3);
}

const figures = new WeakMap<TableTemplate, Map<FigureId, Figure | null>>();

function known(
  id: FigureId,
  template: TableTemplate | undefined,
  figure: (id: FigureId, template: TableTemplate) => Figure | null,
): Figure | null {
  if (!template) return null;
  let byId = figures.get(template);
  if (!byId) figures.set(template, (byId = new Map()));
  let found = byId.get(id);
  if (found === undefined) byId.set(id, (found = figure(id, template)));
  return found;
}

function figure3(id: FigureId, t3: TableTemplate): Figure | null {
  const total = (row: string): CellKey => ({ table: "table3", row, column: "total" });
  const table = shortTableName(t3);
  switch (id) {
    case "new_received":
      return {
        table: "table3",
        cells: [total(id)],
        name: cellName(t3, total(id)),
        alternatives: [[total("new_received"), total("carried_over")]],
      };
    case "r1_r2":
      return {
        table: "table3",
        cells: [total("r1_open"), total("r2_partial")],
        name: `${table}“（一）予以公开”与“（二）部分公开”的总计之和`,
      };
    case "r3":
    case "r4":
    case "r5":
    case "r6": {
      const group = GROUPS[id]!;
      const rows = t3.rows.filter((r) => r.group === group || r.label === group);
      if (!rows.length) return null;
      return {
        table: "table3",
        cells: rows.map((r) => total(r.key)),
        name: `${table}“${group}”${rows.length > 1 ? "各项总计之和" : "总计"}`,
      };
    }
    default:
      // an item of a result group: the 2019 format's （六） has none
      if (!t3.rows.some((r) => r.key === id)) return null;
      return { table: "table3", cells: [total(id)], name: cellName(t3, total(id)) };
  }
}

function figure4(id: FigureId, t4: TableTemplate): Figure {
  const table = shortTableName(t4);
  const total = (row: string): CellKey => ({ table: "table4", row, column: "total" });
  const every = (rows: readonly string[]): CellKey[] =>
    t4.rows
      .filter((r) => rows.includes(r.key))
      .flatMap((r) => r.columns.map((column): CellKey => ({ table: "table4", row: r.key, column })));
  const litigation = ["lit_direct", "lit_after_review"];
  switch (id) {
    case "review":
      return { table: "table4", cells: [total("review")], name: `${table}“行政复议”总计` };
    case "litigation":
      return { table: "table4", cells: litigation.map(total), name: `${table}两类“行政诉讼”总计之和` };
    case "lit_direct":
      return { table: "table4", cells: [total(id)], name: `${table}“未经复议直接起诉”总计` };
    case "lit_after_review":
      return { table: "table4", cells: [total(id)], name: `${table}“复议后起诉”总计` };
    case "review_none":
      return { table: "table4", cells: every(["review"]), name: table, none: true };
    case "litigation_none":
      return { table: "table4", cells: every(litigation), name: table, none: true };
    default:
      return { table: "table4", cells: every(["review", ...litigation]), name: table, none: true };
  }
}

function figure2(id: FigureId, t2: TableTemplate): Figure | null {
  const column = { normative_issued: "issued", normative_repealed: "repealed" }[id as string] ?? "in_force";
  // the 2019 table has other columns: its statements are not compared
  if (!t2.columns.some((c) => c.key === column)) return null;
  const key: CellKey = { table: "table2", row: "normative_docs", column };
  return { table: "table2", cells: [key], name: cellName(t2, key) };
}

/** Whether every cell of the figure is there and blank. */
function allBlank(binding: TableBinding, cells: readonly CellKey[]): boolean {
  return cells.every((k) => binding.cells.get(cellId(k.row, k.column))?.value.kind === "blank");
}

/** The figure's value in the table, or null when a cell is missing, text, or (alone) blank. */
function valueOf(binding: TableBinding, cells: readonly CellKey[], none: boolean): number | null {
  let sum = 0;
  let numbers = 0;
  for (const k of cells) {
    const cell = binding.cells.get(cellId(k.row, k.column));
    if (!cell || cell.value.kind === "text") return null;
    if (cell.value.kind === "number") {
      sum += cell.value.value;
      numbers++;
    }
  }
  // a blank cell is not a 0 the clerk wrote; cell-blank reports it
  return numbers > 0 || (none && cells.length > 1) ? sum : null;
}

const round = (n: number, decimals: number): number => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** R11: the numbers the narrative states equal the table cells they describe. */
const rule: Rule = {
  id: "text-table-mismatch",
  meta: {
    description: {
      zh: "正文中写到的申请件数、办理结果、行政复议和行政诉讼件数、规范性文件件数及其百分比，应与统计表一致。",
      en: "Counts and shares stated in the text (applications, results, appeals, normative documents) must equal the tables.",
    },
    severity: "error",
    tags: ["text", "table2", "table3", "table4"],
    basis: "R11",
    messages: {
      mismatch: {
        zh: "正文说“{quote}”，但{figure}为 {tableValue}，两者不一致。",
        en: 'The text says "{quote}", but {figure} is {tableValue} in the table.',
      },
      blank: {
        zh: "正文说“{quote}”，但{figure}没有填写。",
        en: 'The text says "{quote}", but {figure} is left blank in the table.',
      },
      percent: {
        zh: "正文说“{quote}，{percentQuote}”，但按表中数字，{value} 件占{base}（{baseValue} 件）的 {computed}%。",
        en: 'The text says "{quote}, {percentQuote}", but by the table {value} is {computed}% of {baseEn} ({baseValue}).',
      },
    },
  },
  check(context) {
    for (const p of context.text.paragraphs) {
      if (p.heading) continue;
      for (const s of statementsOf(p.text, context.year)) {
        const figure = figureOf(s.figure, context.tables);
        const binding = figure && context.tables.get(figure.table);
        if (!figure || !binding || !figure.cells.length || figuresRunTogether(binding)) continue;
        // a 司法局 or a government also handles appeals as the reviewing body, and any agency is
        // sued over its other work: only appeals told in section 四, or about information
        // disclosure, are table 四's
        if (figure.table === "table4" && p.section !== "s4" && !aboutDisclosure(s.sentence, p.text)) continue;
        const tableValue = valueOf(binding, figure.cells, !!figure.none);
        if (tableValue === null) {
          // a count the text states, its cells left blank (an unfilled 表四 under "行政复议4件")
          if (s.value !== 0 && !figure.none && allBlank(binding, figure.cells))
            context.report({
              section: p.section,
              table: figure.table,
              row: figure.cells[0].row,
              column: figure.cells[0].column,
              cells: figure.cells.map((k) => ({ ...k })),
              ref: p.ref,
              messageId: "blank",
              actual: s.value,
              data: { quote: s.quote, figure: figure.name, textValue: s.value, paragraph: p.text },
            });
          continue;
        }
        const alternatives = (figure.alternatives ?? []).map((cells) => valueOf(binding, cells, false));
        const at = figure.none
          ? (figure.cells.find((k) => {
              const v = binding.cells.get(cellId(k.row, k.column))?.value;
              return v?.kind === "number" && v.value !== 0;
            }) ?? figure.cells[0])
          : figure.cells[0];
        const base = {
          section: p.section,
          table: figure.table,
          row: at.row,
          column: at.column,
          cells: figure.cells.map((k) => ({ ...k })),
          ref: p.ref,
        };
        if (s.value !== tableValue && !alternatives.includes(s.value)) {
          // "无行政复议、行政诉讼": the finding names the first cell that is not 0
          const shown = figure.none ? valueOf(binding, [at], false)! : tableValue;
          const name = figure.none ? cellName(binding.table, at) : figure.name;
          context.report({
            ...base,
            messageId: "mismatch",
            expected: shown,
            actual: s.value,
            data: { quote: s.quote, figure: name, tableValue: shown, textValue: s.value, paragraph: p.text },
          });
          continue;
        }
        const share = s.percent && shareMismatch(s, binding);
        if (share)
          context.report({
            ...base,
            messageId: "percent",
            expected: share.computed,
            actual: s.percent!.value,
            data: {
              quote: s.quote,
              percentQuote: s.percent!.quote,
              value: s.value,
              ...share,
              paragraph: p.text,
            },
          });
      }
    }
  },
};

/**
 * Whether appeals a sentence counts are about information disclosure: the sentence says so, or
 * it counts appeals against the agency itself ("被申请行政复议", "被提起行政诉讼") in a paragraph
 * about disclosure on application ("（二）依申请公开。…新收政府信息公开申请49件…").
 */
function aboutDisclosure(sentence: string, paragraph: string): boolean {
  if (sentence.includes("信息公开")) return true;
  return /被(?:申请|提起|起诉|诉)/.test(sentence) && /依申请公开|信息公开申请/.test(paragraph);
}

const BASES = [
  { rows: ["r7_total"], zh: "办理结果总计", en: "all results" },
  { rows: ["new_received"], zh: "本年新收申请", en: "new applications" },
  {
    rows: ["new_received", "carried_over"],
    zh: "新收与上年结转申请",
    en: "new and carried-over applications",
  },
] as const;

/**
 * A share of table 三 ("予以公开59件、占45.3%"): it must be the count over one of the bases
 * reports use (the results, the new applications, new plus carried over), to the decimals
 * written; null when it is, or when no base can be read.
 */
function shareMismatch(
  s: Statement,
  binding: TableBinding,
): { base: string; baseEn: string; baseValue: number; computed: number } | null {
  const percent = s.percent!;
  const options = BASES.flatMap((b) => {
    const baseValue = valueOf(
      binding,
      b.rows.map((row) => ({ table: "table3", row, column: "total" })),
      false,
    );
    return baseValue ? [{ base: b.zh, baseEn: b.en, baseValue, exact: (100 * s.value) / baseValue }] : [];
  });
  if (!options.length) return null;
  // a share rounded, or cut off, to the decimals written
  const unit = 10 ** -percent.decimals;
  if (options.some((o) => Math.abs(o.exact - percent.value) <= unit + 1e-9)) return null;
  // the message names the first base that can be read: the results total, as reports mostly use
  const nearest = options[0];
  return {
    base: nearest.base,
    baseEn: nearest.baseEn,
    baseValue: nearest.baseValue,
    computed: round(nearest.exact, Math.max(1, percent.decimals)),
  };
}

export default rule;
