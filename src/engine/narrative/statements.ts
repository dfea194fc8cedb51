import { NUMBER, readNumber } from "./numbers";

/**
 * The table figures the narrative states, by id. `text-table-mismatch` says which cells each
 * one is; here they are only names.
 * - `new_received` … `r6`: table 三, 总计 column (a result group sums its items);
 * - `r1_r2`: 予以公开 plus 部分公开;
 * - `r7_total`: the results' total (办结, 答复);
 * - `review`, `litigation`: table 四 totals (litigation: both groups); `lit_direct`,
 *   `lit_after_review`: each litigation group's own total;
 * - `appeals_none`, `review_none`, `litigation_none`: "no appeals" statements, all cells 0;
 * - `normative_issued`, `normative_repealed`, `normative_in_force`: table 二, 行政规范性文件.
 */
export type FigureId =
  | "new_received"
  | "carried_over"
  | "carried_forward"
  | "r1_open"
  | "r2_partial"
  | "r1_r2"
  | "r3"
  | "r4"
  | "r5"
  | "r6"
  | "r7_total"
  | "review"
  | "lit_direct"
  | "lit_after_review"
  | "litigation"
  | "appeals_none"
  | "review_none"
  | "litigation_none"
  | "normative_issued"
  | "normative_repealed"
  | "normative_in_force";

/** A number the text states about a table figure. */
export interface Statement {
  readonly figure: FigureId;
  readonly value: number;
  /** The words that state it, as normalised ("予以公开5件"). */
  readonly quote: string;
  /** The sentence it was read from. */
  readonly sentence: string;
  /** A share stated right after it ("占45.3%"), with its decimals. */
  readonly percent?: { readonly value: number; readonly decimals: number; readonly quote: string };
}

// a count and its unit: "5件", and "3起" as units also write cases
const N = `${NUMBER}(?:件|起)`;
// "共计", "共", "为", "的": words clerks put between a label and its count
const FILL = "(?:的)?(?:共计|总计|合计|共)?(?:为)?";
// "收到12件申请": the count before the noun
const BEFORE = `(?:各类)?(?:共计|共)?${NUMBER}(?:件|起)`;

interface Pattern {
  readonly figure: FigureId;
  readonly re: RegExp;
  /** Words every match holds: a sentence without them is not searched (most sentences state no figure). */
  readonly needs?: string;
  /** A fixed value ("未收到…申请" states 0); otherwise the match's number group. */
  readonly value?: number;
  /** A further condition on the sentence and the match. */
  readonly when?: (sentence: string, match: RegExpExecArray) => boolean;
  /** Look for a share ("占45.3%") after the count. */
  readonly share?: boolean;
}

const NEGATION = "(?:无|未发生|未有|未出现|未产生|没有发生|没有|未被)";
const normativeOnly = (sentence: string) => sentence.includes("规范性文件") && !sentence.includes("规章");

const WRITTEN: readonly Pattern[] = [
  {
    figure: "new_received",
    needs: "信息公开申请",
    re: new RegExp(`(?:新收|收到|受理|接收)(?:各类)?(?:政府)?信息公开申请(?:数)?${FILL}${N}`, "g"),
  },
  {
    figure: "new_received",
    needs: "申请",
    re: new RegExp(`(?:新收|收到|受理|接收)(?:了)?${BEFORE}(?:政府)?(?:信息公开)?申请`, "g"),
  },
  {
    figure: "carried_over",
    needs: "结转",
    re: new RegExp(`上年度?结转(?:的)?(?:政府信息公开)?(?:申请)?${FILL}${N}`, "g"),
  },
  {
    // "结转至2025年2件", "结转到2024年度继续办理3件"
    figure: "carried_forward",
    needs: "结转",
    re: new RegExp(`结转(?:至|到|入)(?:(?:19|20)\\d{2})年度?(?:继续办理)?(?:的)?(?:申请)?${FILL}${N}`, "g"),
  },
  {
    figure: "carried_forward",
    needs: "结转",
    re: new RegExp(`结转(?:至|到|入)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?${FILL}${N}`, "g"),
  },
  {
    figure: "r1_r2",
    needs: "部分公开",
    re: new RegExp(`予以公开(?:或|和|及|与|、)部分公开${FILL}${N}`, "g"),
    share: true,
  },
  { figure: "r1_open", needs: "予以公开", re: new RegExp(`(?<!不)予以公开${FILL}${N}`, "g"), share: true },
  {
    figure: "r2_partial",
    needs: "部分公开",
    re: new RegExp(`(?<!予以公开(?:或|和|及|与|、))部分公开${FILL}${N}`, "g"),
    share: true,
  },
  { figure: "r3", needs: "不予", re: new RegExp(`不予以?公开${FILL}${N}`, "g"), share: true },
  { figure: "r4", needs: "无法提供", re: new RegExp(`无法提供${FILL}${N}`, "g"), share: true },
  { figure: "r5", needs: "不予处理", re: new RegExp(`不予处理${FILL}${N}`, "g"), share: true },
  { figure: "r6", needs: "其他处理", re: new RegExp(`其他处理${FILL}${N}`, "g"), share: true },
  // "办结12件", "答复政府信息公开申请12件": the results' total
  {
    figure: "r7_total",
    re: new RegExp(`(?:已|共)?(?:办结|答复|办理完毕)(?:政府信息公开|信息公开)?(?:申请)?${FILL}${N}`, "g"),
  },
  // each litigation group against its own row, before "行政诉讼N件" can take them together
  {
    figure: "lit_direct",
    needs: "未经",
    re: new RegExp(`未经(?:行政)?复议(?:直接)?(?:提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?${FILL}${N}`, "g"),
  },
  {
    figure: "lit_after_review",
    needs: "复议后",
    re: new RegExp(`(?<!未经(?:行政)?)复议后(?:提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?${FILL}${N}`, "g"),
  },
  { figure: "review", needs: "行政复议", re: new RegExp(`行政复议(?:案件)?${FILL}${N}`, "g") },
  { figure: "review", needs: "行政复议", re: new RegExp(`${BEFORE}(?:政府信息公开)?行政复议`, "g") },
  { figure: "litigation", needs: "行政诉讼", re: new RegExp(`行政诉讼(?:案件)?${FILL}${N}`, "g") },
  { figure: "litigation", needs: "行政诉讼", re: new RegExp(`${BEFORE}(?:政府信息公开)?行政诉讼`, "g") },
  {
    // "未收到政府信息公开申请", "未收到公民、法人或其他组织提出的政府信息公开申请"
    figure: "new_received",
    needs: "政府信息公开申请",
    value: 0,
    re: /(?:未|没有)(?:收到|受理|接到|接收)(?:过|任何)?([^,。;:!?]{0,16}?)政府信息公开申请/g,
    when: (_s, m) => !/答复|回复|反馈|结果|告知/.test(m[1]),
  },
  {
    // "无行政复议、行政诉讼", "未发生因政府信息公开引起的行政复议、行政诉讼", "无…复议和诉讼等情形"
    figure: "appeals_none",
    needs: "诉讼",
    value: 0,
    re: new RegExp(
      `${NEGATION}([^,。;:!?\\d]{0,20}?)(?:行政)?复议(?:[、和及与或]|以及)?(?:被?提起)?(?:行政)?诉讼`,
      "g",
    ),
    when: (_s, m) => !/论|不|纠|结果/.test(m[1]),
  },
  {
    figure: "appeals_none",
    needs: "诉讼",
    value: 0,
    re: /(?:行政)?复议(?:[、和及与或]|以及)(?:行政)?诉讼(?:案件|情况)?(?:数量)?(?:均|都)?(?:为)?(?:0|零)件/g,
  },
  {
    figure: "review_none",
    needs: "行政复议",
    value: 0,
    re: new RegExp(`${NEGATION}([^,。;:!?\\d]{0,20}?)行政复议`, "g"),
    when: (s, m) => !s.includes("诉讼") && !/论|不|纠|结果/.test(m[1]),
  },
  {
    figure: "litigation_none",
    needs: "行政诉讼",
    value: 0,
    re: new RegExp(`${NEGATION}([^,。;:!?\\d]{0,20}?)行政诉讼`, "g"),
    when: (s, m) => !s.includes("复议") && !/论|不|纠|结果/.test(m[1]),
  },
  {
    // "主动公开规范性文件2件", "制发行政规范性文件3件"
    figure: "normative_issued",
    needs: "规范性文件",
    re: new RegExp(`(?:主动公开|制发|印发|出台)(?:了)?(?:行政)?规范性文件${FILL}${N}`, "g"),
    when: (s) => !s.includes("规章"),
  },
  {
    figure: "normative_issued",
    needs: "规范性文件",
    value: 0,
    re: /(?:未|没有)(?:制发|印发|出台)(?:过|任何)?(?:行政)?规范性文件/g,
    when: (s) => !s.includes("规章"),
  },
  {
    figure: "normative_repealed",
    needs: "废止",
    re: new RegExp(`废止(?:了)?(?:行政)?(?:规范性文件)?${FILL}${N}`, "g"),
    when: normativeOnly,
  },
  {
    figure: "normative_in_force",
    needs: "现行有效",
    re: new RegExp(`现行有效(?:的)?(?:行政)?(?:规范性文件)?${FILL}${N}`, "g"),
    when: normativeOnly,
  },
];

/**
 * The patterns, each with all its fields (those not written undefined): statementsOf reads them
 * for every sentence, and objects of one shape keep those reads monomorphic.
 */
export const PATTERNS: readonly Pattern[] = WRITTEN.map((p) => ({
  figure: p.figure,
  re: p.re,
  needs: p.needs,
  value: p.value,
  when: p.when,
  share: p.share,
}));

// a sentence that states a figure holds one of these
const FIGURE_WORDS = /件|起|申请|复议|诉讼|规范性文件/;

// "较上年", "同比", "2021年": the sentence talks about another year before the count
const OTHER_TIME = /去年|上一年度|上年同期|同比|比上年|较上年|与上年|历年/;

/**
 * The table figures a paragraph states, with the numbers it gives. Sentences that compare with
 * another year, or name another year before the count, are skipped: their numbers are not
 * this year's table.
 * @param text a paragraph as normalised (half-width digits, simplified characters, each run of
 *   spaces one " ")
 * @param year the report year, when known
 * @example statementsOf("本年新收政府信息公开申请五件，予以公开3件、占60%。", 2022)
 *   //=> [{ figure: "new_received", value: 5, … }, { figure: "r1_open", value: 3, percent: { value: 60, … } }]
 */
export function statementsOf(text: string, year: number | null): Statement[] {
  const out: Statement[] = [];
  // text copied from PDFs and web pages spaces its figures out: "申请 17 件"; normalised text
  // spaces only with " ", which is found far quicker than \s
  const compact = text.includes(" ") ? text.replace(/\s+/g, "") : text;
  // most paragraphs state no figure: not split into sentences
  if (!FIGURE_WORDS.test(compact)) return out;
  for (const sentence of compact.split(/[。;!?]/)) {
    if (!FIGURE_WORDS.test(sentence)) continue;
    // made at the first match: most sentences that pass the test above state no figure
    let taken: Uint8Array | undefined;
    const otherFrom = anotherYearFrom(sentence, year);
    // patterns share their words: each looked for once a sentence, when a pattern first needs it
    found.fill(UNKNOWN);
    for (let i = 0; i < PATTERNS.length; i++) {
      const p = PATTERNS[i];
      if (!hasWord(sentence, NEED_OF[i])) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
        const start = m.index;
        const end = start + m[0].length;
        taken ??= new Uint8Array(sentence.length);
        // one stretch of text states one figure: "予以公开或部分公开5件" is not also "部分公开5件"
        if (isTaken(taken, start, end)) continue;
        if (p.when && !p.when(sentence, m)) continue;
        if (otherFrom <= start) continue;
        const value = p.value ?? readNumber(m[m.length - 1]);
        if (value === null) continue;
        taken.fill(1, start, end);
        const percent = p.share ? shareAfter(sentence, end) : undefined;
        out.push({ figure: p.figure, value, quote: m[0], sentence, ...(percent ? { percent } : {}) });
      }
    }
  }
  return out;
}

/** The distinct words the patterns need; each pattern's index into them, or -1 when it needs none. */
const NEEDS = [...new Set(PATTERNS.flatMap((p) => p.needs ?? []))];
const NEED_OF = PATTERNS.map((p) => (p.needs === undefined ? -1 : NEEDS.indexOf(p.needs)));
const UNKNOWN = 0;
const PRESENT = 1;
const ABSENT = 2;
/** Whether the sentence being read holds each of the NEEDS, once looked for. */
const found = new Uint8Array(NEEDS.length);

function hasWord(sentence: string, need: number): boolean {
  if (need < 0) return true;
  if (found[need] === UNKNOWN) found[need] = sentence.includes(NEEDS[need]) ? PRESENT : ABSENT;
  return found[need] === PRESENT;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/**
 * Where the sentence starts to talk of another year ("较上年", "2021年" in a 2022 report): the
 * end of the first such words, or Infinity. A count after it is not this year's table. Found once
 * per sentence, so reading a long sentence stays linear in its length.
 */
function anotherYearFrom(sentence: string, year: number | null): number {
  const other = OTHER_TIME.exec(sentence);
  const from = other ? other.index + other[0].length : Infinity;
  // most sentences name no year: matchAll would copy the pattern for each of them
  if (year === null || !sentence.includes("年")) return from;
  YEAR_WORD.lastIndex = 0;
  for (let m = YEAR_WORD.exec(sentence); m && m.index < from; m = YEAR_WORD.exec(sentence)) {
    // "结转至2025年2件" names the next year as where the count goes, not as its time
    if (Number(m[1]) !== year && !/结转(?:至|到|入)$/.test(sentence.slice(Math.max(0, m.index - 3), m.index)))
      return m.index + m[0].length;
  }
  return from;
}

const YEAR_WORD = /((?:19|20)\d{2})\s*年/g;

const SHARE = /\s*[,、]?\s*(?:约)?占[^,。;%\d]{0,8}?(\d{1,3}(?:\.(\d{1,2}))?)\s*%/y;

function shareAfter(sentence: string, end: number): Statement["percent"] | undefined {
  SHARE.lastIndex = end;
  const m = SHARE.exec(sentence);
  if (!m) return undefined;
  return { value: Number(m[1]), decimals: m[2]?.length ?? 0, quote: m[0].replace(/^[\s,、]+/, "") };
}
