import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  item: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: tokens.fontSizeBase300,
    height: tokens.fontSizeBase300,
    borderRadius: tokens.borderRadiusSmall,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface LegendProps {
  /** The shading used in the document, "#RRGGBB" per level. */
  readonly colors: Readonly<Record<"error" | "warning" | "part", string>>;
}

/** What the colours in the document mean. The swatches are the document's colours, not the theme's. */
export function Legend({ colors }: LegendProps) {
  const styles = useStyles();
  const s = useStrings();
  const items = [
    ["error", s.legend.error],
    ["warning", s.legend.warning],
    ["part", s.legend.part],
  ] as const;
  return (
    <div className={styles.root}>
      <Text size={200}>{s.legendTitle}</Text>
      {items.map(([level, label]) => (
        <span key={level} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: colors[level] }} aria-hidden />
          <Text size={200}>{label}</Text>
        </span>
      ))}
    </div>
  );
}
