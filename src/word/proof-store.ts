/**
 * Merged-table layouts and merged-row shapes whose `getCell` addressing a telling probe proved
 * (probe-addresses.ts, `layoutKey` and `rowKey`), remembered in the document beside the mark
 * ledger. A proof is Word's, not the document's: it holds in the Word that made it, so each is
 * kept with that Word's platform and used only there. Without it, a mark made by the right-click command, or in an earlier session,
 * in a table whose telling label the clerk has since blanked could not be put back: the pane's
 * own probe of that table proves nothing.
 */
import { refreshSettings, storeSetting, type SettingsStore } from "./mark-store";

export const PROOFS_SETTING = "reportCheck.provedLayouts";
/**
 * Proofs kept at most (the oldest go first); a report has three merged tables, each a layout and
 * a few telling rows.
 */
export const MAX_PROOFS = 200;

interface Proof {
  readonly platform: string;
  readonly layout: string;
}

function stored(settings: { get(name: string): unknown }): Proof[] {
  const raw = settings.get(PROOFS_SETTING) as { version?: unknown; proofs?: unknown } | null | undefined;
  if (!raw || raw.version !== 1 || !Array.isArray(raw.proofs)) return [];
  return raw.proofs.filter(
    (p): p is Proof => !!p && typeof p.platform === "string" && typeof p.layout === "string",
  );
}

/** The layouts proved in this Word (`platform`, as `Office.context.diagnostics` gives it). */
export function loadProofs(settings: { get(name: string): unknown }, platform: string): Set<string> {
  return new Set(stored(settings).flatMap((p) => (p.platform === platform ? [p.layout] : [])));
}

/** Adds this Word's proofs of `layouts` to the stored ones (one `saveAsync`, no Word batch); false when none was new. */
export async function saveProofs(
  settings: SettingsStore,
  platform: string,
  layouts: Iterable<string>,
): Promise<boolean> {
  await refreshSettings(settings); // the other runtime may have stored some since
  const proofs = stored(settings);
  const known = new Set(proofs.flatMap((p) => (p.platform === platform ? [p.layout] : [])));
  const added = [...new Set(layouts)].filter((layout) => !known.has(layout));
  if (!added.length) return false;
  const all = [...proofs, ...added.map((layout) => ({ platform, layout }))].slice(-MAX_PROOFS);
  await storeSetting(settings, PROOFS_SETTING, { version: 1, proofs: all });
  return true;
}
