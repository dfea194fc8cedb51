/**
 * A .docx opened for editing, read as the checker reads it: part names without regard to case
 * or a leading slash, relationship targets resolved with "..", UTF-16 parts decoded, the main
 * part found the same way, two entries for one part refused. Parts are read and replaced as
 * text; every other entry is copied into the new zip as it was stored, never inflated.
 */
import { DocxError } from "../errors";
import { partKey, resolvePartName, MAX_PART_SIZE } from "../opc-package";
import { sniffContainer } from "../sniff";
import { inflateEntry, writeZip, zipEntries, type ZipEntry, type ZipItem } from "../zip-entries";
import { decodeText, MAX_ENTRIES, MAX_PACKAGE_SIZE } from "../zip-package";
import { attr, children, parseTree, XmlEditError } from "./xml-tree";

const MAIN_TYPE = /(wordprocessingml|ms-word)\..*main\+xml$/;

export class EditablePackage {
  private readonly entries: readonly ZipEntry[];
  private readonly byKey = new Map<string, ZipEntry>();
  /** Replaced and new parts' text, by key. */
  private readonly changed = new Map<string, string>();
  /** New parts' names, in the order they were added. */
  private readonly added: string[] = [];
  private inflated = 0;
  /** The main document part's name ("/word/document.xml"), found as the reader finds it. */
  readonly mainPart: string;

  /**
   * Throws DocxError: what the reader would (the file's kind, "corrupt", "ambiguous", "not-docx"
   * without a main document part), and "flat-opc-copy" for a Flat OPC file, which is checked
   * but not copied.
   */
  constructor(private readonly file: Uint8Array) {
    if (sniffContainer(file) === "flat-opc") throw new DocxError("flat-opc-copy");
    this.entries = zipEntries(file, MAX_ENTRIES);
    for (const entry of this.entries) {
      const key = partKey(entry.name);
      if (this.byKey.has(key)) throw new DocxError("ambiguous");
      this.byKey.set(key, entry);
    }
    const main = this.findMain();
    if (!main) throw new DocxError("not-docx");
    this.mainPart = main;
  }

  has(name: string): boolean {
    return this.changed.has(partKey(name)) || this.byKey.has(partKey(name));
  }

  /**
   * A part's text, or undefined when absent. Throws DocxError "too-large" when this part, or all
   * read so far together, is over what the reader would inflate.
   */
  text(name: string): string | undefined {
    const key = partKey(name);
    const changed = this.changed.get(key);
    if (changed !== undefined) return changed;
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    if (entry.size > MAX_PART_SIZE || (this.inflated += entry.size) > MAX_PACKAGE_SIZE)
      throw new DocxError("too-large");
    return decodeText(inflateEntry(this.file, entry)).replace(/^\ufeff/, "");
  }

  setText(name: string, text: string): void {
    const key = partKey(name);
    if (!this.byKey.has(key) && !this.changed.has(key)) this.added.push(name);
    this.changed.set(key, text);
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

  /** The zip with the changes: changed parts written anew (as UTF-8), every other entry as it was stored. */
  bytes(): Uint8Array {
    const encoder = new TextEncoder();
    const written = (text: string) =>
      encoder.encode(text.replace(/^(<\?xml[^>]*encoding=["'])UTF-16/i, "$1UTF-8"));
    const items: ZipItem[] = this.entries.map((entry) => {
      const text = this.changed.get(partKey(entry.name));
      return text === undefined
        ? { copy: entry, from: this.file }
        : { name: entry.name, data: written(text) };
    });
    for (const name of this.added)
      items.push({ name: name.replace(/^\//, ""), data: written(this.changed.get(partKey(name))!) });
    return writeZip(items);
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
      ...this.declaredMain(),
      "/word/document.xml",
    ];
    return candidates.find((name) => this.byKey.has(partKey(name)) && isDocument(this.text(name)!));
  }

  private declaredMain(): string[] {
    const types = this.text("/[Content_Types].xml");
    if (!types) return [];
    try {
      return children(parseTree(types), "Override")
        .filter((o) => MAIN_TYPE.test(attr(o, "ContentType") ?? "") && attr(o, "PartName"))
        .map((o) => attr(o, "PartName")!);
    } catch (error) {
      if (error instanceof XmlEditError) return [];
      throw error;
    }
  }
}

/** Whether a part's root element is a `document` (after the declaration and any comments). */
const isDocument = (xml: string): boolean =>
  /^\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*)*<(?:[\w.-]+:)?document[\s>/]/.test(xml.slice(0, 4096));
