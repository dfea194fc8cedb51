import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../engine";
import type { MarkOutcome, TableMapping } from "../../word/port";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  sections: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  label: { fontSize: tokens.fontSizeBase200, marginInlineEnd: tokens.spacingHorizontalXS },
  tables: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface SummaryProps {
  readonly result: CheckResult;
  /** How many cells of each document table the host could address. */
  readonly mapping: readonly TableMapping[];
  readonly mark: MarkOutcome | null;
  /** How many of the result's findings the clerk ignored (not counted above, not shaded). */
  readonly ignored?: number;
}

/** What was checked: the report's year and format, its parts and tables, and what was marked. */
export function Summary({ result, mapping, mark, ignored = 0 }: SummaryProps) {
  const styles = useStyles();
  const s = useStrings();
  const mapped = (parts: readonly { readonly t?: unknown }[]) => {
    // a layout table's tables are nested, none addressed: the notice above says so
    const tables = mapping.filter((m) => !m.layout && parts.some((p) => p.t === m.ref.t));
    return tables.reduce((n, m) => [n[0] + m.confirmed, n[1] + m.cells], [0, 0]);
  };
  return (
    <div className={styles.root}>
      <Text className={styles.meta}>
        {[
          result.year ? s.year(result.year) : null,
          result.format === "mixed"
            ? s.formatMixed(
                result.tables.flatMap((t) =>
                  t.found && t.format ? [[s.repair.tableShort[t.key], t.format] as const] : [],
                ),
              )
            : s.format(result.format),
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
      <div className={styles.sections}>
        <Text className={styles.label}>{s.labelled(s.sections, "")}</Text>
        {result.sections.map((section) => (
          <Badge
            key={section.key}
            appearance={section.found ? "tint" : "filled"}
            color={section.found ? "success" : "danger"}
            title={`${s.sectionNames[section.key]}${section.found ? "" : `（${s.sectionMissing}）`}`}
          >
            {(s.sectionNames[section.key] ?? section.key).split(/[、.]/)[0]}
          </Badge>
        ))}
      </div>
      <ul className={styles.tables} aria-label={s.tables}>
        {result.tables.map((table) => {
          const [confirmed, cells] = mapped(table.parts);
          return (
            <li key={table.key} data-table={table.key}>
              {s.labelled(s.tableNames[table.key] ?? table.key, "")}
              {table.found ? (
                s.joined([
                  s.tableFound(table.bound, table.expected),
                  ...(cells ? [s.tableMapped(confirmed, cells)] : []),
                ])
              ) : (
                <span className={styles.missing}>{s.tableMissing}</span>
              )}
            </li>
          );
        })}
      </ul>
      {mark && (mark.marked > 0 || mark.participating > 0) && (
        <Text size={200}>{s.marked(mark.marked, mark.participating)}</Text>
      )}
      {ignored > 0 && <Text size={200}>{s.ignoredNote(ignored)}</Text>}
      {mark && mark.approximate > 0 && <Text size={200}>{s.whiteForNoColor(mark.approximate)}</Text>}
    </div>
  );
}
