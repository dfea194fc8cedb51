import {
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { KEY_FIGURES, keyFigures, type KeyFigure } from "../review/figures";
import {
  errorsOf,
  NOT_CHECKED,
  unitOf,
  verdictOf,
  VERDICTS,
  warningsOf,
  type ReportEntry,
  type Verdict,
} from "../review/report-entry";
import type { Lang, Strings } from "./strings";

export interface Row {
  readonly id: number;
  readonly entry: ReportEntry;
  readonly unit: string;
  readonly verdict: Verdict;
  readonly errors: number;
  readonly warnings: number;
  readonly figures: Readonly<Record<KeyFigure, number | null>>;
}

export const rowOf = (entry: ReportEntry, id: number): Row => ({
  id,
  entry,
  unit: unitOf(entry),
  verdict: verdictOf(entry),
  errors: errorsOf(entry),
  warnings: warningsOf(entry),
  figures: keyFigures(entry.result),
});

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { unread: 0, errors: 1, warnings: 2, clean: 3 };
const byNumber = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);
const byText = (a: string, b: string) => a.localeCompare(b, "zh-CN");

export function ReportTable({
  rows,
  lang,
  s,
  onOpen,
}: {
  readonly rows: readonly Row[];
  readonly lang: Lang;
  readonly s: Strings;
  readonly onOpen: (row: Row) => void;
}) {
  const columns = useMemo((): TableColumnDefinition<Row>[] => {
    const text = (id: string, label: string, get: (r: Row) => string) =>
      createTableColumn<Row>({
        columnId: id,
        compare: (a, b) => byText(get(a), get(b)),
        renderHeaderCell: () => label,
        renderCell: (r) => get(r),
      });
    const number = (id: string, label: string, get: (r: Row) => number | null) =>
      createTableColumn<Row>({
        columnId: id,
        compare: (a, b) => byNumber(get(a), get(b)),
        renderHeaderCell: () => label,
        renderCell: (r) => get(r) ?? s.none,
      });
    return [
      text("unit", s.columns.unit, (r) => r.unit),
      text("file", s.columns.file, (r) => r.entry.file),
      number("year", s.columns.year, (r) => r.entry.result?.year ?? null),
      createTableColumn<Row>({
        columnId: "verdict",
        compare: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
        renderHeaderCell: () => s.columns.verdict,
        // a .doc or a PDF was not checked at all, rather than failed to be read
        renderCell: (r) => (r.entry.skipped ? NOT_CHECKED[lang] : VERDICTS[lang][r.verdict]),
      }),
      number("errors", s.columns.errors, (r) => r.errors),
      number("warnings", s.columns.warnings, (r) => r.warnings),
      ...KEY_FIGURES.map((k) => number(k.id, lang === "zh" ? k.zh : k.en, (r) => r.figures[k.id])),
      createTableColumn<Row>({
        columnId: "open",
        renderHeaderCell: () => "",
        renderCell: (r) => (
          <Button size="small" aria-label={s.openLabel(r.unit)} onClick={() => onOpen(r)}>
            {s.open}
          </Button>
        ),
      }),
    ];
  }, [lang, s, onOpen]);

  return (
    <DataGrid
      items={[...rows]}
      columns={columns}
      sortable
      getRowId={(r: Row) => r.id}
      aria-label={s.tableCaption}
      data-testid="report-table"
      size="small"
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<Row>>
        {({ item, rowId }) => (
          <DataGridRow<Row> key={rowId} data-verdict={item.verdict}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
