import type { FileReport } from "./report";
import { passed } from "./report";

/**
 * The `--json` contract: one object with a `files` array. Findings keep their keys and numbers;
 * host refs and rule data stay out, so the output is the same for the same document.
 */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => {
    const result = r.result;
    return {
      file: r.file,
      ok: passed(r),
      error: r.error && { code: r.error.code, message: r.error.message },
      format: result?.format ?? "unknown",
      year: result?.year ?? null,
      sections: (result?.sections ?? []).map((s) => ({ key: s.key, found: s.found, heading: s.heading })),
      tables: (result?.tables ?? []).map((t) => ({
        key: t.key,
        found: t.found,
        bound: t.bound,
        expected: t.expected,
      })),
      findings: (result?.findings ?? []).map((f) => ({
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
      ...(r.copies ? { copies: r.copies } : {}),
    };
  });
  return JSON.stringify({ version: 1, files }, null, 2) + "\n";
}

function withoutRef<T extends { ref?: unknown }>(fix: T): Omit<T, "ref"> {
  const { ref: _ref, ...rest } = fix;
  void _ref;
  return rest;
}
