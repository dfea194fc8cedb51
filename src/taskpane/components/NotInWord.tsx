import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { strings, type Lang } from "../strings";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

/** Shown when the pane is opened outside Word (a browser, another Office app). */
export function NotInWord({ lang }: { readonly lang: Lang }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>{strings[lang].notWord}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
