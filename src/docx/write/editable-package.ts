/**
 * A .docx opened for editing: every zip entry kept as it was, parts read and replaced as text,
 * and written back as a zip. Only the parts we change are re-encoded.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { DocxError } from "../errors";
import { attr, children, parseTree, XmlEditError } from "./xml-tree";

const OFFICE_DOCUMENT = "/officeDocument";
const COMPRESSED = /\.(png|jpe?g|gif|wdp|jfif)$/i;

export class EditablePackage {
  private readonly entries: Record<string, Uint8Array>;
  private readonly changed = new Map<string, string>();

  /** Throws DocxError "corrupt" when the bytes are not a zip, "not-docx" without a main document part. */
  constructor(bytes: Uint8Array) {
    try {
      this.entries = unzipSync(bytes);
    } catch (error) {
      throw new DocxError("corrupt", error);
    }
    if (!this.has(this.mainPart)) throw new DocxError("not-docx");
  }

  has(name: string): boolean {
    return this.changed.has(name) || this.entries[name] !== undefined;
  }

  /** A part's text (UTF-8), or undefined when absent. */
  text(name: string): string | undefined {
    const changed = this.changed.get(name);
    if (changed !== undefined) return changed;
    const data = this.entries[name];
    return data ? strFromU8(data).replace(/^\ufeff/, "") : undefined;
  }

  setText(name: string, text: string): void {
    this.changed.set(name, text);
  }

  /** The main document part's zip name, from the package relationships ("word/document.xml"). */
  get mainPart(): string {
    const rels = this.entries["_rels/.rels"];
    if (rels) {
      try {
        const root = parseTree(strFromU8(rels));
        const main = children(root, "Relationship").find((r) => attr(r, "Type")?.endsWith(OFFICE_DOCUMENT));
        const target = attr(main, "Target");
        if (target) return target.replace(/^\//, "");
      } catch (error) {
        if (!(error instanceof XmlEditError)) throw error;
      }
    }
    return "word/document.xml";
  }

  /** The relationships part of a part: "word/document.xml" → "word/_rels/document.xml.rels". */
  static relsOf(name: string): string {
    const slash = name.lastIndexOf("/");
    return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
  }

  /** The zip name of the part a part's relationship of `type` (a full relationship type URI) points to. */
  related(source: string, type: string): string | undefined {
    const rels = this.text(EditablePackage.relsOf(source));
    if (!rels) return undefined;
    let target: string | undefined;
    try {
      const rel = children(parseTree(rels), "Relationship").find(
        (r) => attr(r, "Type") === type && attr(r, "TargetMode") !== "External",
      );
      target = attr(rel, "Target");
    } catch (error) {
      if (!(error instanceof XmlEditError)) throw error;
    }
    if (!target) return undefined;
    const folder = source.slice(0, source.lastIndexOf("/") + 1);
    return target.startsWith("/") ? target.slice(1) : folder + target;
  }

  /** The zip with the changes. */
  bytes(): Uint8Array {
    const files: Zippable = {};
    for (const [name, data] of Object.entries(this.entries))
      files[name] = this.changed.has(name)
        ? strToU8(this.changed.get(name)!)
        : // pictures are compressed already: storing them saves the time of deflating them again
          COMPRESSED.test(name)
          ? [data, { level: 0 }]
          : data;
    for (const [name, text] of this.changed) if (!(name in files)) files[name] = strToU8(text);
    return zipSync(files, { level: 6, mtime: new Date(2024, 0, 1) });
  }
}
