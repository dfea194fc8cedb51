/**
 * The namespaces the reader looks at, each with the prefix the reader's code uses for it.
 * Elements and attributes are renamed to these prefixes whatever prefix the file used, so a
 * Strict OOXML file, or a file that binds WordprocessingML to another prefix, reads the same.
 */
const CANONICAL_PREFIX: ReadonlyMap<string, string> = new Map([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://purl.oclc.org/ooxml/wordprocessingml/main", "w"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
  ["http://schemas.microsoft.com/office/2006/xmlPackage", "pkg"],
  ["http://schemas.openxmlformats.org/package/2006/relationships", "rel"],
  ["http://schemas.openxmlformats.org/package/2006/content-types", "ct"],
]);

/**
 * The prefixes in force at one element. Maps a name as written ("w:p") to its canonical name
 * ("w:p"); a name in a namespace the reader does not know keeps its namespace URI instead of a
 * prefix ("{uri}p"), so it can never be mistaken for a WordprocessingML element.
 */
export class NamespaceScope {
  private readonly names = new Map<string, string>();
  /** True when every prefixed attribute name is written with its canonical prefix already. */
  readonly attributesCanonical: boolean;

  private constructor(
    private readonly prefixes: ReadonlyMap<string, string>,
    private readonly parent: NamespaceScope | null,
  ) {
    this.attributesCanonical =
      (parent?.attributesCanonical ?? true) &&
      [...prefixes].every(([p, uri]) => p === "" || isCanonical(p, uri));
  }

  /** The scope outside every element: only the `xml` prefix is bound. */
  static root(): NamespaceScope {
    return new NamespaceScope(new Map(), null);
  }

  /** The scope inside an element with these attributes: itself unless the element declares prefixes. */
  enter(attrs: Readonly<Record<string, string>>): NamespaceScope {
    let declared: Map<string, string> | undefined;
    for (const key in attrs) {
      if (key === "xmlns") (declared ??= new Map()).set("", attrs[key]);
      else if (key.startsWith("xmlns:")) (declared ??= new Map()).set(key.slice(6), attrs[key]);
    }
    return declared ? new NamespaceScope(declared, this) : this;
  }

  /** The canonical form of an element name (`isAttribute` false) or attribute name. */
  canonical(qualifiedName: string, isAttribute: boolean): string {
    const key = isAttribute ? `@${qualifiedName}` : qualifiedName;
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.resolve(qualifiedName, isAttribute);
      this.names.set(key, name);
    }
    return name;
  }

  private resolve(qualifiedName: string, isAttribute: boolean): string {
    const colon = qualifiedName.indexOf(":");
    const prefix = colon < 0 ? "" : qualifiedName.slice(0, colon);
    const local = qualifiedName.slice(colon + 1);
    // unprefixed attributes are in no namespace; so are the xmlns declarations themselves
    if ((isAttribute && prefix === "") || prefix === "xmlns" || qualifiedName === "xmlns")
      return qualifiedName;
    if (prefix === "xml") return qualifiedName;
    const uri = this.lookup(prefix);
    if (uri === undefined || uri === "") return prefix === "" ? local : qualifiedName;
    const canonical = CANONICAL_PREFIX.get(uri);
    return canonical === undefined ? `{${uri}}${local}` : `${canonical}:${local}`;
  }

  /** The namespace a prefix names here; undefined when it is not bound. */
  uriOf(prefix: string): string | undefined {
    return this.lookup(prefix);
  }

  private lookup(prefix: string): string | undefined {
    return this.prefixes.get(prefix) ?? this.parent?.lookup(prefix);
  }
}

function isCanonical(prefix: string, uri: string): boolean {
  const canonical = CANONICAL_PREFIX.get(uri);
  if (canonical !== undefined) return canonical === prefix;
  // a foreign namespace is harmless unless it takes a prefix the reader gives a meaning to
  return ![...CANONICAL_PREFIX.values()].includes(prefix);
}
