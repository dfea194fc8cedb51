import type { Formatter } from "./formatter";
import { SKIP_MESSAGES, passed, type FileReport } from "./report";

/** The JSON formatter, which also takes a file's text written elsewhere (a worker thread: fileText). */
export interface JsonFormatter extends Formatter {
  /** Writes a file's text as `fileText` made it, in its place among the files. */
  written(text: string): string;
}

/**
 * The `--json` contract: one object with a `files` array, then the files not checked
 * (`skipped`) and the batch's `summary`. Findings keep their keys and numbers; host refs and
 * rule data stay out, so the output is the same for the same document. Written file by file as
 * a run goes, and still one valid JSON object at the end.
 */
export function jsonFormatter(errorsOnly = false): JsonFormatter {
  let first = true;
  const written = (text: string) => {
    const separated = first ? text.slice(1) : text;
    first = false;
    return separated;
  };
  return {
    begin: () => '{\n  "version": 1,\n  "files": [',
    file: (r) => written(fileText(r, errorsOnly)),
    written,
    end: (s) => {
      const skipped = s.skipped.map((k) => ({
        file: k.file,
        reason: k.reason,
        message: SKIP_MESSAGES[k.reason].zh,
      }));
      const summary = {
        files: s.verdicts.errors + s.verdicts.warnings + s.verdicts.clean + s.verdicts.unread,
        errors: s.verdicts.errors,
        warnings: s.verdicts.warnings,
        clean: s.verdicts.clean,
        unread: s.verdicts.unread,
        skipped: s.skipped.length,
        ...(s.year ? { year: s.year } : {}),
        ...(s.unpaired ? { unpaired: s.unpaired } : {}),
        ...(s.duplicates
          ? {
              duplicates: {
                sameUnit: s.duplicates.sameUnit.map((u) => ({
                  agency: u.agency,
                  files: u.files.map((f) => f.file),
                })),
                identical: s.duplicates.identical.map((set) => set.map((f) => f.file)),
              },
            }
          : {}),
      };
      return `${first ? "" : "\n  "}],\n  "skipped": ${stringifyAt(skipped, 1).trimStart()},\n  "summary": ${stringifyAt(summary, 1).trimStart()}\n}\n`;
    },
  };
}

/**
 * One file's object in the `files` array, after the comma and line end before it: its keys on
 * lines of their own, four spaces in, each finding on a line of its own. Each piece is written
 * by JSON.stringify without indentation, V8's fast path: indenting the whole object (a Word
 * report's 47 findings, 46 KB) took five times as long and wrote twice the bytes, about a tenth
 * of a 200-file run. A reviewer's `grep` finds one finding a line.
 */
export function fileText(r: FileReport, errorsOnly: boolean): string {
  const { file, ok, error, format, year, agency, sections, tables, findings, ...after } = fileObject(
    r,
    errorsOnly,
  );
  const head = JSON.stringify({ file, ok, error, format, year, agency });
  const lines = findings.map((f) => JSON.stringify(f)).join(",\n        ");
  // converted, previous and copies, when the run has them, close the object as before
  const rest = JSON.stringify(after).slice(1, -1);
  return (
    `,\n    ${head.slice(0, -1)},\n      "sections": ${JSON.stringify(sections)},` +
    `\n      "tables": ${JSON.stringify(tables)},` +
    `\n      "findings": [${lines ? `\n        ${lines}\n      ` : ""}]` +
    `${rest ? `,\n      ${rest}` : ""}}`
  );
}

/**
 * `value` as JSON.stringify(value, null, 2) writes it, every line indented by `depth` levels (two
 * spaces each): JSON.stringify writes it nested that deep in arrays, and the brackets around it are
 * cut off. For the batch's small closing parts (skipped, summary).
 */
export function stringifyAt(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // each wrapping array i levels deep opens with 2i spaces and "[\n" and closes with "\n", 2i spaces and "]"
  let head = 0;
  let tail = text.length;
  for (let i = 0; i < depth; i++) {
    head += 2 + 2 * i;
    tail -= 2 + 2 * i;
  }
  return text.slice(head, tail);
}

function fileObject(r: FileReport, errorsOnly: boolean) {
  const result = r.result;
  return {
    file: r.file,
    ok: passed(r),
    error: r.error && { code: r.error.code, message: r.error.message },
    format: result?.format ?? "unknown",
    year: result?.year ?? null,
    agency: result?.agency ?? null,
    sections: (result?.sections ?? []).map((s) => ({ key: s.key, found: s.found, heading: s.heading })),
    tables: (result?.tables ?? []).map((t) => ({
      key: t.key,
      found: t.found,
      bound: t.bound,
      expected: t.expected,
    })),
    findings: (result?.findings ?? [])
      .filter((f) => !errorsOnly || f.severity === "error")
      .map((f) => ({
        rule: f.rule,
        severity: f.severity,
        section: f.section,
        table: f.table,
        row: f.row,
        column: f.column,
        expected: f.expected,
        actual: f.actual,
        cells: f.cells.map((c) => ({ table: c.table, row: c.row, column: c.column })),
        message: f.message,
        messageEn: f.messageEn,
        ...(f.fix ? { fix: withoutRef(f.fix) } : {}),
        ...(f.suggestions ? { suggestions: f.suggestions.map(withoutRef) } : {}),
        ...(f.suspect ? { suspect: f.suspect } : {}),
      })),
    ...(r.converted ? { converted: true } : {}),
    ...(r.previous !== undefined ? { previous: r.previous } : {}),
    ...(r.copies ? { copies: r.copies } : {}),
  };
}

function withoutRef<T extends { ref?: unknown }>(fix: T): Omit<T, "ref"> {
  const { ref, ...rest } = fix;
  return rest;
}
