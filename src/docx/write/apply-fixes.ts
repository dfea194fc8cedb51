import type { Fix } from "../../engine/types";
import { DocxError } from "../errors";
import { cellAt } from "./document-map";
import { DocumentEditor } from "./document-editor";
import { EditablePackage } from "./editable-package";
import { XmlEditError } from "./xml-tree";

/** Why a fix was not applied. */
export type RefusedReason =
  | "stale" // the document no longer holds `from`
  | "not-found" // the ref points at nothing (a nested table, a paragraph index past the end)
  | "conflict" // an earlier fix changed the same place
  | "unsupported"; // the place cannot be changed safely (a cell holding a table)

export interface FixOutcome {
  readonly bytes: Uint8Array;
  readonly applied: readonly Fix[];
  readonly refused: readonly { readonly fix: Fix; readonly reason: RefusedReason }[];
}

// Word's end-of-cell mark and zero-width characters never count as text (as src/word/_lib/same-text.ts)
// eslint-disable-next-line no-control-regex -- \u0007 is Word's end-of-cell mark
const IGNORED = /[\s\u0007\u200b\ufeff]/g;
const sameText = (a: string, b: string) => a.replace(IGNORED, "") === b.replace(IGNORED, "");

/**
 * A copy of a .docx with fixes applied: `set-cell` replaces a cell's text, keeping its paragraph
 * and run format; `set-paragraph-prefix` replaces the typed numbering at a heading's start. A
 * fix whose `from` the document no longer holds is refused, as is a second fix on the same
 * place. The input is not changed. Throws DocxError when the file cannot be read or edited.
 * @example applyFixesToDocx(bytes, result.findings.flatMap(f => f.fix ? [f.fix] : []))
 */
export function applyFixesToDocx(bytes: Uint8Array, fixes: readonly Fix[]): FixOutcome {
  const pkg = new EditablePackage(bytes);
  let editor: DocumentEditor;
  try {
    editor = new DocumentEditor(pkg.text(pkg.mainPart)!);
  } catch (error) {
    throw new DocxError("corrupt", error);
  }
  const applied: Fix[] = [];
  const refused: { fix: Fix; reason: RefusedReason }[] = [];
  const places = new Set<unknown>();
  for (const fix of fixes) {
    const reason = apply(editor, fix, places);
    if (reason) refused.push({ fix, reason });
    else applied.push(fix);
  }
  if (applied.length) pkg.setText(pkg.mainPart, editor.result());
  return { bytes: applied.length ? pkg.bytes() : bytes.slice(), applied, refused };
}

function apply(editor: DocumentEditor, fix: Fix, places: Set<unknown>): RefusedReason | null {
  const node =
    fix.op === "set-cell"
      ? cellAt(editor.map, fix.ref)
      : typeof fix.ref.p === "number"
        ? editor.map.paragraphs[fix.ref.p]
        : undefined;
  if (!node) return "not-found";
  if (places.has(node)) return "conflict";
  try {
    if (fix.op === "set-cell") {
      if (!sameText(editor.cellText(node), fix.from)) return "stale";
      editor.setCellText(node, fix.to);
    } else if (!editor.replacePrefix(node, fix.from, fix.to)) return "stale";
  } catch (error) {
    if (error instanceof XmlEditError) return "unsupported";
    throw error;
  }
  places.add(node);
  return null;
}
