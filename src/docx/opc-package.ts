import { childrenNamed, type XmlElement } from "./xml";

/**
 * An Open Packaging Conventions package (a .docx zip or a Flat OPC text) seen as XML parts.
 * Part names are absolute ("/word/document.xml") and compared without regard to ASCII case, as
 * OPC requires.
 */
export interface OpcPackage {
  /** The part's root element, or undefined when the package has no such XML part. */
  part(name: string): XmlElement | undefined;
  /** The names of the parts the package declares with a content type that `wanted` accepts. */
  partsOfType(wanted: (contentType: string) => boolean): string[];
}

/** The largest part the reader will parse, in bytes (zip) or characters (Flat OPC). */
export const MAX_PART_SIZE = 64 * 1024 * 1024;

/** The key a part name is compared by. */
export function partKey(name: string): string {
  return (name.startsWith("/") ? name : `/${name}`).toLowerCase();
}

/**
 * The targets of a part's internal relationships whose type ends with `/typeName`, resolved to
 * absolute part names. `source` is "/" for the package's own relationships.
 */
export function relationshipTargets(pkg: OpcPackage, source: string, typeName: string): string[] {
  const slash = source.lastIndexOf("/");
  const folder = source.slice(0, slash + 1);
  const rels = pkg.part(`${folder}_rels/${source.slice(slash + 1)}.rels`);
  if (!rels) return [];
  return childrenNamed(rels, "rel:Relationship")
    .filter(
      (r) => r.attrs.TargetMode !== "External" && r.attrs.Type?.endsWith(`/${typeName}`) && r.attrs.Target,
    )
    .map((r) => resolvePartName(folder, r.attrs.Target));
}

/** Resolves a relationship target against the folder of its source part ("/word/"): "../x", "/x" and "./x" alike. */
export function resolvePartName(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target : folder + target).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return `/${resolved.join("/")}`;
}
