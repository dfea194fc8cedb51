import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { parseProfile, type Profile, type RuleSetting, type Severity } from "../../engine";
import { rules } from "../../engine/rules";
import type { ActiveProfile, ProfileScope } from "../profile-store";
import { textOf } from "../read-file";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  rules: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  rule: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalXS,
  },
  id: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, display: "block" },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface SettingsPanelProps {
  readonly active: ActiveProfile;
  readonly lang: "zh" | "en";
  /** Stores the profile in a scope (null forgets it there); rejects when it could not be saved. */
  readonly onSave: (profile: Profile | null, scope: ProfileScope) => Promise<void>;
  /** Whether a per-document override can be stored (Word's document settings). */
  readonly canUseDocument: boolean;
  readonly disabled?: boolean;
}

/** 规则设置: every rule with its description, on or off, its severity; a profile file to load. */
export function SettingsPanel({ active, lang, onSave, canUseDocument, disabled }: SettingsPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const scope: ProfileScope = active.scope ?? "user";
  const settings = active.profile?.rules ?? {};

  const save = (profile: Profile | null, where: ProfileScope = scope) => {
    setError(null);
    onSave(profile, where).catch((e: unknown) => setError(s.settings.notSaved(String(e))));
  };
  const change = (id: string, patch: RuleSetting) => {
    const rule = rules.find((r) => r.id === id)!;
    const next = { ...settings[id], ...patch };
    // a setting equal to the rule's own is no setting at all
    const kept: RuleSetting = {
      ...(next.off ? { off: true } : {}),
      ...(next.severity && next.severity !== rule.meta.severity ? { severity: next.severity } : {}),
      ...(next.options ? { options: next.options } : {}),
    };
    const others = Object.fromEntries(Object.entries(settings).filter(([k]) => k !== id));
    save({
      name: active.profile?.name ?? s.settings.custom,
      rules: Object.keys(kept).length ? { ...others, [id]: kept } : others,
    });
  };
  const load = async (file: File) => {
    try {
      save(parseProfile(await textOf(file)));
    } catch (e) {
      setError(s.settings.bad(file.name, e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <section className={styles.root} aria-labelledby="settings-title" data-testid="settings">
      <Text as="h2" size={400} className={styles.heading} id="settings-title">
        {s.settings.title}
      </Text>
      <Text className={styles.intro}>{s.settings.intro}</Text>
      <Text data-testid="active-profile">
        {s.settings.active(active.profile?.name ?? null, active.scope)}
      </Text>
      <div className={styles.row}>
        <Button size="small" onClick={() => picker.current?.click()} disabled={disabled}>
          {s.settings.load}
        </Button>
        <input
          ref={picker}
          type="file"
          hidden
          accept=".json,application/json"
          data-testid="profile-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void load(file);
          }}
        />
        <Button size="small" onClick={() => save(null)} disabled={disabled || !active.profile}>
          {s.settings.reset}
        </Button>
        {canUseDocument && (
          <Checkbox
            label={s.settings.documentOnly}
            checked={active.scope === "document"}
            disabled={disabled}
            onChange={(_, d) => {
              // moving the profile between the document and the user: the document's copy wins while there
              if (d.checked) save(active.profile ?? { name: s.settings.custom, rules: {} }, "document");
              else save(null, "document");
            }}
          />
        )}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.rules} role="list">
        {rules.map((rule) => {
          const setting = settings[rule.id] ?? {};
          return (
            <li key={rule.id} className={styles.rule} data-setting={rule.id}>
              <Switch
                checked={!setting.off}
                disabled={disabled}
                onChange={(_, d) => change(rule.id, { off: !d.checked })}
                label={
                  <>
                    {rule.meta.description[lang]}
                    <span className={styles.id}>{rule.id}</span>
                  </>
                }
              />
              <Select
                size="small"
                value={setting.severity ?? rule.meta.severity}
                disabled={disabled || !!setting.off}
                aria-label={s.settings.severity(rule.id)}
                onChange={(_, d) => change(rule.id, { severity: d.value as Severity })}
              >
                {SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {s.severity[severity]}
                  </option>
                ))}
              </Select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
