import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Fix, TableKey } from "../../engine";
import type { RepairPlan } from "../../word/plan-repairs";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  card: { rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface RepairPanelProps {
  /** What the last check allows inserting or replacing (see planRepairs). */
  readonly plans: readonly RepairPlan[];
  /** Per table, the 空白填0 fixes of its blank and placeholder cells. */
  readonly fills: readonly { readonly table: TableKey; readonly fixes: readonly Fix[] }[];
  readonly onRepair: (plan: RepairPlan) => void;
  readonly onFill: (fixes: readonly Fix[]) => void;
  /** The tables the report lacks (see missingTables): only these are offered at the cursor. */
  readonly atCursor: readonly TableKey[];
  readonly onInsertAtCursor: (table: TableKey) => void;
  readonly disabled?: boolean;
}

/** 补全与修正: insert what is missing, replace damaged tables, fill a table's blanks, insert a table at the cursor. */
export function RepairPanel({
  plans,
  fills,
  onRepair,
  onFill,
  atCursor,
  onInsertAtCursor,
  disabled,
}: RepairPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const tableName = (t: TableKey) => s.tableNames[t];
  const describe = (plan: RepairPlan): [string, string] => {
    if (plan.kind === "insert-section")
      return [s.repair.insertSection(s.sectionNames[plan.section]), s.repair.insertSectionButton];
    if (plan.kind === "insert-table") {
      const section = { table2: "s2", table3: "s3", table4: "s4" }[plan.table];
      return [
        s.repair.insertTable(tableName(plan.table), s.sectionNames[section]),
        s.repair.insertTableButton,
      ];
    }
    return [s.repair.replaceTable(tableName(plan.table)), s.repair.replaceTableButton];
  };
  const fillable = fills.filter((f) => f.fixes.length > 0);
  if (!plans.length && !fillable.length && !atCursor.length) return null;
  return (
    <section className={styles.root} aria-label={s.repair.title} data-testid="repairs">
      {(plans.length > 0 || fillable.length > 0) && <Text className={styles.intro}>{s.repair.intro}</Text>}
      {plans.map((plan) => {
        const [text, button] = describe(plan);
        return (
          <Card
            key={`${plan.kind}-${"table" in plan ? plan.table : plan.section}`}
            size="small"
            className={styles.card}
          >
            <Text>{text}</Text>
            <div className={styles.row}>
              <Button
                size="small"
                appearance="primary"
                disabled={disabled}
                data-repair={plan.kind}
                onClick={() => onRepair(plan)}
              >
                {button}
              </Button>
            </div>
          </Card>
        );
      })}
      {fillable.map(({ table, fixes }) => (
        <Card key={`fill-${table}`} size="small" className={styles.card}>
          <Text>{s.repair.fillZero(tableName(table), fixes.length)}</Text>
          <div className={styles.row}>
            <Button
              size="small"
              appearance="primary"
              disabled={disabled}
              data-repair="fill-zero"
              onClick={() => onFill(fixes)}
            >
              {s.repair.fillZeroButton}
            </Button>
          </div>
        </Card>
      ))}
      {atCursor.length > 0 && (
        <div className={styles.row}>
          <Text size={200}>{s.repair.atCursor}</Text>
          {atCursor.map((t) => (
            <Button key={t} size="small" disabled={disabled} onClick={() => onInsertAtCursor(t)}>
              {s.repair.tableShort[t]}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
