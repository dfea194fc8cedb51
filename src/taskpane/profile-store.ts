/**
 * Where the clerk's profile lives: per user in the add-in's own storage (Word has no roaming
 * settings: Office.js's roamingSettings is Outlook's), or for one document in its add-in settings,
 * which then win. The pane, the ribbon command and the demo page each hand in their two stores.
 */
import { validProfile, type Profile } from "../engine";
import { storeSetting, type SettingsStore } from "../word/mark-store";

export const PROFILE_SETTING = "reportCheck.profile";

export type ProfileScope = "user" | "document";

export interface ActiveProfile {
  readonly profile: Profile | null;
  /** Where it came from; null when none is set (every rule as shipped). */
  readonly scope: ProfileScope | null;
}

/** The subset of `localStorage` used for the user's profile. */
export interface UserStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ProfileStore {
  /** A per-document override can be stored. */
  readonly documentScope: boolean;
  load(): ActiveProfile;
  /** Stores the profile in one scope; null forgets it there. */
  save(profile: Profile | null, scope: ProfileScope): Promise<void>;
}

/** A stored profile, or null when there is none or it is not a valid one any more. */
const valid = (raw: unknown): Profile | null => {
  try {
    return raw ? validProfile(raw) : null;
  } catch {
    return null; // written by another version, or edited by hand: ignored, not fatal
  }
};

export function profileStore(user: UserStorage | null, document: SettingsStore | null): ProfileStore {
  const fromUser = (): Profile | null => {
    try {
      const text = user?.getItem(PROFILE_SETTING);
      return text ? valid(JSON.parse(text)) : null;
    } catch {
      return null;
    }
  };
  return {
    documentScope: !!document,
    load: () => {
      const own = valid(document?.get(PROFILE_SETTING));
      if (own) return { profile: own, scope: "document" };
      const mine = fromUser();
      return mine ? { profile: mine, scope: "user" } : { profile: null, scope: null };
    },
    save: async (profile, scope) => {
      if (scope === "document") {
        if (document) await storeSetting(document, PROFILE_SETTING, profile);
        return;
      }
      if (profile) user?.setItem(PROFILE_SETTING, JSON.stringify(profile));
      else user?.removeItem(PROFILE_SETTING);
    },
  };
}

/** `localStorage` where the page may use it; null where storage is blocked. */
export function browserStorage(): UserStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Document settings kept in memory, for the demo page's open file. */
export function memorySettings(): SettingsStore {
  const values = new Map<string, unknown>();
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    remove: (name) => void values.delete(name),
    saveAsync: (callback) => callback?.({ status: "succeeded" }),
  };
}
