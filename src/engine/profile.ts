/**
 * A profile: a province's, a city's or a clerk's choice of rules — which are off, which count as
 * 错误 or 警告, and the thresholds of the rules that have some — as a small JSON file:
 *
 *   { "name": "某市 2025 年考核口径", "rules": { "copied-text": { "off": true },
 *     "cell-blank": { "severity": "error" } } }
 *
 * Pure: the pane, the ribbon command and the CLI read the file their own way and hand the text here.
 */
import type { CheckOptions } from "./check";
import { rules } from "./rules";
import type { Severity } from "./types";

export interface RuleSetting {
  readonly off?: boolean;
  readonly severity?: Severity;
  /** Thresholds by name, for rules whose metadata declares them (RuleMeta.options). */
  readonly options?: Readonly<Record<string, number>>;
}

export interface Profile {
  readonly name: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/** A profile file that cannot be used; the message is for the clerk or the reviewer, in Chinese. */
export class ProfileError extends Error {}

/** A profile is a few lines; anything much larger is not one. */
export const MAX_PROFILE_CHARS = 64 * 1024;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads a profile file's text; throws ProfileError saying what is wrong, in Chinese. */
export function parseProfile(text: string): Profile {
  if (text.length > MAX_PROFILE_CHARS)
    throw new ProfileError(`规则配置文件太大（超过 ${MAX_PROFILE_CHARS / 1024} KB），不像是规则配置文件。`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ProfileError(
      `规则配置文件不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return validProfile(raw);
}

/** Checks a parsed profile (from a file or from storage). */
export function validProfile(raw: unknown): Profile {
  if (!isObject(raw)) throw new ProfileError("规则配置文件应是一个 JSON 对象，含 name 和 rules。");
  const name = raw.name;
  if (typeof name !== "string" || !name.trim() || name.length > 100)
    throw new ProfileError("规则配置文件缺少名称：name 应是 1 到 100 个字的文字。");
  if (!isObject(raw.rules)) throw new ProfileError("规则配置文件缺少 rules：应是以规则名为键的对象。");
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw.rules)) settings[id] = ruleSetting(id, value);
  return { name: name.trim(), rules: settings };
}

function ruleSetting(id: string, value: unknown): RuleSetting {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new ProfileError(`规则配置文件中的“${id}”不是本工具的规则（规则名见 docs/rules）。`);
  if (!isObject(value)) throw new ProfileError(`规则“${id}”的设置应是一个对象，例如 { "off": true }。`);
  const unknown = Object.keys(value).filter((k) => !["off", "severity", "options"].includes(k));
  if (unknown.length)
    throw new ProfileError(
      `规则“${id}”的设置中有不认识的项：${unknown.join("、")}（只能是 off、severity、options）。`,
    );
  const { off, severity, options } = value;
  if (off !== undefined && typeof off !== "boolean")
    throw new ProfileError(`规则“${id}”的 off 应是 true 或 false。`);
  if (severity !== undefined && !SEVERITIES.includes(severity as Severity))
    throw new ProfileError(`规则“${id}”的 severity 应是 error（错误）、warning（警告）或 info（提示）。`);
  return {
    ...(off !== undefined ? { off } : {}),
    ...(severity !== undefined ? { severity: severity as Severity } : {}),
    ...(options !== undefined ? { options: ruleThresholds(id, rule.meta.options, options) } : {}),
  };
}

function ruleThresholds(
  id: string,
  declared: Readonly<Record<string, unknown>> | undefined,
  value: unknown,
): Record<string, number> {
  if (!isObject(value)) throw new ProfileError(`规则“${id}”的 options 应是以参数名为键的对象。`);
  for (const [name, n] of Object.entries(value)) {
    if (!declared || !(name in declared)) throw new ProfileError(`规则“${id}”没有名为“${name}”的参数。`);
    if (typeof n !== "number" || !Number.isFinite(n))
      throw new ProfileError(`规则“${id}”的参数“${name}”应是一个数。`);
  }
  return value as Record<string, number>;
}

/** What a profile asks of a check: the rules left on, their severities and thresholds. */
export function profileOptions(
  profile: Profile | null | undefined,
): Pick<CheckOptions, "rules" | "severities" | "ruleOptions"> {
  if (!profile) return {};
  const entries = Object.entries(profile.rules);
  const severities = Object.fromEntries(entries.flatMap(([id, s]) => (s.severity ? [[id, s.severity]] : [])));
  const ruleOptions = Object.fromEntries(entries.flatMap(([id, s]) => (s.options ? [[id, s.options]] : [])));
  const off = new Set(entries.filter(([, s]) => s.off).map(([id]) => id));
  return {
    ...(off.size ? { rules: rules.filter((r) => !off.has(r.id)).map((r) => r.id) } : {}),
    ...(Object.keys(severities).length ? { severities } : {}),
    ...(Object.keys(ruleOptions).length ? { ruleOptions } : {}),
  };
}
