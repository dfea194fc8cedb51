/**
 * A .docx zip's parts for editing: entries read from the central directory, each inflated only
 * when its text is asked for; the zip written back with changed parts anew and every other
 * entry copied as it was stored, never inflated.
 */
import { DocxError } from "../errors";
import { partKey, MAX_PART_SIZE } from "../opc-package";
import { inflateEntry, writeZip, zipEntries, type ZipEntry, type ZipItem } from "../zip-entries";
import { decodeText, MAX_ENTRIES, MAX_PACKAGE_SIZE } from "../zip-package";
import type { PartStore } from "./part-store";
import { attr, children, parseTree, XmlEditError } from "./xml-tree";

const MAIN_TYPE = /(wordprocessingml|ms-word)\..*main\+xml$/;
const TYPES = "/[Content_Types].xml";

export class ZipParts implements PartStore {
  private readonly entries: readonly ZipEntry[];
  private readonly byKey = new Map<string, ZipEntry>();
  private inflated = 0;

  /** Throws DocxError "corrupt" for a broken zip, "ambiguous" for two entries of one part. */
  constructor(private readonly file: Uint8Array) {
    this.entries = zipEntries(file, MAX_ENTRIES);
    for (const entry of this.entries) {
      const key = partKey(entry.name);
      if (this.byKey.has(key)) throw new DocxError("ambiguous");
      this.byKey.set(key, entry);
    }
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  read(key: string): string | undefined {
    const entry = this.byKey.get(key);
    if (!entry) return undefined;
    if (entry.size > MAX_PART_SIZE || (this.inflated += entry.size) > MAX_PACKAGE_SIZE)
      throw new DocxError("too-large");
    return decodeText(inflateEntry(this.file, entry)).replace(/^\ufeff/, "");
  }

  declaredMain(): string[] {
    const types = this.read(partKey(TYPES));
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

  /** New parts' content types go into [Content_Types].xml as Overrides (unless it names them already). */
  write(
    changed: ReadonlyMap<string, string>,
    added: readonly string[],
    types: ReadonlyMap<string, string>,
  ): Uint8Array {
    const all = types.size ? withTypes(changed, this.read(partKey(TYPES)), types) : changed;
    const encoder = new TextEncoder();
    const written = (text: string) =>
      encoder.encode(text.replace(/^(<\?xml[^>]*encoding=["'])UTF-16/i, "$1UTF-8"));
    const items: ZipItem[] = this.entries.map((entry) => {
      const text = all.get(partKey(entry.name));
      return text === undefined
        ? { copy: entry, from: this.file }
        : { name: entry.name, data: written(text) };
    });
    for (const name of added)
      items.push({ name: name.replace(/^\//, ""), data: written(all.get(partKey(name))!) });
    return writeZip(items);
  }
}

/** The changed parts with [Content_Types].xml given an Override for each new part it does not name. */
function withTypes(
  changed: ReadonlyMap<string, string>,
  stored: string | undefined,
  types: ReadonlyMap<string, string>,
): Map<string, string> {
  const key = partKey(TYPES);
  let text = changed.get(key) ?? stored;
  if (!text) throw new DocxError("not-docx");
  for (const [name, contentType] of types) {
    if (text.toLowerCase().includes(`partname="${name.toLowerCase()}"`)) continue;
    const close = text.lastIndexOf("</Types>");
    if (close < 0) throw new DocxError("corrupt", new Error("[Content_Types].xml without </Types>"));
    text =
      text.slice(0, close) +
      `<Override PartName="${name}" ContentType="${contentType}"/>` +
      text.slice(close);
  }
  return new Map(changed).set(key, text);
}
