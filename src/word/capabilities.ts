/// <reference types="office-js" />
/**
 * Which Word API sets this Word supports, checked at run time rather than in the manifest, so an
 * older Word still opens the pane and is told what is missing. Versions are passed as strings:
 * `isSetSupported("WordApi", 1.3)` with a number is a known trap.
 */
import type { Capabilities } from "./port";

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

const WORD_API_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

export function detectCapabilities(requirements: Requirements | undefined, readOnly = false): Capabilities {
  const has = (set: string, version: string) => {
    try {
      return !!requirements?.isSetSupported(set, version);
    } catch {
      return false; // an old office.js copy may lack isSetSupported for some sets
    }
  };
  const wordApi = WORD_API_VERSIONS.filter((v) => has("WordApi", v)).pop() ?? "";
  return {
    tables: has("WordApi", "1.3"),
    comments: has("WordApi", "1.4"),
    noColorShading: has("WordApiDesktop", "1.4"),
    trackChanges: has("WordApi", "1.4"),
    protection: has("WordApiDesktop", "1.4"),
    readOnly,
    wordApi,
  };
}

/** The running Word's capabilities; call only after `Office.onReady`. */
export function officeCapabilities(): Capabilities {
  const mode = Office.context?.document?.mode;
  return detectCapabilities(
    Office.context?.requirements,
    mode !== undefined && mode === Office.DocumentMode.ReadOnly,
  );
}
