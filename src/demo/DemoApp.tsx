import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { DocumentSnapshot } from "../engine";
import { App } from "../taskpane/components/App";
import { browserStorage, memorySettings, profileStore, type ProfileStore } from "../taskpane/profile-store";
import type { Lang } from "../taskpane/strings";
import { MARK_COLORS } from "../word/plan-marks";
import type { CheckFn } from "../word/run-check";
import { createDemoPort, type DemoPort } from "./demo-port";
import { downloadCopy, saveAs, type CopyKind } from "./downloads";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateRows: "auto auto minmax(0, 1fr)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  barTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  note: { fontSize: tokens.fontSizeBase200, opacity: 0.9 },
  main: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 26rem", minHeight: 0 },
  docScroll: { overflow: "auto", padding: tokens.spacingHorizontalXXL },
  paper: {
    maxWidth: "52rem",
    marginInline: "auto",
    padding: tokens.spacingHorizontalXXXL,
    backgroundColor: "#FFFFFF", // a page of the document, not part of the theme
    color: "#000000",
    boxShadow: tokens.shadow8,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    "& p": { marginBlock: tokens.spacingVerticalXS },
    "& p[data-level='0']": {
      fontSize: tokens.fontSizeBase500,
      fontWeight: tokens.fontWeightSemibold,
      textAlign: "center",
    },
    "& p[data-level='1'], & p[data-level='2']": { fontWeight: tokens.fontWeightSemibold },
    "& table": { borderCollapse: "collapse", width: "100%", marginBlock: tokens.spacingVerticalM },
    "& td": {
      border: `${tokens.strokeWidthThin} solid #7F7F7F`,
      paddingBlock: tokens.spacingVerticalXXS,
      paddingInline: tokens.spacingHorizontalXS,
      verticalAlign: "middle",
      fontSize: tokens.fontSizeBase200,
    },
    "& [data-mark='error']": { backgroundColor: MARK_COLORS.error },
    "& [data-mark='warning']": { backgroundColor: MARK_COLORS.warning },
    "& [data-mark='info']": { backgroundColor: MARK_COLORS.info },
    "& [data-mark='part']": { backgroundColor: MARK_COLORS.part },
    "& [data-focus]": {
      outline: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  pane: {
    overflow: "auto",
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { marginInline: tokens.spacingHorizontalL, marginBlock: tokens.spacingVerticalS },
});

export interface DemoAppProps {
  /** `readDocx` from src/docx. */
  readonly readDocx: (bytes: Uint8Array) => DocumentSnapshot;
  readonly check: CheckFn;
  readonly lang?: Lang;
  /** The .docx shown first; same origin. */
  readonly sampleUrl?: string;
  /** The pane's width in CSS pixels, to see it as Word's task pane shows it (320, 400); 416 by default. */
  readonly paneWidth?: number;
}

const DOWNLOADS: Readonly<Record<CopyKind, readonly [string, string]>> = {
  annotated: ["下载标注副本", "Download annotated copy"],
  fixed: ["下载修正副本", "Download fixed copy"],
  current: ["下载当前文件", "Download current file"],
  template: ["下载空白报告模板", "Download blank report"],
};

/** The pane next to a rendering of a .docx: try the checker without Word. Nothing leaves the page. */
export function DemoApp({
  readDocx,
  check,
  lang = "zh",
  sampleUrl = "sample-report.docx",
  paneWidth,
}: DemoAppProps) {
  const styles = useStyles();
  const view = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const pane = useRef<HTMLElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [doc, setDoc] = useState<{
    name: string;
    port: DemoPort;
    id: number;
    profiles: ProfileStore;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zh = lang === "zh";

  const open = (name: string, bytes: Uint8Array) => {
    try {
      const snapshot = readDocx(bytes);
      setError(null);
      setDoc((d) => ({
        name,
        port: createDemoPort(view.current as HTMLElement, snapshot, { bytes, read: readDocx }),
        id: (d?.id ?? 0) + 1,
        // the page's user settings, and this file's own while it is open
        profiles: profileStore(browserStorage(), memorySettings()),
      }));
      // a new file starts at its top, the pane too (it is mounted again, without the old notices)
      scroller.current?.scrollTo?.({ top: 0 });
      pane.current?.scrollTo?.({ top: 0 });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setError(zh ? `无法打开“${name}”：${detail}` : `Cannot open “${name}”: ${detail}`);
    }
  };

  const save = (kind: CopyKind) => {
    const bytes = doc?.port.bytes() ?? null;
    downloadCopy(kind, doc?.name ?? "report.docx", bytes, { readDocx, check }).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  };

  useEffect(() => {
    fetch(sampleUrl)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((buffer) => open(sampleUrl.split("/").pop() as string, new Uint8Array(buffer)))
      .catch(() =>
        setError(
          zh
            ? "没有找到示例报告，请打开一个 .docx 文件。"
            : "The sample report is missing; open a .docx file.",
        ),
      );
  }, []); // once, on load

  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <Text className={styles.barTitle}>
          {zh ? "年报校验 · 演示（无需 Word）" : "Report Checker · demo (no Word needed)"}
        </Text>
        <Button onClick={() => picker.current?.click()}>
          {zh ? "打开 .docx 文件…" : "Open a .docx file…"}
        </Button>
        <input
          ref={picker}
          type="file"
          hidden
          accept=".docx,.xml"
          data-testid="open-docx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // opening the same file again still loads it
            if (file) void file.arrayBuffer().then((b) => open(file.name, new Uint8Array(b)));
          }}
        />
        {doc &&
          (["annotated", "fixed", "current"] as const).map((kind: CopyKind) => (
            <Button key={kind} size="small" data-testid={`download-${kind}`} onClick={() => save(kind)}>
              {DOWNLOADS[kind][zh ? 0 : 1]}
            </Button>
          ))}
        <Button size="small" data-testid="download-template" onClick={() => save("template")}>
          {DOWNLOADS.template[zh ? 0 : 1]}
        </Button>
        {doc && (
          <Text className={styles.note} data-testid="doc-name">
            {zh ? `当前文件：${doc.name}` : `File: ${doc.name}`}
          </Text>
        )}
        <Text className={styles.note}>
          {zh ? "文件只在本页面中读取，不会上传。" : "The file is read in this page only and never uploaded."}
        </Text>
      </header>
      {/* messages where the eye is: under the bar, above the document and the pane */}
      <div role="alert" data-testid="page-message">
        {error && (
          <MessageBar intent="error" layout="multiline" className={styles.error}>
            <MessageBarBody>
              {error}
              {doc && (zh ? `（仍显示 ${doc.name}）` : ` (still showing ${doc.name})`)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div
        className={styles.main}
        style={paneWidth ? { gridTemplateColumns: `minmax(0, 1fr) ${paneWidth}px` } : undefined}
      >
        {/* scrolls on its own: focusable so keyboard users can scroll the document */}
        <div
          ref={scroller}
          className={styles.docScroll}
          tabIndex={0}
          role="region"
          aria-label={zh ? "报告正文" : "Report text"}
        >
          <article className={styles.paper} ref={view} data-testid="document" aria-label={doc?.name} />
        </div>
        <aside ref={pane} className={styles.pane} aria-label={zh ? "校验面板" : "Checker pane"}>
          {doc && (
            <App
              key={doc.id}
              port={doc.port}
              check={check}
              lang={lang}
              readDocx={readDocx}
              profiles={doc.profiles}
              onSheet={async (docx) => saveAs(docx, `自查单-${doc.name.replace(/\.(docx|xml)$/i, "")}.docx`)}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
