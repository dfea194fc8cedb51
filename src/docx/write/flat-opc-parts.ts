/**
 * A Flat OPC file's parts for editing (Word's "XML Document": one `pkg:package` whose
 * `pkg:part`s carry their XML inline in `pkg:xmlData`, binary parts as base64 `pkg:binaryData`).
 * A part's text is the content of its `pkg:xmlData`; the copy is the original text with each
 * changed part's content spliced in and new parts added at the end, so every untouched part —
 * pictures, styles, the declaration and `mso-application` line — stays as it was written.
 */
import { DocxError } from "../errors";
import { MAX_PART_SIZE, partKey } from "../opc-package";
import type { PartStore } from "./part-store";
import {
  applySplices,
  attr,
  child,
  children,
  parseTree,
  XmlEditError,
  type Splice,
  type XmlNode,
} from "./xml-tree";

const MAIN_TYPE = /(wordprocessingml|ms-word)\..*main\+xml$/;
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

interface FlatPart {
  readonly name: string;
  readonly contentType: string;
  /** The part's `pkg:xmlData`, absent for a binary part. */
  readonly data: XmlNode | undefined;
  /** The namespace declarations in scope at `pkg:xmlData`, by prefix, which the part's XML may rely on. */
  readonly scope: ReadonlyMap<string, string>;
}

export class FlatOpcParts implements PartStore {
  private readonly text: string;
  private readonly bom: boolean;
  private readonly root: XmlNode;
  private readonly parts = new Map<string, FlatPart>();

  /**
   * Throws DocxError as the reader would: "too-large" over the reader's limit, "corrupt" for
   * text that is not well-formed, "not-docx" when the root is not a `pkg:package`.
   */
  constructor(file: Uint8Array) {
    this.bom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf;
    // as the reader: UTF-8, a byte order mark dropped
    this.text = new TextDecoder("utf-8").decode(file);
    if (this.text.length > MAX_PART_SIZE) throw new DocxError("too-large");
    try {
      this.root = parseTree(this.text);
    } catch (error) {
      if (error instanceof XmlEditError) throw new DocxError("corrupt", error);
      throw error;
    }
    if (this.root.name !== "pkg:package") throw new DocxError("not-docx");
    for (const part of children(this.root, "pkg:part")) {
      const name = attr(part, "pkg:name");
      if (!name) continue;
      const key = partKey(name);
      // two parts of one name: the checker would read one and another program the other
      if (this.parts.has(key)) throw new DocxError("ambiguous");
      const data = child(part, "pkg:xmlData");
      const scope = new Map([this.root, part, data].flatMap((node) => (node ? declarations(node) : [])));
      this.parts.set(key, { name, contentType: attr(part, "pkg:contentType") ?? "", data, scope });
    }
  }

  has(key: string): boolean {
    return this.parts.has(key);
  }

  read(key: string): string | undefined {
    const part = this.parts.get(key);
    const root = part?.data?.children[0];
    if (!part?.data || !root) return undefined;
    const inner = this.text.slice(part.data.openEnd, part.data.closeStart);
    // the part's root declares what it needs from outside, so the part parses on its own
    const missing = [...part.scope].filter(([name]) => !(name in root.attrs));
    if (!missing.length) return inner;
    const at = root.start - part.data.openEnd + 1 + root.raw.length;
    const written = missing.map(([name, value]) => `${name}="${value}"`).join(" ");
    return `${inner.slice(0, at)} ${written}${inner.slice(at)}`;
  }

  declaredMain(): string[] {
    return [...this.parts.values()].filter((p) => MAIN_TYPE.test(p.contentType)).map((p) => p.name);
  }

  write(
    changed: ReadonlyMap<string, string>,
    added: readonly string[],
    types: ReadonlyMap<string, string>,
  ): Uint8Array {
    const splices: Splice[] = [];
    for (const [key, text] of changed) {
      const data = this.parts.get(key)?.data;
      if (data) splices.push({ from: data.openEnd, to: data.closeStart, text: inline(text) });
    }
    const prefix = this.root.raw.includes(":") ? this.root.raw.slice(0, this.root.raw.indexOf(":") + 1) : "";
    const typeOf = (name: string) =>
      types.get(name) ?? (name.toLowerCase().endsWith(".rels") ? RELS_TYPE : "application/xml");
    const parts = added
      .filter((name) => !this.parts.get(partKey(name))?.data)
      .map(
        (name) =>
          `<${prefix}part ${prefix}name="${name.startsWith("/") ? name : `/${name}`}" ${prefix}contentType="${typeOf(name)}">` +
          `<${prefix}xmlData>${inline(changed.get(partKey(name))!)}</${prefix}xmlData></${prefix}part>`,
      );
    if (parts.length)
      splices.push({ from: this.root.closeStart, to: this.root.closeStart, text: parts.join("") });
    const bytes = new TextEncoder().encode(applySplices(this.text, splices));
    if (!this.bom) return bytes;
    const withBom = new Uint8Array(bytes.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(bytes, 3);
    return withBom;
  }
}

/** Part XML as the content of `pkg:xmlData`: no byte order mark or XML declaration inside an element. */
const inline = (text: string): string =>
  text.replace(/^\ufeff?\s*<\?xml[^]*?\?>\s*/, "").replace(/^\ufeff/, "");

/** The prefixed namespace declarations an element writes, as written: ["xmlns:w", "…"]. */
function declarations(node: XmlNode): [string, string][] {
  return Object.entries(node.attrs).filter(([name]) => name.startsWith("xmlns:"));
}
