import {
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { batchFileOf, duplicateLines, duplicatesOf } from "../review/duplicates";
import { VERDICTS as STRINGS_VERDICT, type ReportEntry, type Verdict } from "../review/report-entry";
import { checkAll } from "./check-pool";
import { annotatedZip, lettersZip, save, summaryFile, type PageReport } from "./downloads";
import { fromDrop, fromInput, sortPicked, type LeftOut, type Picked } from "./gather-files";
import { ReportDialog } from "./ReportDialog";
import { ReportTable, rowOf, type Row } from "./ReportTable";
import { STRINGS, type Lang } from "./strings";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, margin: 0 },
  main: { padding: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalM },
  drop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  grid: { overflowX: "auto", backgroundColor: tokens.colorNeutralBackground1 },
  leftOut: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const DEFAULT_WORKERS = 2;

/** Each download, built from the checked reports and from every report (those not checked too: a row, a letter). */
const DOWNLOADS: readonly {
  readonly kind: "summary" | "annotated" | "letters";
  readonly name: Readonly<Record<Lang, string>>;
  readonly build: (checked: readonly PageReport[], all: readonly ReportEntry[]) => Promise<Blob>;
}[] = [
  {
    kind: "summary",
    name: { zh: "年报审核汇总.xlsx", en: "review-summary.xlsx" },
    build: (_, all) => summaryFile(all),
  },
  {
    kind: "annotated",
    name: { zh: "标注副本.zip", en: "annotated-copies.zip" },
    build: (checked) => annotatedZip(checked),
  },
  { kind: "letters", name: { zh: "审核意见.zip", en: "letters.zip" }, build: (_, all) => lettersZip(all) },
];

export function ReviewApp({ lang = "zh", spawn }: { readonly lang?: Lang; readonly spawn: () => Worker }) {
  const styles = useStyles();
  const s = STRINGS[lang];
  const zh = lang === "zh";
  const [reports, setReports] = useState<(PageReport | null)[]>([]);
  const [leftOut, setLeftOut] = useState<LeftOut[]>([]);
  // a unit's report the page cannot check (.doc, .pdf, unreadable): a row with why, as in the CLI
  const [notChecked, setNotChecked] = useState<ReportEntry[]>([]);
  const [filter, setFilter] = useState("");
  const [verdict, setVerdict] = useState<Verdict | "all">("all");
  const [open, setOpen] = useState<PageReport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  const add = (picked: readonly Picked[]) => {
    const sorted = sortPicked(picked);
    setLeftOut((l) => [...l, ...sorted.leftOut]);
    setNotChecked((n) => [...n, ...sorted.notChecked]);
    let offset = 0;
    setReports((r) => {
      offset = r.length;
      return [...r, ...sorted.reports.map(() => null)];
    });
    const jobs = sorted.reports.map((p) => ({ read: () => p.file!.arrayBuffer() }));
    const size = Math.min(navigator.hardwareConcurrency || DEFAULT_WORKERS, 4);
    void checkAll(
      jobs,
      spawn,
      (index, checked) => {
        const p = sorted.reports[index];
        const report: PageReport = { file: p.path, ...checked, read: jobs[index].read };
        setReports((r) => r.map((x, i) => (i === offset + index ? report : x)));
      },
      size,
    );
  };

  const done = reports.filter((r): r is PageReport => r !== null);
  const all = useMemo(
    (): ReportEntry[] => [...reports.filter((r): r is PageReport => r !== null), ...notChecked],
    [reports, notChecked],
  );
  const finished = done.length === reports.length && all.length > 0;
  const rows = useMemo(() => all.map(rowOf), [all]);
  // files sent twice: one 单位 in several files, the same bytes under two names
  const duplicates = useMemo(() => duplicateLines(duplicatesOf(all.map(batchFileOf)), lang), [all, lang]);
  const shown = rows.filter(
    (r) =>
      (verdict === "all" || r.verdict === verdict) &&
      (!filter || r.unit.includes(filter) || r.entry.file.includes(filter)),
  );
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const onOpen = useCallback((row: Row) => setOpen(row.entry as PageReport), []);

  const download = (kind: string, name: string, build: () => Promise<Blob>) => {
    setBusy(kind);
    build()
      .then((blob) => save(blob, name))
      .finally(() => setBusy(null));
  };

  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <h1 className={styles.title}>{s.title}</h1>
        <Text>{s.privacy}</Text>
      </header>
      <main className={styles.main}>
        <div
          className={mergeClasses(styles.drop, dragging && styles.dragging)}
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void fromDrop(e.dataTransfer).then(add);
          }}
        >
          <Text weight="semibold">{s.drop}</Text>
          <Button appearance="primary" onClick={() => folder.current?.click()}>
            {s.pickFolder}
          </Button>
          <Button onClick={() => files.current?.click()}>{s.pickFiles}</Button>
          <Text size={200}>{s.dropHint}</Text>
          <input
            ref={files}
            type="file"
            multiple
            hidden
            data-testid="pick-files"
            onChange={(e) => {
              if (e.target.files) add(fromInput(e.target.files));
              e.target.value = "";
            }}
          />
          <input
            ref={folder}
            type="file"
            hidden
            data-testid="pick-folder"
            {...{ webkitdirectory: "" }}
            onChange={(e) => {
              if (e.target.files) add(fromInput(e.target.files));
              e.target.value = "";
            }}
          />
        </div>
        {reports.length > 0 && (
          <Field
            validationState="none"
            validationMessage={s.progress(done.length, reports.length)}
            data-testid="progress"
          >
            <ProgressBar
              value={done.length / reports.length}
              aria-label={s.progress(done.length, reports.length)}
            />
          </Field>
        )}
        {rows.length > 0 && (
          <Text as="p" role="status" data-testid="batch-summary">
            {s.summary(rows.length, count("errors"), count("warnings"), count("unread"))}
          </Text>
        )}
        <div className={styles.tools}>
          <Field label={s.filter}>
            <Input value={filter} onChange={(_, d) => setFilter(d.value)} data-testid="filter" />
          </Field>
          <Field label={s.verdictFilter}>
            <Select
              value={verdict}
              onChange={(_, d) => setVerdict(d.value as Verdict | "all")}
              data-testid="verdict-filter"
            >
              <option value="all">{s.all}</option>
              {(["errors", "warnings", "clean", "unread"] as const).map((v) => (
                <option key={v} value={v}>
                  {STRINGS_VERDICT[lang][v]}
                </option>
              ))}
            </Select>
          </Field>
          {DOWNLOADS.map(({ kind, name, build }) => (
            <Button
              key={kind}
              disabled={!finished || !!busy}
              data-testid={`download-${kind}`}
              onClick={() => download(kind, name[lang], () => build(done, all))}
            >
              {busy === kind ? s.preparing : s.downloads[kind]}
            </Button>
          ))}
        </div>
        <div className={styles.grid}>
          {rows.length ? (
            <ReportTable rows={shown} lang={lang} s={s} onOpen={onOpen} />
          ) : (
            <Text>{s.empty}</Text>
          )}
        </div>
        {duplicates.length > 0 && (
          <section data-testid="duplicates" aria-label={s.duplicatesTitle}>
            <h2>{s.duplicatesTitle}</h2>
            <ul className={styles.leftOut}>
              {duplicates.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        {leftOut.length > 0 && (
          <section data-testid="left-out" aria-label={s.leftOutTitle(leftOut.length)}>
            <h2>{s.leftOutTitle(leftOut.length)}</h2>
            <ul className={styles.leftOut}>
              {leftOut.map((l, i) => (
                <li key={i}>
                  {l.path}：{zh ? l.reason : l.reasonEn}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
      <ReportDialog report={open} lang={lang} s={s} onClose={() => setOpen(null)} />
    </div>
  );
}
