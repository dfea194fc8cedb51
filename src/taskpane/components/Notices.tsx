import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Capabilities, FailureReason } from "../../word/port";
import { useStrings, type Strings } from "../strings";
import type { Notice } from "../use-check";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  detail: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    overflowWrap: "anywhere",
  },
});

type Intent = "error" | "warning" | "info" | "success";

function Bar({ intent, title, children }: { intent: Intent; title: string; children?: React.ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

function reasonBody(s: Strings, reason: FailureReason, caps: Capabilities): string {
  const body = s.reasons[reason].body;
  return typeof body === "function" ? body(caps.wordApi) : body;
}

export interface NoticesProps {
  readonly capabilities: Capabilities;
  readonly notice: Notice | null;
  /** The last check found none of the report's tables. */
  readonly noTables: boolean;
  /** Cells that have a finding but could not be shaded. */
  readonly unconfirmed: number;
  /** Hidden text and text boxes could not be checked against the body's OOXML (see read-snapshot.ts). */
  readonly storyUnchecked?: boolean;
  /** The report sits in a web page's layout table: read as its content, its tables not writable. */
  readonly laidOut?: boolean;
}

/** Plain-language messages: what this Word cannot do, what just happened, what went wrong. */
export function Notices({
  capabilities,
  notice,
  noTables,
  unconfirmed,
  storyUnchecked,
  laidOut,
}: NoticesProps) {
  const styles = useStyles();
  const s = useStrings();
  const failure = notice?.kind === "failure" ? notice : null;
  const standing: FailureReason | null = !capabilities.tables
    ? "too-old"
    : capabilities.readOnly
      ? "read-only"
      : null;
  return (
    <div className={styles.root}>
      {standing && failure?.reason !== standing && (
        <Bar intent={standing === "too-old" ? "error" : "warning"} title={s.reasons[standing].title}>
          {reasonBody(s, standing, capabilities)}
        </Bar>
      )}
      {failure && (
        <Bar
          intent={failure.reason === "host-error" ? "error" : "warning"}
          title={s.reasons[failure.reason].title}
        >
          {reasonBody(s, failure.reason, capabilities)}
          {failure.reason === "host-error" && failure.detail && (
            <code className={styles.detail}>{failure.detail}</code>
          )}
        </Bar>
      )}
      {notice?.kind === "engine" && (
        <Bar intent="error" title={s.engineError.title}>
          {s.engineError.body}
          <code className={styles.detail}>{notice.detail}</code>
        </Bar>
      )}
      {noTables && (
        <Bar intent="warning" title={s.noTables.title}>
          {s.noTables.body}
        </Bar>
      )}
      {laidOut && (
        <Bar intent="warning" title={s.laidOut.title}>
          {s.laidOut.body}
        </Bar>
      )}
      {unconfirmed > 0 && <Bar intent="warning" title={s.unconfirmed(unconfirmed)} />}
      {storyUnchecked && (
        <Bar intent="warning" title={s.storyUnchecked.title}>
          {s.storyUnchecked.body}
        </Bar>
      )}
      {notice?.kind === "cleared" && (
        <Bar intent="success" title={s.cleared(notice.outcome.restored)}>
          {[
            notice.outcome.changed ? s.clearedChanged(notice.outcome.changed) : "",
            notice.outcome.approximate ? s.whiteForNoColor(notice.outcome.approximate) : "",
            notice.outcome.unreachable ? s.clearedUnreachable(notice.outcome.unreachable) : "",
          ]
            .filter(Boolean)
            .join(" ")}
        </Bar>
      )}
      {notice?.kind === "fixed" && (
        <Bar intent="success" title={notice.applied === undefined ? s.fixed : s.fixedCount(notice.applied)} />
      )}
    </div>
  );
}
