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
 * - `normative_issued`, `normative_repealed`, `normative_in_force`: table 二, 行政规范性文件;
 * - `r3_1` … `r6_2`: one item of a result group, told by its reason ("因保护第三方合法权益不予公开3件").
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
  | "normative_in_force"
  | ItemId;

/** The items of table 三's result groups （三）–（六） (2021 format). */
export type ItemId =
  | "r3_1"
  | "r3_2"
  | "r3_3"
  | "r3_4"
  | "r3_5"
  | "r3_6"
  | "r3_7"
  | "r3_8"
  | "r4_1"
  | "r4_2"
  | "r4_3"
  | "r5_1"
  | "r5_2"
  | "r5_3"
  | "r5_4"
  | "r5_5"
  | "r6_1"
  | "r6_2";

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

// "，涉及政府信息公开的4件", "，其中4件涉及政府信息公开": the count about disclosure, after a count
// of all cases (its number is the match's last number)
const ABOUT = "(?:涉及|属于|关于|有关|系|为)";
const ABOUT_DISCLOSURE =
  `(?:中)?[,，]?(?:其中)?(?:${ABOUT}?(?:政府)?信息公开(?:类|方面|工作)?(?:的)?(?:案件)?${FILL}${N}` +
  `|(?:有)?${N}${ABOUT}(?:政府)?信息公开)`;

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
  // "予以公开答复21件": a result's replies are that result, not the results' total
  {
    figure: "r1_r2",
    needs: "部分公开",
    re: new RegExp(`予以公开(?:或|和|及|与|、)部分公开(?:答复)?${FILL}${N}`, "g"),
    share: true,
  },
  {
    figure: "r1_open",
    needs: "予以公开",
    re: new RegExp(`(?<!不)予以公开(?:答复)?${FILL}${N}`, "g"),
    share: true,
  },
  {
    figure: "r2_partial",
    needs: "部分公开",
    re: new RegExp(`(?<!予以公开(?:或|和|及|与|、))部分公开(?:答复)?${FILL}${N}`, "g"),
    share: true,
  },
  { figure: "r3", needs: "不予", re: new RegExp(`不予以?公开(?:答复)?${FILL}${N}`, "g"), share: true },
  { figure: "r4", needs: "无法提供", re: new RegExp(`无法提供(?:答复)?${FILL}${N}`, "g"), share: true },
  { figure: "r5", needs: "不予处理", re: new RegExp(`不予处理(?:答复)?${FILL}${N}`, "g"), share: true },
  { figure: "r6", needs: "其他处理", re: new RegExp(`其他处理(?:答复)?${FILL}${N}`, "g"), share: true },
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
  // "行政复议案件共12件，涉及政府信息公开的4件": all the body's appeals, then table 四's among
  // them; before "行政复议N件" can take the first count
  {
    figure: "review",
    needs: "行政复议",
    re: new RegExp(`(?:行政复议(?:案件)?${FILL}${N}|${BEFORE}(?:行政复议)(?:案件)?)${ABOUT_DISCLOSURE}`, "g"),
  },
  {
    figure: "litigation",
    needs: "行政诉讼",
    re: new RegExp(`(?:行政诉讼(?:案件)?${FILL}${N}|${BEFORE}(?:行政诉讼)(?:案件)?)${ABOUT_DISCLOSURE}`, "g"),
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
    // "未收到答复的…申请" is not about receiving; "未收到通过信函提出的…申请", about one channel
    when: (_s, m) => !/答复|回复|反馈|结果|告知/.test(m[1]) && !countsAPart(m[1]),
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
    const readings: Reading[] = [];
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
        const value = p.value ?? readNumber(lastGroup(m));
        if (value === null) continue;
        taken.fill(1, start, end);
        readings.push({
          figure: p.figure,
          value,
          start,
          end,
          counted: p.value === undefined,
          share: !!p.share,
        });
      }
    }
    if (readings.length) stated(sentence, readings, out);
  }
  return out;
}

/** A figure a pattern found in a sentence, before it is known whether the sentence states it. */
interface Reading {
  readonly figure: FigureId;
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** A number the text wrote, not a "none" statement's 0. */
  readonly counted: boolean;
  readonly share: boolean;
}

/**
 * Adds to `out` what a sentence's readings state. A count is a figure only when the sentence
 * states that quantity itself, not a part of it:
 * - a count by channel or by way of handling is a part ("网上答复37件", "通过信函收到申请12件",
 *   "依法延期答复3件", "协助上级部门答复…6件"), unless the channels are all of them ("通过网络、信函等
 *   方式");
 * - after 其中, 包括 or 含, a count of a figure the sentence counted before it is a part
 *   ("不予公开9件，其中…不予公开3件");
 * - a count of a result group that names its reason ("因保护第三方合法权益不予公开3件", "对重复申请
 *   不予处理1件", "不予公开1件（属于国家秘密）") is that item's, when the reason names one item;
 *   else, or when it is a part, it states no figure.
 * Readings keep the order the patterns found them in.
 */
function stated(sentence: string, readings: readonly Reading[], out: Statement[]): void {
  const said = new Array<Said | null>(readings.length);
  const clauses = new Array<number>(readings.length);
  // in the order of the text: the words before each count end at the count before it
  const order = readings.map((_, i) => i);
  if (readings.length > 1) order.sort((a, b) => readings[a].start - readings[b].start);
  const breakdowns = breakdownsIn(sentence);
  // each figure's first reading in the text
  const firstOf = new Map<FigureId, number>();
  let b = 0;
  let lastBreakdown = -1;
  let previousEnd = 0;
  for (const i of order) {
    const r = readings[i];
    while (b < breakdowns.length && breakdowns[b] < r.start) lastBreakdown = breakdowns[b++];
    const first = firstOf.get(r.figure);
    if (first === undefined) firstOf.set(r.figure, i);
    const words: Before = {
      since: Math.max(previousEnd, r.start - LOOK_BACK),
      clause: (clauses[i] = clauseStart(sentence, r.start, previousEnd)),
      after: first !== undefined && readings[first].start < lastBreakdown,
    };
    previousEnd = r.end;
    if (!r.counted) said[i] = { figure: r.figure, from: r.start, to: r.end };
    else if (
      first !== undefined &&
      words.after &&
      disclosureAmong(sentence, r, clauses[i], readings[first], clauses[first])
    ) {
      // "被申请行政复议12件，其中因政府信息公开被申请行政复议4件": table 四's are the part
      said[first] = null;
      said[i] = { figure: r.figure, from: r.start, to: r.end };
    } else said[i] = whatIsSaid(sentence, r, words);
  }
  for (let i = 0; i < readings.length; i++) {
    const s = said[i];
    if (!s) continue;
    const r = readings[i];
    const percent = r.share ? shareAfter(sentence, s.to) : undefined;
    out.push({
      figure: s.figure,
      value: r.value,
      quote: sentence.slice(s.from, s.to),
      sentence,
      ...(percent ? { percent } : {}),
    });
  }
}

/** The figure a reading states, and the words that state it (an item's with its reason). */
interface Said {
  readonly figure: FigureId;
  readonly from: number;
  readonly to: number;
}

/**
 * Where the words before a count start: `clause`, the clause of its label; `since`, the clauses
 * before that since the count before; and `after`, whether a breakdown (其中) came between the
 * sentence's first count of the figure and this one.
 */
interface Before {
  readonly since: number;
  readonly clause: number;
  readonly after: boolean;
}

/**
 * What a count states, given the words before its label: the reading's own figure, one item of
 * its result group, or null when it counts a part.
 */
function whatIsSaid(sentence: string, r: Reading, before: Before): Said | null {
  const clause = sentence.slice(before.clause, r.start);
  const items = ITEMS[r.figure];
  if (items) {
    const item = (figure: ItemId, from: number, to = r.end): Said => ({ figure, from, to });
    const named = itemsNamed(items, clause);
    // quoted with its reason: "因保护第三方合法权益不予公开3件", not "其中因…"
    if (named.length === 1) return item(named[0], before.clause + (clause.startsWith("其中") ? 2 : 0));
    if (named.length > 1 || before.after || REASON.test(clause)) return null;
    // "因申请内容不明确，经补正后仍不明确，无法提供1件"
    const since = sentence.slice(before.since, before.clause);
    const earlier = REASON.test(since) ? itemsNamed(items, since) : [];
    if (earlier.length === 1) return item(earlier[0], before.since + since.search(REASON));
    // "不予公开1件（属于国家秘密）"
    const reason = reasonAfter(sentence, r.end);
    const inside = reason ? itemsNamed(items, reason.text) : [];
    if (inside.length === 1) return item(inside[0], r.start, reason!.end);
    if (inside.length > 1) return null;
  } else if (before.after) return null;
  return countsAPart(clause) ? null : { figure: r.figure, from: r.start, to: r.end };
}

/** Whether the words before a count's label make it a count by channel or by way of handling. */
function countsAPart(clause: string): boolean {
  return HANDLING.test(clause) || (CHANNEL.test(clause) && !EVERY.test(clause));
}

/**
 * Whether a count of appeals after 其中 is those about disclosure among all the body's appeals,
 * the first count: its clause says 信息公开, the first count's words do not.
 */
function disclosureAmong(
  sentence: string,
  r: Reading,
  clause: number,
  first: Reading,
  firstClause: number,
): boolean {
  return (
    (r.figure === "review" || r.figure === "litigation") &&
    sentence.slice(clause, r.start).includes("信息公开") &&
    !sentence.slice(firstClause, first.end).includes("信息公开")
  );
}

function itemsNamed(items: readonly (readonly [ItemId, RegExp])[], text: string): ItemId[] {
  const named: ItemId[] = [];
  if (text) for (const [item, re] of items) if (re.test(text)) named.push(item);
  return named;
}

/**
 * The reasons of the items of table 三's result groups, as reports name them. （六）3 "其他" and
 * the 2019 format's single （六） have none.
 */
const ITEMS: Partial<Record<FigureId, readonly (readonly [ItemId, RegExp])[]>> = {
  r3: [
    ["r3_1", /国家秘密|涉密/],
    ["r3_2", /禁止/],
    ["r3_3", /三安全一稳定|国家安全|公共安全|经济安全|社会稳定/],
    ["r3_4", /第三方/],
    ["r3_5", /内部事务/],
    ["r3_6", /过程性/],
    ["r3_7", /执法案卷/],
    ["r3_8", /行政查询|查询事项/],
  ],
  r4: [
    ["r4_1", /不掌握|未掌握|非本(?:机关|单位|部门)掌握|不存在/],
    ["r4_2", /现成|另行制作|加工|汇总|分析/],
    ["r4_3", /不明确/],
  ],
  r5: [
    ["r5_1", /信访|举报|投诉/],
    ["r5_2", /重复/],
    ["r5_3", /出版物/],
    ["r5_4", /大量|反复/],
    ["r5_5", /确认|重新出具|已获取/],
  ],
  r6: [
    ["r6_1", /补正/],
    ["r6_2", /缴纳|缴费|费用|收费/],
  ],
};

// "因…", "对…", "属于…": the clause gives a result's reason
const REASON = /因|由于|对|针对|属于|涉及|系|鉴于/;
// how an application came in or its reply went out
const CHANNEL =
  /网上|网络|在线|线上|线下|邮寄|邮政|快递|信函|来信|当面|当场|现场|窗口|口头|电话|传真|邮件|邮箱|微信|短信|书面|(?:通过|经由|经|以)[^,、]{0,12}?(?:方式|形式|渠道|途径|平台|系统|网站)/;
// channels named as all of them: "通过网络、信函等方式", "通过各种渠道"
const EVERY = /等|各种|各类|多种|所有|全部|任何/;
// a count of replies or applications by how they were handled
const HANDLING = /延期|延长|逾期|超期|提前|即时|协助|配合|转办|转交|转送|移送|补正|代为|督办|催办/;

/** How far back the words before a count are read, in characters: a long sentence stays linear. */
const LOOK_BACK = 40;

/** Where the clause of a count's label starts: after the last mark or count before it, at most LOOK_BACK characters back. */
function clauseStart(sentence: string, label: number, previousEnd: number): number {
  const floor = Math.max(previousEnd, label - LOOK_BACK, 0);
  for (let i = label - 1; i >= floor; i--) {
    const c = sentence[i];
    if (CLAUSE_MARKS.includes(c)) return i + 1;
    // "予以公开1件部分公开2件": a count ends the clause before it
    if ((c === "件" || c === "起") && i > 0 && /[\d零一二两三四五六七八九十百千万]/.test(sentence[i - 1]))
      return i + 1;
  }
  return floor;
}

// as normalised, and as written (full width)
const CLAUSE_MARKS = ',:、()[]"“”‘’，：（）【】';

/** The reason in brackets right after a count, "（属于国家秘密）", when it holds no number. */
function reasonAfter(sentence: string, end: number): { text: string; end: number } | undefined {
  const open = sentence[end];
  if (open !== "(" && open !== "（") return undefined;
  const close = sentence.indexOf(open === "(" ? ")" : "）", end);
  if (close < 0 || close - end > 30) return undefined;
  const text = sentence.slice(end + 1, close);
  return /[\d其含包]/.test(text) ? undefined : { text, end: close + 1 };
}

// 其中, 包括, 含: the counts after it are parts of a count before
const BREAKDOWN = /其中|包括|包含|含/g;

function breakdownsIn(sentence: string): number[] {
  const at: number[] = [];
  if (!/其中|包|含/.test(sentence)) return at;
  BREAKDOWN.lastIndex = 0;
  for (let m = BREAKDOWN.exec(sentence); m; m = BREAKDOWN.exec(sentence)) at.push(m.index);
  return at;
}

/** The last number a match read: a pattern's alternatives each have their own. */
function lastGroup(m: RegExpExecArray): string {
  for (let i = m.length - 1; i > 0; i--) if (m[i] !== undefined) return m[i];
  return m[0];
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
