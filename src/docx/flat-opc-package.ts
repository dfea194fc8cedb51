import { DocxError } from "./errors";
import { partKey, type OpcPackage } from "./opc-package";
import { child, childrenNamed, type XmlElement } from "./xml";

interface FlatPart {
  readonly name: string;
  readonly contentType: string;
  readonly root: XmlElement | undefined;
}

/**
 * The package held by a parsed Flat OPC text (`pkg:package`, as Word's `getOoxml()` returns
 * and as Word saves "XML Document" files). Each `pkg:part` carries its XML inline in
 * `pkg:xmlData`; binary parts (`pkg:binaryData`) are not XML and read as absent.
 * Throws DocxError "not-docx" when the root is not a `pkg:package`, "ambiguous" when two parts
 * have one name (compared without case).
 */
export function flatOpcPackage(root: XmlElement): OpcPackage {
  if (root.name !== "pkg:package") throw new DocxError("not-docx");
  const parts = new Map<string, FlatPart>();
  for (const part of childrenNamed(root, "pkg:part")) {
    const name = part.attrs["pkg:name"];
    if (!name) continue;
    // two parts of one name: the checker would read one and another program the other
    if (parts.has(partKey(name))) throw new DocxError("ambiguous");
    const data = child(part, "pkg:xmlData");
    const xml = data?.children.find((node): node is XmlElement => typeof node !== "string");
    parts.set(partKey(name), { name, contentType: part.attrs["pkg:contentType"] ?? "", root: xml });
  }
  return {
    part: (name) => parts.get(partKey(name))?.root,
    partsOfType: (wanted) => [...parts.values()].filter((p) => wanted(p.contentType)).map((p) => p.name),
  };
}
