import { toYear, yearPlaces } from "../narrative/own-year";
import { quoteParagraph, type TextParagraph } from "../narrative/report-text";
import type { Rule } from "../rule";

// the scan the rule's patterns start from, where its tests have always found it
export { holdsYear } from "../narrative/own-year";

const YEAR = String.raw`((?:19|20)\d{2}|[零〇○一二三四五六七八九]{4})\s*年`;
// "2022年政府信息公开工作年度报告", "2022年度…信息公开工作报告"
const TITLE = new RegExp(`${YEAR}度?[^。,]{0,40}?信息公开[^。,]{0,6}报告`);
// "统计期限为2022年1月1日至2022年12月31日"
const PERIOD = new RegExp(
  String.raw`${YEAR}\s*1\s*月\s*1\s*日\s*(?:至|到|-|—|~)\s*(?:${YEAR}\s*)?12\s*月\s*31\s*日`,
);
const DATE = new RegExp(String.raw`${YEAR}\s*\d{1,2}\s*月\s*\d{1,2}\s*日`);

/**
 * 条例 Art. 49: the report covers the previous calendar year. The title, the statistics period,
 * the year the body names as its own and the signature date must agree.
 */
const rule: Rule = {
  id: "year-mismatch",
  meta: {
    description: {
      zh: "报告标题的年度、统计期限、正文所写的本年度，应为同一年；落款日期应在该年度结束之后。",
      en: "The year in the title, the statistics period and the year the text reports on must agree; the signature date must fall after that year.",
    },
    severity: "warning",
    tags: ["text", "year"],
    basis: "条例第四十九条",
    messages: {
      title: {
        zh: "报告标题“{quote}”写的是 {found} 年，与{source}的 {year} 年不符，本报告按 {year} 年度检查。",
        en: 'The title "{quote}" names {found}, but {sourceEn} says {year}; the report is checked as covering {year}.',
      },
      period: {
        zh: "统计期限“{quote}”写的是 {found} 年，与{source}的 {year} 年不符。",
        en: 'The statistics period "{quote}" is for {found}, but {sourceEn} says {year}.',
      },
      body: {
        zh: "正文“{quote}”写的是 {found} 年，与{source}的 {year} 年不符。",
        en: 'The text "{quote}" names {found}, but {sourceEn} says {year}.',
      },
      bodyMany: {
        zh: "正文有 {count} 处把 {found} 年作为本年度，与{source}的 {year} 年不符：{places}。",
        en: "The text names {found} as the report's year in {count} places, but {sourceEn} says {year}: {places}.",
      },
      signature: {
        zh: "落款日期“{quote}”不在 {year} 年度结束之后；年度报告应在次年发布。",
        en: 'The signature date "{quote}" does not fall after {year}; the report is published the following year.',
      },
      previous: {
        zh: "作为上年报告提供的是 {found} 年度的报告，本报告为 {year} 年度，应提供 {expected} 年度的报告。",
        en: "The report given as last year's covers {found}; this one covers {year}, so last year's should cover {expected}.",
      },
    },
  },
  check(context) {
    const { paragraphs } = context.text;
    const title = titleYear(paragraphs);
    // the report's year is weighed from all the evidence (findYear): a title can be the one wrong
    const year = context.year ?? title?.year ?? null;
    if (year === null) return;
    const titleWrong = title !== null && title.year !== year;
    const agreeing = titleWrong ? evidenceFor(paragraphs, year) : [];
    // the other places are compared with the title, or with the first evidence that outweighed it
    const [source, sourceEn] = titleWrong
      ? (agreeing.find(([zh]) => zh !== "正文") ?? agreeing[0] ?? SOURCES.period)
      : title
        ? ["报告标题", "the title"]
        : SOURCES.period;
    const report = (
      messageId: string,
      p: TextParagraph | null,
      found: number,
      quote: string,
      extra: Record<string, unknown> = {},
    ) =>
      context.report({
        messageId,
        section: p?.section ?? null,
        expected: year,
        actual: found,
        ref: p?.ref ?? null,
        data: { year, found, quote, source, sourceEn, ...extra },
      });
    if (titleWrong) {
      const p = paragraphs.find((q) => q.block === title.block) ?? null;
      const named = agreeing.length ? agreeing : [[source, sourceEn] as const];
      report("title", p, title.year, title.quote, {
        source: listOf(named, "zh"),
        sourceEn: listOf(named, "en"),
      });
    }
    const byYear = new Map<number, Place[]>();
    for (const p of paragraphs) {
      if (p.heading) continue;
      const period = p.text.includes("31") ? PERIOD.exec(p.text) : null;
      if (period) {
        const found = [period[1], period[2]].flatMap((y) => (y && toYear(y) !== year ? [toYear(y)!] : []));
        if (found.length)
          report("period", p, found[0], quoteParagraph(p, period.index, period.index + period[0].length));
        continue;
      }
      if (p.signature) {
        const date = DATE.exec(p.text);
        const found = date && toYear(date[1]);
        if (found && found <= year)
          report("signature", p, found, quoteParagraph(p, date.index, date.index + date[0].length));
        continue;
      }
      if (p.section === null && title && p.block <= title.block) continue;
      for (const place of wrongYears(p, year)) {
        const places = byYear.get(place.found) ?? [];
        byYear.set(place.found, [...places, place]);
      }
    }
    for (const [found, places] of byYear) {
      const [first] = places;
      if (places.length === 1) report("body", first.p, found, first.quote);
      else
        report("bodyMany", first.p, found, first.quote, {
          count: places.length,
          places: places.map((q) => `“${q.quote}”`).join("、"),
        });
    }
    const previous = context.previous?.year;
    if (previous && previous !== year - 1)
      context.report({
        messageId: "previous",
        expected: year - 1,
        actual: previous,
        data: { year, found: previous, expected: year - 1 },
      });
  },
};

interface Place {
  readonly p: TextParagraph;
  readonly found: number;
  readonly quote: string;
}

/**
 * The places where a paragraph names another year as the report's own (see `yearPlaces`). Next
 * year is left alone where it may be a plan: named in passing ("我局2024年将…"), or opening a
 * paragraph of part 五 or one in future words ("2024年，我局将…").
 */
function wrongYears(p: TextParagraph, year: number): Place[] {
  const places: Place[] = [];
  for (const place of yearPlaces(p.text, p.section)) {
    const found = place.year;
    if (found === year || ((!place.own || place.plan) && found === year + 1)) continue;
    const end = place.index + Math.max(place.length, 16);
    places.push({
      p,
      found,
      quote: `${quoteParagraph(p, place.index, end)}${end < p.text.length ? "…" : ""}`,
    });
  }
  return places;
}

/** The year in the title: the first paragraphs before section 一, read together. */
function titleYear(
  paragraphs: readonly TextParagraph[],
): { year: number; block: number; quote: string } | null {
  const head = paragraphs.filter((p) => p.section === null).slice(0, 3);
  let joined = "";
  let written = "";
  for (const p of head) {
    joined += p.text;
    written += quoteParagraph(p, 0, p.text.length);
    const m = TITLE.exec(joined);
    const year = m && toYear(m[1]);
    // the whole title as the clerk wrote it when it is short; else the words that name the year
    if (year) return { year, block: p.block, quote: written.length <= 40 ? written : m[0] };
  }
  return null;
}

const SOURCES = {
  period: ["统计期限", "the statistics period"],
  text: ["正文", "the text"],
  signature: ["落款日期", "the signature date"],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * The evidence other than the title that gives the report's year: the statistics period, the
 * year the body names as its own, the signature date after that year. Read only when the title
 * was outweighed, so a finding can say what it disagrees with.
 */
function evidenceFor(paragraphs: readonly TextParagraph[], year: number): (readonly [string, string])[] {
  let period = false;
  let text = false;
  let signature = false;
  for (const p of paragraphs) {
    if (p.heading) continue;
    const m = p.text.includes("31") ? PERIOD.exec(p.text) : null;
    if (m) period ||= [m[1], m[2]].every((y) => !y || toYear(y) === year);
    else if (p.signature) {
      const date = DATE.exec(p.text);
      signature ||= !!date && toYear(date[1])! > year;
    } else if (p.section !== null)
      text ||= yearPlaces(p.text, p.section).some((place) => place.year === year && !place.plan);
  }
  return [
    ...(period ? [SOURCES.period] : []),
    ...(text ? [SOURCES.text] : []),
    ...(signature ? [SOURCES.signature] : []),
  ];
}

/** The sources' names as a list: "统计期限、正文和落款日期", "the statistics period, the text and the signature date". */
function listOf(sources: readonly (readonly [string, string])[], language: "zh" | "en"): string {
  const items = sources.map(([zh, en]) => (language === "zh" ? zh : en));
  const [comma, and] = language === "zh" ? ["、", "和"] : [", ", " and "];
  return items.length > 1 ? `${items.slice(0, -1).join(comma)}${and}${items[items.length - 1]}` : items[0];
}

export default rule;
