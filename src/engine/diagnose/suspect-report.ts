import type { Equation, TableTemplate } from "../../template";
import { shortTableName } from "../describe";
import type { CellKey, Finding, Fix, Suspect } from "../types";
import type { CellChange, Diagnosis } from "./diagnose-table";

/** What a sum finding says about the wrong cell, for the finding's `suspect`, suggestions and data. */
export interface SuspectReport {
  readonly suspect?: Suspect;
  /** The changes of the fix, as suggestions (a split number: both cells). */
  readonly suggestions?: readonly Fix[];
  readonly data: Readonly<Record<string, unknown>>;
}

/** The wrong-cell note a sum finding carries (`data.suspect` or `data.undetermined`); null for none. */
export function suspectNote(finding: Pick<Finding, "data">, lang: "zh" | "en"): string | null {
  const data = finding.data;
  const note = (data.suspect ?? data.undetermined) as { note?: unknown; noteEn?: unknown } | undefined;
  const text = lang === "zh" ? note?.note : note?.noteEn;
  return typeof text === "string" ? text : null;
}

const same = (a: CellKey, b: CellKey): boolean => a.row === b.row && a.column === b.column;

/**
 * The wrong-cell part of a sum finding on `equation`: with a unique fix, the changed cell in
 * this sum as the suspect, the fix's changes as suggestions and the reasoning in
 * `data.suspect`; with several equally small fixes, `data.undetermined` ("无法确定").
 */
export function suspectReport(
  diagnosis: Diagnosis | undefined,
  equation: Equation,
  table: TableTemplate,
): SuspectReport | null {
  if (!diagnosis || diagnosis.outcome === "unknown") return null;
  const name = (k: CellKey) => cellShortName(table, k);
  if (diagnosis.outcome === "ambiguous") {
    const options = diagnosis.candidates.map((fix) =>
      fix.map((c) => `${name(c.key)}改为 ${c.to}`).join("且"),
    );
    const optionsEn = diagnosis.candidates.map((fix) =>
      fix.map((c) => `${name(c.key)} to ${c.to}`).join(" and "),
    );
    const count = diagnosis.count;
    const more = count === null || count > options.length;
    return {
      data: {
        undetermined: {
          count,
          candidates: diagnosis.candidates.map((fix) => fix.map(changeData(name))),
          note: options.length
            ? `无法确定哪一格有误，以下${more ? "等" : ""}改法都能使各项合计相符：${options.join("；")}。请对照台账核实。`
            : "无法确定哪一格有误：有多种改法都能使各项合计相符，请对照台账核实。",
          noteEn: options.length
            ? `Cannot tell which cell is wrong; each of these${more ? ", among others," : ""} makes every sum hold: ${optionsEn.join("; ")}. Check the register.`
            : "Cannot tell which cell is wrong: many changes make every sum hold. Check the register.",
        },
      },
    };
  }
  const { changes, split } = diagnosis;
  const own = changes.find((c) => [...equation.left, ...equation.right].some((k) => same(k, c.key)));
  const main = split ? changes.find((c) => same(c.key, split.into))! : (own ?? changes[0]);
  const described = changes.map((c) => `${name(c.key)}，应为 ${c.to}`).join("；");
  const describedEn = changes.map((c) => `${name(c.key)} should be ${c.to}`).join(", ");
  const evidence = diagnosis.evidence;
  const note = split
    ? `“${split.texts[0]}”和“${split.texts[1]}”像是一个数 ${split.joined} 被拆进了相邻两格：${described}。改后各项合计全部相符。`
    : evidence
      ? `最可能出错：${described}（有几种改法都能使合计相符，正文“${evidence}”与这一种一致）。`
      : `最可能出错：${described}（改后${diagnosis.failing.length}处不符的合计全部相符）。`;
  const noteEn = split
    ? `"${split.texts[0]}" and "${split.texts[1]}" look like one number, ${split.joined}, split over two cells: ${describedEn}; then every sum holds.`
    : evidence
      ? `Most likely wrong: ${describedEn} (several changes make the sums hold; the text's "${evidence}" agrees with this one).`
      : `Most likely wrong: ${describedEn} (that repairs all ${diagnosis.failing.length} broken sums).`;
  return {
    suspect: { table: main.key.table, row: main.key.row, column: main.key.column, value: main.to },
    suggestions: [main, ...changes.filter((c) => c !== main)].map((c): Fix => ({
      op: "set-cell",
      at: c.key,
      ref: c.ref,
      from: c.from,
      to: String(c.to),
    })),
    data: {
      suspect: {
        cell: name(main.key),
        from: main.from,
        to: main.to,
        changes: changes.map(changeData(name)),
        repairs: diagnosis.failing.map((e) => ({ rule: e.rule, where: equationName(table, e) })),
        ...(evidence ? { evidence } : {}),
        ...(split
          ? {
              split: {
                cells: split.cells.map(name),
                texts: split.texts,
                joined: split.joined,
              },
            }
          : {}),
        note,
        noteEn,
      },
    },
  };
}

const changeData =
  (name: (k: CellKey) => string) =>
  (c: CellChange): Readonly<Record<string, unknown>> => ({
    table: c.key.table,
    row: c.key.row,
    column: c.key.column,
    cell: name(c.key),
    from: c.from,
    to: c.to,
  });

/**
 * A cell's name as the clerk says it: "自然人·（一）予以公开", "总计·（四）1.本机关不掌握相关政府信息",
 * "行政复议·结果维持".
 */
export function cellShortName(table: TableTemplate, key: CellKey): string {
  const row = table.rows.find((r) => r.key === key.row);
  const column = table.columns.find((c) => c.key === key.column);
  const columnLabel = column?.short ?? key.column;
  if (!row) return `${columnLabel}·${key.row}`;
  if (table.key === "table4")
    return `${row.group ? `${row.group}（${row.label}）` : row.label}·${columnLabel}`;
  // "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" → "（二）部分公开"
  const label = row.label.replace(/（区分处理的.*$/, "");
  const group =
    row.group && !row.group.startsWith("三、") ? /^（[一二三四五六七八九十]+）/.exec(row.group)?.[0] : "";
  return `${columnLabel}·${group ?? ""}${label}`;
}

/** "表三“总计”列（七）总计", "表三“（四）1…”行合计": where a sum sits. */
function equationName(table: TableTemplate, e: Equation): string {
  const t = shortTableName(table);
  if (e.along === "row") return `${t}${cellShortName(table, e.at).split("·").slice(1).join("·")}行合计`;
  const column = table.columns.find((c) => c.key === e.each)?.short ?? e.each;
  return e.rule === "balance" ? `${t}“${column}”列勾稽关系` : `${t}“${column}”列（七）总计`;
}
