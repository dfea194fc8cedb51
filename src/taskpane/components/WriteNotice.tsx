import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../strings";
import type { Notice } from "../use-check";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What a write into the document did: inserted, replaced (with the numbers it could not carry), filled; and Track Changes. */
export function WriteNotice({ notice }: { readonly notice: Notice | null }) {
  const styles = useStyles();
  const s = useStrings();
  if (!notice || (notice.kind !== "repaired" && notice.kind !== "filled" && notice.kind !== "fixed"))
    return null;
  const plan = notice.kind === "repaired" ? notice.plan : null;
  const replaced = plan?.kind === "replace-table" ? plan : null;
  return (
    <div className={styles.root} data-testid="write-notice">
      {notice.kind === "repaired" && (
        <MessageBar intent={replaced?.uncarried.length ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {replaced ? s.repair.replaced(replaced.carried, replaced.zeroFilled) : s.repair.inserted}
            </MessageBarTitle>
            {replaced && replaced.uncarried.length > 0 && (
              <>
                <Text>{s.repair.uncarried(replaced.uncarried.length)}</Text>
                <ul className={styles.list}>
                  {replaced.uncarried.map((u, i) => (
                    <li key={i}>{s.repair.uncarriedItem(u.rowLabel, u.text)}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice.kind === "filled" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {s.repair.filled(notice.applied, notice.refused, notice.commented)}
            </MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice.kind === "repaired" && notice.untidy && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.repair.untidy}</MessageBarBody>
        </MessageBar>
      )}
      {notice.tracked && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.repair.tracked}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
