/**
 * The 自查单: a one-page summary the clerk prints or attaches when sending the report — which
 * report, when, with which rules, what is left, what was fixed, what was ignored and why. Pure:
 * `sheetText` gives its parts, `sheetDocx` a .docx of them (opened as a new Word document, or
 * downloaded on the demo page).
 */
import { paragraph, run, SIZES, FONTS } from "../docx/write/ooxml";
import { writeDocx } from "../docx/write/docx-file";
import type { CheckResult, DocumentSnapshot, Finding } from "../engine";
import { rules } from "../engine/rules";
import { findingKey, type IgnoredFinding } from "../word/ignored-store";
import { groupFindings } from "./group-findings";
import type { Strings } from "./strings";

export interface SheetInput {
  readonly snapshot: DocumentSnapshot;
  readonly result: CheckResult;
  readonly ignored: readonly IgnoredFinding[];
  readonly fixed: readonly { readonly message: string }[];
  /** Rule ids the check ran; every rule when absent. */
  readonly rulesRun?: readonly string[];
  readonly profileName: string | null;
  readonly date: Date;
}

export interface SheetPart {
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface Sheet {
  readonly title: string;
  readonly parts: readonly SheetPart[];
}

/** The report's title: its first paragraph with text. */
function reportTitle(snapshot: DocumentSnapshot): string {
  for (const b of snapshot.blocks)
    if (b.kind === "paragraph" && b.text.trim()) return b.text.trim().slice(0, 80);
  return "";
}

/** The 自查单's text, part by part. Many findings of one kind make one line, as in the pane. */
export function sheetText(input: SheetInput, s: Strings): Sheet {
  const t = s.sheet;
  const ignoredKeys = new Map(input.ignored.map((i) => [i.key, i]));
  const left = input.result.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => !ignoredKeys.has(findingKey(finding)));
  const count = (severity: Finding["severity"]) => left.filter((e) => e.finding.severity === severity).length;
  const leftLines = groupFindings(left, s).flatMap((g) =>
    g.cards.map((card) => {
      if (card.kind === "one")
        return `［${s.severity[card.entry.finding.severity]}］${card.entry.finding.message}`;
      const first = card.entries[0].finding;
      const where = g.key.startsWith("table") ? (s.repair.tableShort[g.key] ?? g.title) : g.title;
      const description = rules.find((r) => r.id === card.rule)?.meta.description.zh ?? first.message;
      return `［${s.severity[card.severity]}］${s.group.title(where, card.entries.length, card.rule, description)}`;
    }),
  );
  const run = input.rulesRun ? rules.filter((r) => input.rulesRun!.includes(r.id)) : rules;
  const off = rules.filter((r) => !run.includes(r));
  return {
    title: t.title,
    parts: [
      {
        heading: "",
        lines: [
          t.report(reportTitle(input.snapshot) || t.untitled),
          t.date(input.date),
          t.rules(
            run.length,
            rules.length,
            input.profileName,
            off.map((r) => r.id),
          ),
          t.totals(count("error"), count("warning"), count("info"), input.fixed.length, input.ignored.length),
        ],
      },
      { heading: t.left(left.length), lines: leftLines.length ? numbered(leftLines) : [t.none] },
      {
        heading: t.fixed(input.fixed.length),
        lines: input.fixed.length ? numbered(input.fixed.map((f) => f.message)) : [t.none],
      },
      {
        heading: t.ignored(input.ignored.length),
        lines: input.ignored.length
          ? numbered(input.ignored.map((i) => `${i.message}${t.reason(i.reason)}`))
          : [t.none],
      },
      { heading: "", lines: [t.signature] },
    ],
  };
}

const numbered = (lines: readonly string[]): string[] => lines.map((line, i) => `${i + 1}. ${line}`);

/** The 自查单 as a .docx: a centred title, small headings, compact lines to fit one page. */
export function sheetDocx(sheet: Sheet): Uint8Array {
  const small = { font: FONTS.body, size: 21 };
  const body = [
    paragraph(run(sheet.title, { font: FONTS.heading, size: SIZES.body }), { align: "center", after: 200 }),
    ...sheet.parts.flatMap((part) => [
      ...(part.heading
        ? [
            paragraph(run(part.heading, { font: FONTS.heading, size: 24 }), {
              before: 160,
              after: 60,
              keepNext: true,
            }),
          ]
        : []),
      ...part.lines.map((line) => paragraph(run(line, small), { after: 20 })),
    ]),
  ].join("");
  return writeDocx(body);
}
