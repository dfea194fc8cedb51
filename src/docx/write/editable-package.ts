/**
 * A Word package opened for editing, read as the checker reads it: part names without regard to
 * case or a leading slash, relationship targets resolved with "..", UTF-16 parts decoded, the
 * main part found the same way, two entries for one part refused; a .docx zip and a Flat OPC
 * file alike, each written back in its own container. Parts are read and replaced as text;
 * everything else is copied as it was stored (zip entries never inflated).
 */
import { DocxError } from "../errors";
import { partKey, resolvePartName } from "../opc-package";
import { sniffContainer } from "../sniff";
import { FlatOpcParts } from "./flat-opc-parts";
import type { PartStore } from "./part-store";
import { attr, children, parseTree, XmlEditError } from "./xml-tree";
import { ZipParts } from "./zip-parts";

export class EditablePackage {
  private readonly store: PartStore;
  /** Replaced and new parts' text, by key. */
  private readonly changed = new Map<string, string>();
  /** New parts' names, in the order they were added. */
  private readonly added: string[] = [];
  /** New parts' content types, by name. */
  private readonly types = new Map<string, string>();
  /** The main document part's name ("/word/document.xml"), found as the reader finds it. */
  readonly mainPart: string;

  /**
   * Throws DocxError: what the reader would (the file's kind, "corrupt", "ambiguous", "not-docx"
   * without a main document part).
   */
  constructor(file: Uint8Array) {
    this.store = sniffContainer(file) === "flat-opc" ? new FlatOpcParts(file) : new ZipParts(file);
    const main = this.findMain();
    if (!main) throw new DocxError("not-docx");
    this.mainPart = main;
  }

  has(name: string): boolean {
    return this.changed.has(partKey(name)) || this.store.has(partKey(name));
  }

  /**
   * A part's text, or undefined when absent. Throws DocxError "too-large" when this part, or all
   * read so far together, is over what the reader would inflate.
   */
  text(name: string): string | undefined {
    const key = partKey(name);
    return this.changed.get(key) ?? this.store.read(key);
  }

  setText(name: string, text: string): void {
    const key = partKey(name);
    if (!this.store.has(key) && !this.changed.has(key)) this.added.push(name);
    this.changed.set(key, text);
  }

  /** Declares a new part's content type (in [Content_Types].xml, or on the Flat OPC part). */
  declareType(name: string, contentType: string): void {
    this.types.set(name, contentType);
  }

  /** The relationships part of a part: "/word/document.xml" → "/word/_rels/document.xml.rels". */
  static relsOf(name: string): string {
    const slash = name.lastIndexOf("/");
    return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
  }

  /** The part a part's relationship of `type` (a full relationship type URI) points to, as an absolute name. */
  related(source: string, type: string): string | undefined {
    return this.targets(source, (t) => t === type)[0];
  }

  /** The package with the changes, in its own container (a zip, or a Flat OPC text). */
  bytes(): Uint8Array {
    return this.store.write(this.changed, this.added, this.types);
  }

  /** Internal relationship targets of `source` whose type `wanted` accepts, resolved. */
  private targets(source: string, wanted: (type: string) => boolean): string[] {
    const rels = this.text(EditablePackage.relsOf(source.startsWith("/") ? source : `/${source}`));
    if (!rels) return [];
    const folder = source.slice(0, source.lastIndexOf("/") + 1);
    try {
      return children(parseTree(rels), "Relationship")
        .filter(
          (r) => wanted(attr(r, "Type") ?? "") && attr(r, "TargetMode") !== "External" && attr(r, "Target"),
        )
        .map((r) => resolvePartName(folder.startsWith("/") ? folder : `/${folder}`, attr(r, "Target")!));
    } catch (error) {
      if (error instanceof XmlEditError) return [];
      throw error;
    }
  }

  /**
   * As the reader (word-parts.ts): the package's officeDocument relationship, else a part
   * declared with a main-document content type, else /word/document.xml — the first that is a
   * `document` element.
   */
  private findMain(): string | undefined {
    const candidates = [
      ...this.targets("/", (t) => t.endsWith("/officeDocument")),
      ...this.store.declaredMain(),
      "/word/document.xml",
    ];
    return candidates.find((name) => {
      const text = this.store.has(partKey(name)) ? this.store.read(partKey(name)) : undefined;
      return text !== undefined && isDocument(text);
    });
  }
}

/** Whether a part's root element is a `document` (after the declaration and any comments). */
const isDocument = (xml: string): boolean =>
  /^\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*)*<(?:[\w.-]+:)?document[\s>/]/.test(xml.slice(0, 4096));
