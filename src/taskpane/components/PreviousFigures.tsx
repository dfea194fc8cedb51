import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import type { PreviousReport } from "../../engine";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, padding: 0 },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Table 三's columns of “四、结转下年度继续办理”, and table 二's rows of 现行有效件数. */
export const CARRIED_COLUMNS = [
  "natural",
  "commercial",
  "research",
  "social",
  "legal",
  "other_org",
  "total",
] as const;
export const IN_FORCE_ROWS = ["regulations", "normative_docs"] as const;

export interface PreviousFiguresProps {
  /** What the document remembers, to start from. */
  readonly initial: PreviousReport | null;
  readonly onSave: (carriedForward: Record<string, number>, inForce: Record<string, number>) => void;
  readonly onCancel: () => void;
  readonly disabled?: boolean;
}

/** A field's number: blank is "not given"; anything but a whole number ≥ 0 is refused. */
const parse = (text: string): number | null | "bad" => {
  const t = text.trim().normalize("NFKC");
  if (!t) return null;
  return /^\d{1,9}$/.test(t) ? Number(t) : "bad";
};

/**
 * The dozen figures of last year's report the cross-year rules need, typed by the clerk when
 * last year's file is not at hand: 结转下年度继续办理 by column and 现行有效件数 of 规章 and
 * 行政规范性文件. Blank fields are left out; those rules compare only what was given.
 */
export function PreviousFigures({ initial, onSave, onCancel, disabled }: PreviousFiguresProps) {
  const styles = useStyles();
  const s = useStrings().previous;
  const errorId = useId();
  const [values, setValues] = useState<Record<string, string>>(() => {
    const start: Record<string, string> = {};
    for (const c of CARRIED_COLUMNS) start[`cf.${c}`] = String(initial?.carriedForward[c] ?? "");
    for (const r of IN_FORCE_ROWS) start[`if.${r}`] = String(initial?.inForce[r] ?? "");
    return start;
  });
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = (keys: readonly string[], prefix: string) => {
      const out: Record<string, number> = {};
      for (const k of keys) {
        const v = parse(values[`${prefix}.${k}`]);
        if (v === "bad") return null;
        if (v !== null) out[k] = v;
      }
      return out;
    };
    const carriedForward = read(CARRIED_COLUMNS, "cf");
    const inForce = read(IN_FORCE_ROWS, "if");
    if (!carriedForward || !inForce) return setError(s.notWhole);
    if (!Object.keys(carriedForward).length && !Object.keys(inForce).length) return setError(s.noneTyped);
    setError(null);
    onSave(carriedForward, inForce);
  };

  const field = (key: string, label: string) => (
    <Field key={key} label={label} size="small" validationState={error === s.notWhole ? "error" : "none"}>
      <Input
        size="small"
        inputMode="numeric"
        value={values[key]}
        aria-describedby={error ? errorId : undefined}
        data-testid={`previous-${key}`}
        onChange={(_, d) => setValues((v) => ({ ...v, [key]: d.value }))}
      />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={submit} data-testid="previous-figures" noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.carriedLegend}</legend>
        <div className={styles.grid}>{CARRIED_COLUMNS.map((c) => field(`cf.${c}`, s.columns[c]))}</div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.inForceLegend}</legend>
        <div className={styles.grid}>{IN_FORCE_ROWS.map((r) => field(`if.${r}`, s.rows[r]))}</div>
      </fieldset>
      {error && (
        <Text id={errorId} role="alert" className={styles.error}>
          {error}
        </Text>
      )}
      <div className={styles.row}>
        <Button size="small" appearance="primary" type="submit" disabled={disabled}>
          {s.saveTyped}
        </Button>
        <Button size="small" onClick={onCancel} disabled={disabled}>
          {s.cancel}
        </Button>
      </div>
    </form>
  );
}
