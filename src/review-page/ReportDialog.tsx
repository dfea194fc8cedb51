import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { suspectNote, type Finding, type SectionKey } from "../engine";
import { sectionTitle, tableName } from "../review/places";
import { unitOf, type ReportEntry } from "../review/report-entry";
import type { Lang, Strings } from "./strings";

const useStyles = makeStyles({
  section: { marginBlockEnd: tokens.spacingVerticalL },
  table: { marginInlineStart: tokens.spacingHorizontalM, marginBlockEnd: tokens.spacingVerticalS },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { marginBlockEnd: tokens.spacingVerticalS },
  note: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const SECTIONS: readonly (SectionKey | null)[] = ["s1", "s2", "s3", "s4", "s5", "s6", null];
const SEVERITY = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Findings by section, then by table within it, in the order of the report. */
export function groupBySection(findings: readonly Finding[]) {
  return SECTIONS.map((section) => {
    const own = findings.filter((f) => f.section === section);
    const tables = [...new Set(own.map((f) => f.table))];
    return {
      section,
      tables: tables.map((table) => ({ table, findings: own.filter((f) => f.table === table) })),
    };
  }).filter((g) => g.tables.length);
}

export function ReportDialog({
  report,
  lang,
  s,
  onClose,
}: {
  readonly report: ReportEntry | null;
  readonly lang: Lang;
  readonly s: Strings;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const zh = lang === "zh";
  const findings = report?.result?.findings ?? [];
  return (
    <Dialog open={!!report} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{report ? `${unitOf(report)} · ${report.file}` : ""}</DialogTitle>
          <DialogContent
            data-testid="report-findings"
            tabIndex={0}
            role="region"
            aria-label={s.findingsLabel}
          >
            {report?.error && (
              <Text>
                {s.unreadable}
                {zh ? report.error.message : report.error.messageEn}
              </Text>
            )}
            {report?.result && !findings.length && <Text>{s.noFindings}</Text>}
            {groupBySection(findings).map(({ section, tables }) => (
              <section key={section ?? "whole"} className={styles.section}>
                <h3>{section ? sectionTitle(section) : s.whole}</h3>
                {tables.map(({ table, findings: items }) => (
                  <div key={table ?? "-"} className={styles.table}>
                    {table && <h4>{tableName(table)}</h4>}
                    <ul className={styles.list}>
                      {items.map((f, i) => (
                        <li key={i} className={styles.item}>
                          <Badge appearance="tint" color={COLOR[f.severity]}>
                            {SEVERITY[lang][f.severity]}
                          </Badge>{" "}
                          {zh ? f.message : f.messageEn}
                          {suspectNote(f, lang) && (
                            <span className={styles.note}>{suspectNote(f, lang)}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {s.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
